"""Which language a visitor lands in, and how pages point to their other-language versions."""

import pytest
from wagtail.models import Site

from home.factories import ContentPageFactory
from home.models import SiteSettings
from tests.conftest import translate_and_publish
from tests.home.html import hreflang_links, switcher_links

pytestmark = pytest.mark.django_db


@pytest.fixture
def translated_page(home_sv, locale_nb):
    sv = ContentPageFactory(parent=home_sv, title="Om projektet", slug="om-projektet")
    nb = translate_and_publish(sv, locale_nb, title="Om prosjektet", slug="om-prosjektet")
    return sv, nb


# --- Language switcher and hreflang ------------------------------------------------------------


def test_switcher_links_to_the_translated_page(client, translated_page):
    sv_links = switcher_links(client.get("/sv/om-projektet/").text)
    assert sv_links["nb"]["href"] == "/nb/om-prosjektet/"
    assert "data-fallback" not in sv_links["nb"]
    nb_links = switcher_links(client.get("/nb/om-prosjektet/").text)
    assert nb_links["sv"]["href"] == "/sv/om-projektet/"


def test_translated_page_announces_both_languages_and_x_default(client, translated_page):
    for path in ("/sv/om-projektet/", "/nb/om-prosjektet/"):
        links = hreflang_links(client.get(path).text)
        assert links == {
            "sv": "http://testserver/sv/om-projektet/",
            "nb": "http://testserver/nb/om-prosjektet/",
            "x-default": "http://testserver/sv/om-projektet/",
        }


def test_untranslated_page_switches_to_the_other_languages_home(client, home_sv):
    ContentPageFactory(parent=home_sv, title="Bara på svenska", slug="bara-svenska")
    html = client.get("/sv/bara-svenska/").text
    nb_link = switcher_links(html)["nb"]
    assert nb_link["href"] == "/nb/"
    assert nb_link["data-fallback"] == "home"
    links = hreflang_links(html)
    assert "nb" not in links
    assert links.get("sv") == "http://testserver/sv/bara-svenska/"


def test_norwegian_only_page_switches_to_the_swedish_home(client, home_nb):
    ContentPageFactory(parent=home_nb, title="Bare på norsk", slug="bare-norsk", locale=home_nb.locale)
    html = client.get("/nb/bare-norsk/").text
    assert switcher_links(html)["sv"]["href"] == "/sv/"
    links = hreflang_links(html)
    assert "sv" not in links
    assert links["nb"] == "http://testserver/nb/bare-norsk/"


def test_draft_translation_is_not_offered(client, home_sv, locale_nb):
    sv = ContentPageFactory(parent=home_sv, title="Nyhet", slug="nyhet")
    draft = sv.copy_for_translation(locale_nb)  # wagtail-localize leaves a draft until it is published
    assert not draft.live
    html = client.get("/sv/nyhet/").text
    assert switcher_links(html)["nb"]["href"] == "/nb/"
    assert "nb" not in hreflang_links(html)


def test_a_translation_published_or_unpublished_later_changes_the_switcher_at_once(
    client, uncached_pages, home_sv, locale_nb
):
    # A page's other languages are kept under the content generation (navigation_tags._alternates).
    sv = ContentPageFactory(parent=home_sv, title="Nyhet", slug="nyhet")
    assert switcher_links(client.get("/sv/nyhet/").text)["nb"]["href"] == "/nb/"  # kept: none yet
    nb = translate_and_publish(sv, locale_nb, title="Nyhet på norsk", slug="nyhet-norsk")
    assert switcher_links(client.get("/sv/nyhet/").text)["nb"]["href"] == "/nb/nyhet-norsk/"
    nb.unpublish()
    assert switcher_links(client.get("/sv/nyhet/").text)["nb"]["href"] == "/nb/"


def test_search_page_switches_to_search_in_the_other_language(client, site):
    html = client.get("/sv/search/?q=kultur").text
    assert switcher_links(html)["nb"]["href"] == "/nb/search/?q=kultur"


# --- Accept-Language redirect from / --------------------------------------------------------------


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        ("sv", "/sv/"),
        ("sv-SE,sv;q=0.9,en;q=0.8", "/sv/"),
        ("nb", "/nb/"),
        ("nb-NO,nb;q=0.9", "/nb/"),
        ("no", "/nb/"),
        ("nn-NO,nn;q=0.9", "/nb/"),
        ("da-DK,da;q=0.9", "/nb/"),
        ("en-GB,en;q=0.9,nb;q=0.5", "/nb/"),
        ("en-US,en;q=0.9,sv;q=0.1,nb;q=0.5", "/nb/"),
        ("en", "/sv/"),
        ("", "/sv/"),
        ("*", "/sv/"),
    ],
)
def test_root_redirects_by_accept_language(client, site, accept, expected):
    response = client.get("/", headers={"accept-language": accept})
    assert response.status_code == 302
    assert response["Location"] == expected
    assert "Accept-Language" in response["Vary"]


def test_site_default_language_catches_other_languages(client, site):
    settings_obj = SiteSettings.for_site(site)
    settings_obj.default_language = "nb"
    settings_obj.save()
    assert client.get("/", headers={"accept-language": "en"})["Location"] == "/nb/"
    # A browser that asks for Swedish still gets Swedish.
    assert client.get("/", headers={"accept-language": "sv"})["Location"] == "/sv/"


def test_norwegian_domain_defaults_to_norwegian(client, site):
    no_site = Site.objects.create(hostname="samspel63.no", port=80, root_page=site.root_page)
    SiteSettings.objects.create(site=no_site, default_language="nb")
    assert client.get("/", headers={"accept-language": "en"}, HTTP_HOST="samspel63.no")["Location"] == "/nb/"
    assert client.get("/", headers={"accept-language": "en"})["Location"] == "/sv/"


def test_language_cookie_beats_accept_language(client, site):
    client.cookies["django_language"] = "nb"
    assert client.get("/", headers={"accept-language": "sv"})["Location"] == "/nb/"


def test_unprefixed_page_path_is_redirected_under_a_language(client, translated_page):
    response = client.get("/om-projektet/", headers={"accept-language": "sv"})
    assert response.status_code == 302
    assert response["Location"] == "/sv/om-projektet/"
    assert "Accept-Language" in response["Vary"]
    assert client.get(response["Location"]).status_code == 200


def test_unprefixed_path_follows_the_norwegian_browser(client, translated_page):
    response = client.get("/om-prosjektet/", headers={"accept-language": "nb-NO"})
    assert response.status_code == 302
    assert response["Location"] == "/nb/om-prosjektet/"


def test_prefixed_path_wins_over_accept_language(client, translated_page):
    response = client.get("/sv/om-projektet/", headers={"accept-language": "nb"})
    assert response.status_code == 200
    assert response["Content-Language"] == "sv"


def test_x_default_follows_the_sites_default_language(client, site, translated_page):
    settings_obj = SiteSettings.for_site(site)
    settings_obj.default_language = "nb"
    settings_obj.save()
    links = hreflang_links(client.get("/sv/om-projektet/").text)
    assert links["x-default"] == "http://testserver/nb/om-prosjektet/"


@pytest.mark.django_db
def test_a_missing_admin_address_is_a_404_not_a_redirect_to_a_language_prefix(client, site, superuser):
    client.force_login(superuser)

    response = client.get("/admin/no-such-view/")

    assert response.status_code == 404


@pytest.mark.django_db
def test_a_missing_unprefixed_page_address_is_still_redirected_under_a_language(client, site):
    response = client.get("/no-such-page/", HTTP_ACCEPT_LANGUAGE="nb")

    assert response.status_code == 302
    assert response["Location"] == "/nb/no-such-page/"
