"""The chrome every page shares (home/chrome.py): cheap per request, never stale, never private.

The page cache is off here (`uncached_pages`): these tests are about the chrome's own cache,
which every uncached page, every editor and every preview reads.
"""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import PageViewRestriction

from home.factories import ContentPageFactory, FooterTextFactory, OrganisationFactory
from home.models import SiteSettings
from tests.conftest import translate_and_publish
from tests.home.html import tags

pytestmark = pytest.mark.django_db

LANGUAGES = ["sv", "nb"]
# Measured when written (sv, a content page at depth 4 with breadcrumbs, a translation and the
# EU emblem): 1 query with the chrome, the route and the page's other languages in the cache (the
# page's specific row by its primary key, home/routing.py; the access check is answered from the
# cached private paths, home.visibility), 21 when they are worked out (the chrome's 13, Wagtail's
# routing: 6 more than a remembered route, the other languages: 1, 2 for Wagtail's own cache of the
# site roots, emptied with the rest). Before the chrome was prepared once and cached, the same page
# made 24 and 27: the locale three times, the site settings twice, four `.public()`; before routes
# and other languages were kept, 8.
WARM_CEILING = 1
COLD_CEILING = 21
CHROME_BUILD_QUERIES = 13
ROUTING_QUERIES_SAVED = 6
ALTERNATES_QUERIES_SAVED = 1


def queries(client, path):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200, path
    return response, [q["sql"] for q in captured.captured_queries]


def touching(sqls, table):
    """The queries that read `table` (as their main table, not a join)."""
    return [sql for sql in sqls if f'FROM "{table}"' in sql]


def menu_titles(html):
    """Titles of the main menu's links, in order."""
    nav = re.search(r'<nav class="main-menu".*?</nav>', html, re.S).group(0)
    return [title.strip() for title in re.findall(r"<a [^>]*>([^<]*)</a>", nav)]


def breadcrumb_links(html):
    return [
        attrs["href"]
        for tag, attrs, stack in tags(html)
        if tag == "a" and any(t == "nav" and a.get("class") == "breadcrumbs" for t, a in stack)
    ]


@pytest.fixture(autouse=True)
def site_settings(site):
    """The settings row exists, as on a live site (the first visit would create it, a write)."""
    return SiteSettings.for_site(site)


@pytest.fixture
def sections(home_sv, home_nb, locale_nb):
    """`add(n)`: n more sections in the menu, in both languages; returns all of them (Swedish)."""
    made = []

    def add(count):
        for _ in range(count):
            page = ContentPageFactory(parent=home_sv, show_in_menus=True)
            page.nb = translate_and_publish(page, locale_nb, title=f"{page.title} (nb)")
            made.append(page)
        return made

    return add


@pytest.fixture
def deep_page(sections, locale_nb):
    """A page below a menu section (depth 4, so it has breadcrumbs), in both languages."""
    section = sections(1)[0]
    page = ContentPageFactory(parent=section, title="Djup sida", slug="djup")
    page.nb = translate_and_publish(page, locale_nb, title="Dyp side", slug="djup")
    return page


# --- What a page pays for its chrome --------------------------------------------------------------


def test_chrome_costs_the_same_with_few_or_many_menu_items_and_nothing_once_cached(
    client, uncached_pages, site_settings, sections, deep_page, image
):
    FooterTextFactory()
    OrganisationFactory(role="funder")
    site_settings.eu_emblem = image
    site_settings.save()
    path = deep_page.url

    def measure():
        client.get(path)  # renditions and the settings row, as the first visitor makes them
        from django.core.cache import cache

        cache.clear()
        _response, cold = queries(client, path)
        response, warm = queries(client, path)
        return cold, warm, response

    few_cold, few_warm, _ = measure()
    sections(11)
    many_cold, many_warm, response = measure()
    assert len(menu_titles(response.text)) == 12
    emblem = next(attrs for tag, attrs, _ in tags(response.text) if attrs.get("class") == "eu-emblem")
    with translation.override("sv"):  # prepared once, in the visitor's language
        assert emblem["alt"] == translation.gettext("Interreg Sweden-Norway, co-funded by the European Union")
    assert len(few_cold) == len(many_cold) <= COLD_CEILING
    assert len(few_warm) == len(many_warm) <= WARM_CEILING
    # The chrome, the route and the other languages are read from the cache: what is left is the page's own.
    assert (
        len(many_cold) - len(many_warm)
        == CHROME_BUILD_QUERIES + ROUTING_QUERIES_SAVED + ALTERNATES_QUERIES_SAVED
    )
    for table in ("home_sitesettings", "home_footertext", "home_organisation", "wagtailimages_image"):
        assert touching(many_warm, table) == [], table
    # Once Wagtail's routing has the locale and its access check the private sections, the chrome
    # asks for neither again, even when it is built.
    assert len(touching(many_warm, "wagtailcore_locale")) <= 1
    assert len(touching(many_warm, "wagtailcore_pageviewrestriction")) <= 1
    assert len(touching(many_cold, "home_sitesettings")) == 1
    assert len(touching(many_cold, "wagtailcore_pageviewrestriction")) <= 2


def ancestor_queries(sqls):
    """Reads of whole pages by their paths: how treebeard fetches a page's ancestors."""
    return [
        sql for sql in sqls if '"wagtailcore_page"."path" IN' in sql and '"wagtailcore_page"."title"' in sql
    ]


def test_breadcrumbs_through_cached_sections_need_no_query_and_match_the_tree(
    client, uncached_pages, deep_page, sections
):
    client.get(deep_page.url)
    response, warm = queries(client, deep_page.url)
    section = deep_page.get_parent()
    assert breadcrumb_links(response.text) == ["/sv/", section.url]
    assert ancestor_queries(warm) == []
    # A trail through a page the chrome does not hold (a deeper level) is read from the tree.
    deeper = ContentPageFactory(parent=deep_page, title="Djupare", slug="djupare")
    response, sqls = queries(client, deeper.url)
    assert breadcrumb_links(response.text) == ["/sv/", section.url, deep_page.url]
    assert len(ancestor_queries(sqls)) == 1


# --- Never stale ----------------------------------------------------------------------------------


def warm_chrome(client, path):
    """Render twice and prove the second read the chrome from the cache (no footer query)."""
    client.get(path)
    response, sqls = queries(client, path)
    assert touching(sqls, "home_footertext") == [], "the chrome was not cached"
    return response.text


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_published_new_title_shows_in_the_menu_at_once(client, uncached_pages, sections, language):
    section = sections(2)[0]
    version = section if language == "sv" else section.nb
    assert version.title in menu_titles(warm_chrome(client, f"/{language}/"))
    version.title = f"Ny rubrik {language}"
    version.save_revision().publish()
    titles = menu_titles(client.get(f"/{language}/").text)
    assert f"Ny rubrik {language}" in titles
    assert len(titles) == 2


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_newly_published_and_an_unpublished_section_change_the_menu_at_once(
    client, uncached_pages, sections, home_sv, locale_nb, language
):
    first = sections(1)[0]
    warm_chrome(client, f"/{language}/")
    new = ContentPageFactory(parent=home_sv, title="Nytt avsnitt", show_in_menus=True)
    translate_and_publish(new, locale_nb, title="Ny seksjon")
    titles = menu_titles(client.get(f"/{language}/").text)
    assert {"sv": "Nytt avsnitt", "nb": "Ny seksjon"}[language] in titles
    (first if language == "sv" else first.nb).unpublish()
    assert len(menu_titles(client.get(f"/{language}/").text)) == 1


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_changed_footer_text_shows_at_once(client, uncached_pages, site, locale_sv, locale_nb, language):
    locale = {"sv": locale_sv, "nb": locale_nb}[language]
    footer = FooterTextFactory(locale=locale, body="<p>Gammal text</p>", funding_statement="Gammalt stöd")
    assert "Gammal text" in warm_chrome(client, f"/{language}/")
    footer.body = "<p>Ny text i sidfoten</p>"
    footer.funding_statement = "Nytt stöd"
    footer.save()
    html = client.get(f"/{language}/").text
    assert "Ny text i sidfoten" in html and "Nytt stöd" in html and "Gammal text" not in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_changed_site_settings_show_at_once(client, uncached_pages, site, language):
    settings = SiteSettings.for_site(site)
    warm_chrome(client, f"/{language}/")
    settings.phone = "+46 70 123 45 67"
    settings.facebook_url = "https://www.facebook.com/samspel63-nytt"
    settings.save()
    html = client.get(f"/{language}/").text
    assert "+46 70 123 45 67" in html and "samspel63-nytt" in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_privacy_notice_link_follows_the_settings_in_the_visitors_language(
    client, uncached_pages, site, home_sv, locale_nb, language
):
    privacy = ContentPageFactory(parent=home_sv, title="Integritet", slug="integritet")
    translate_and_publish(privacy, locale_nb, slug="personvern")
    warm_chrome(client, f"/{language}/")
    settings = SiteSettings.for_site(site)
    settings.privacy_page = privacy
    settings.save()
    expected = {"sv": "/sv/integritet/", "nb": "/nb/personvern/"}[language]
    assert f'href="{expected}"' in client.get(f"/{language}/").text


# --- Never private, the same for editors ----------------------------------------------------------


def test_a_private_section_is_never_in_the_menu_and_leaves_it_when_restricted(
    client, uncached_pages, sections, superuser
):
    public, private = sections(2)
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    assert menu_titles(warm_chrome(client, "/sv/")) == [public.title]
    client.force_login(superuser)  # as today, `.public()` hides it from editors' menus as well
    assert menu_titles(client.get("/sv/").text) == [public.title]
    client.logout()
    PageViewRestriction.objects.create(page=public, restriction_type=PageViewRestriction.LOGIN)
    assert menu_titles(client.get("/sv/").text) == []


def test_editors_and_visitors_see_the_same_fresh_chrome(client, uncached_pages, sections, superuser):
    section = sections(1)[0]
    warm_chrome(client, "/sv/")
    client.force_login(superuser)
    section.title = "Publicerad nu"
    section.save_revision().publish()
    assert menu_titles(client.get("/sv/").text) == ["Publicerad nu"]
    # A draft is the editor's preview, never the menu.
    section.title = "Bara ett utkast"
    section.save_revision()
    assert menu_titles(client.get("/sv/").text) == ["Publicerad nu"]
    client.logout()
    assert menu_titles(client.get("/sv/").text) == ["Publicerad nu"]


def test_a_page_without_a_settings_row_reads_its_chrome_from_the_cache_and_writes_nothing(
    client, uncached_pages, site
):
    # A GET that wrote the row would retire every cached page (and this chrome) on the way.
    SiteSettings.objects.all().delete()
    warm_chrome(client, "/sv/")
    assert not SiteSettings.objects.exists()
