"""Which page answers an address is remembered (home/routing.py): cheaper, never stale, never private.

The page cache is off here (`uncached_pages`): these tests are about routing, which every uncached
page, every editor and every preview goes through.
"""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction, Site

from home import cache as home_cache
from home import routing
from home.factories import ContentPageFactory, HomePageFactory
from stories.factories import StoryIndexPageFactory
from tests.conftest import translate_and_publish

pytestmark = pytest.mark.django_db


def get(client, path, **headers):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path, **headers)
    return response, [q["sql"] for q in captured.captured_queries]


def routing_queries(sqls):
    """Wagtail's lookups: the site for the host (ranked as `match`), then a page by its slug at each level."""
    return [sql for sql in sqls if 'AS "match"' in sql or '"wagtailcore_page"."slug" = ' in sql]


def route_keys():
    return [key for key in cache._cache if routing.PREFIX in key]  # the tests' LocMemCache


@pytest.fixture
def deep(home_sv, locale_nb):
    section = ContentPageFactory(parent=home_sv, title="Verksamhet", slug="verksamhet")
    page = ContentPageFactory(parent=section, title="Residens i Åre", slug="residens")
    section.nb = translate_and_publish(section, locale_nb, title="Virksomhet", slug="virksomhet")
    page.nb = translate_and_publish(page, locale_nb, title="Residens på Røros", slug="residens")
    return section, page


@pytest.mark.parametrize(
    ("language", "path", "title"),
    [
        ("sv", "/sv/verksamhet/residens/", "Residens i Åre"),
        ("nb", "/nb/virksomhet/residens/", "Residens på Røros"),
    ],
)
def test_a_second_visit_is_routed_without_wagtails_lookups_and_shows_the_same_page(
    client, uncached_pages, deep, language, path, title
):
    first, first_sqls = get(client, path)
    second, second_sqls = get(client, path)
    assert first.status_code == second.status_code == 200
    assert title in second.text and second.context["page"].pk == first.context["page"].pk
    assert len(routing_queries(first_sqls)) == 3  # the site, then each of the two levels
    assert routing_queries(second_sqls) == []
    # The site, the locale, the home page and each level with its specific row: six queries fewer.
    assert len(second_sqls) <= len(first_sqls) - 6


def test_the_same_path_in_each_language_is_its_own_route(client, uncached_pages, home_sv, home_nb):
    assert client.get("/sv/").context["page"].pk == home_sv.pk
    assert client.get("/nb/").context["page"].pk == home_nb.pk
    assert client.get("/sv/").context["page"].pk == home_sv.pk


def test_a_renamed_page_moves_to_its_new_address_at_once(client, uncached_pages, deep):
    _section, page = deep
    assert client.get("/sv/verksamhet/residens/").status_code == 200
    page.slug = "residens-2027"
    page.save_revision().publish()
    assert client.get("/sv/verksamhet/residens/").status_code == 404
    assert client.get("/sv/verksamhet/residens-2027/").status_code == 200


def test_an_unpublished_page_is_gone_at_once_though_its_route_was_remembered(client, uncached_pages, deep):
    _section, page = deep
    assert client.get("/sv/verksamhet/residens/").status_code == 200
    page.unpublish()
    assert client.get("/sv/verksamhet/residens/").status_code == 404


def test_a_moved_page_answers_at_its_new_address_only(client, uncached_pages, home_sv, deep):
    _section, page = deep
    other = ContentPageFactory(parent=home_sv, title="Arkiv", slug="arkiv")
    assert client.get("/sv/verksamhet/residens/").status_code == 200
    page.move(other, pos="last-child")
    old = client.get("/sv/verksamhet/residens/")
    assert old.status_code == 301 and old["Location"] == "/sv/arkiv/residens/"  # Wagtail's automatic redirect
    assert client.get("/sv/arkiv/residens/").status_code == 200


def test_a_routable_pages_sub_addresses_are_routed_through_the_remembered_page(
    client, uncached_pages, home_sv
):
    StoryIndexPageFactory(parent=home_sv, title="Berättelser", slug="berattelser")
    for _ in range(2):  # the second round is routed from the cache: the index, then its own sub-route
        listing, listing_sqls = get(client, "/sv/berattelser/")
        rss, rss_sqls = get(client, "/sv/berattelser/rss/")
        assert listing.status_code == 200 and "Berättelser" in listing.text
        assert rss.status_code == 200 and rss["Content-Type"].startswith("application/rss+xml")
        assert client.get("/sv/berattelser/no-such-feed/").status_code == 404
    assert routing_queries(listing_sqls) == [] and routing_queries(rss_sqls) == []


def test_a_remembered_route_still_asks_for_login_in_a_private_section(
    client, uncached_pages, superuser, deep
):
    section, _page = deep
    PageViewRestriction.objects.create(page=section, restriction_type="login")
    client.force_login(superuser)
    assert client.get("/sv/verksamhet/residens/").status_code == 200  # routed and remembered
    client.logout()
    response = client.get("/sv/verksamhet/residens/")
    assert response.status_code == 302 and "login" in response["Location"]


def test_each_site_routes_its_own_pages(client, uncached_pages, home_sv, locale_sv):
    ContentPageFactory(parent=home_sv, title="Om oss på Samspel", slug="om")
    other_home = HomePageFactory(parent=Page.get_first_root_node(), title="Grannprojekt", slug="granne")
    ContentPageFactory(parent=other_home, title="Om grannprojektet", slug="om")
    Site.objects.create(hostname="granne.example", port=80, root_page=other_home, site_name="Granne")
    for _ in range(2):  # the second round is routed from the cache
        assert "Om oss på Samspel" in client.get("/sv/om/").text
        assert "Om grannprojektet" in client.get("/sv/om/", headers={"host": "granne.example"}).text


def test_an_address_that_does_not_resolve_is_not_remembered(client, uncached_pages, home_sv):
    for n in range(3):
        assert client.get(f"/sv/finns-inte-{n}/").status_code == 404
    assert client.get("/sv/").status_code == 200
    assert len(route_keys()) == 1  # the home page's only


def test_without_a_cache_wagtail_routes_every_request_itself(client, uncached_pages, deep, monkeypatch):
    class Down:
        def __getattr__(self, name):
            raise ConnectionError("Redis is down")

    monkeypatch.setattr(home_cache, "cache", Down())
    for _ in range(2):
        response, sqls = get(client, "/sv/verksamhet/residens/")
        assert response.status_code == 200 and "Residens i Åre" in response.text
        assert len(routing_queries(sqls)) == 3
