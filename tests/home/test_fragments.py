"""A page's content kept rendered (home/fragments.py): the same page, fewer queries, never stale or private.

Each request below has a query string of its own, so the page cache (an entry per address) never
answers it: what is measured is the page rendered with its content kept.
"""

import itertools
import time

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from events.models import EventIndexPage, EventPage
from home import cache as home_cache
from home import chrome, fragments, page_cache
from home.factories import ContentPageFactory, PersonFactory, people_block
from home.models import ActivityPage, ContentPage, HomePage, ProgrammeIndexPage, SiteSettings
from residencies.models import CallIndexPage
from stories.models import (
    NetworkDirectoryPage,
    NewsIndexPage,
    NewsPage,
    StoryIndexPage,
    StoryPage,
    StorytellerPage,
)
from tests.conftest import translate_and_publish

LANGUAGES = ["sv", "nb"]
# Every page type without a form of its own (a call, the contact page and "join the network"
# show one, with this visitor's CSRF token).
KEPT_PAGE_TYPES = [
    HomePage,
    ContentPage,
    ProgrammeIndexPage,
    ActivityPage,
    CallIndexPage,
    EventIndexPage,
    EventPage,
    StoryIndexPage,
    StoryPage,
    NewsIndexPage,
    NewsPage,
    NetworkDirectoryPage,
    StorytellerPage,
]
_fresh = itertools.count()


@pytest.fixture(autouse=True)
def site_settings(site):
    """The settings row exists, as on a live site (the first visit would create it, a write)."""
    return SiteSettings.for_site(site)


def visit(client, url):
    """The page at a new address (the page cache has no entry for it) and the queries it made."""
    separator = "&" if "?" in url else "?"
    with CaptureQueriesContext(connection) as queries:
        response = client.get(f"{url}{separator}visit={next(_fresh)}")
    assert response.status_code == 200
    assert response.get("X-Cache") != "HIT"
    return response, queries.captured_queries


def fetch(client, url):
    """The page at a new address and how many queries it took."""
    response, queries = visit(client, url)
    return response, len(queries)


def stored_fragments():
    return sum(1 for key in cache._cache if f":{fragments.FRAGMENT_PREFIX}" in key)


def page_of(pages, model, language):
    if model is HomePage:
        return pages.site.home_sv if language == "sv" else pages.site.home_nb
    return pages.page(model, language)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("model", KEPT_PAGE_TYPES, ids=lambda m: m.__name__)
def test_kept_content_is_the_page_a_full_render_gives_with_fewer_queries(
    client, pages, settings, model, language
):
    url = page_of(pages, model, language).url
    settings.PAGE_FRAGMENTS = False
    full, full_queries = fetch(client, url)
    settings.PAGE_FRAGMENTS = True
    kept_first, _ = fetch(client, url)
    kept_again, kept_queries = fetch(client, url)
    assert stored_fragments() >= 1
    assert kept_first.content == full.content
    assert kept_again.content == full.content
    # One query is left: loading the page. Its route and chrome are kept under the generation too.
    assert full_queries > 10
    assert kept_queries == 1


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_publish_shows_in_kept_content_at_once(client, home_sv, locale_nb, language):
    person = PersonFactory(name="Anna Andersson")
    page = ContentPageFactory(parent=home_sv, title="Om oss", slug="om", body=[people_block([person])])
    page.nb = translate_and_publish(page, locale_nb, title="Om oss (nb)", slug="om")
    url = f"/{language}/om/"
    fetch(client, url)
    assert "Anna Andersson" in fetch(client, url)[0].text
    person.name = "Anna Berg"
    person.save()
    assert "Anna Berg" in fetch(client, url)[0].text
    shown = page if language == "sv" else page.nb
    shown.title = "Om projektet"
    shown.save_revision().publish()
    assert "Om projektet" in fetch(client, url)[0].text


def people_queries(client, url):
    """How many queries the people block of the page at `url` (a new address) made: its content's."""
    _response, queries = visit(client, url)
    return sum('"home_person"' in query["sql"] for query in queries)


@pytest.fixture
def about(home_sv):
    """A content page whose content needs queries of its own: a people block."""
    return ContentPageFactory(
        parent=home_sv, title="Om oss", slug="om", body=[people_block([PersonFactory(name="Anna Andersson")])]
    )


def test_kept_content_is_used_only_in_the_minute_it_was_rendered_in(client, about, settings, monkeypatch):
    settings.PAGE_CACHE_STEP_SECONDS = 60
    now = [1_800_000_000.0]  # a whole minute
    monkeypatch.setattr(fragments.time, "time", lambda: now[0])
    assert people_queries(client, "/sv/om/") >= 1
    now[0] += 59
    assert people_queries(client, "/sv/om/") == 0
    now[0] += 1
    assert people_queries(client, "/sv/om/") >= 1
    assert people_queries(client, "/sv/om/") == 0


def test_visitors_with_a_session_get_the_content_rendered_for_them(client, about):
    assert people_queries(client, "/sv/om/") >= 1
    assert people_queries(client, "/sv/om/") == 0
    client.cookies["sessionid"] = "an-editor"
    assert people_queries(client, "/sv/om/") >= 1
    assert people_queries(client, "/sv/om/") >= 1
    assert stored_fragments() == 1  # the anonymous visitor's, never read by the visitor with a session


@pytest.mark.parametrize("language", LANGUAGES)
def test_query_parameters_the_page_does_not_read_share_its_kept_content(client, pages, language):
    index = page_of(pages, StoryIndexPage, language)
    pages.page(StoryPage, language)
    fetch(client, index.url)
    _, tagged = fetch(client, index.url + "?utm_source=newsletter&fbclid=abc")
    second_page, second_page_queries = fetch(client, index.url + "?page=2")
    _, second_page_again = fetch(client, index.url + "?page=2&utm_source=newsletter")
    assert second_page_queries > tagged  # `page` is read: its own content, rendered
    assert second_page_again == tagged
    assert "utm_source" not in second_page.text


# --- The rules, one by one ---------------------------------------------------------------------------


@pytest.fixture
def anonymous_get(site):
    """An anonymous GET as the page cache hands it on to be rendered (home.page_cache.RENDERED_UNDER)."""

    def make(path="/sv/om/", **extra):
        request = RequestFactory().get(path, **extra)
        request.is_preview = False
        request.META[page_cache.RENDERED_UNDER] = (home_cache.generation(), page_cache.next_step(time.time()))
        return request

    return make


def counted(html="<p>Innehåll</p>"):
    calls = []

    def render():
        calls.append(1)
        return html

    return render, calls


def test_content_is_rendered_once_and_then_read(anonymous_get):
    render, calls = counted()
    for _ in range(3):
        assert fragments.kept_fragment(anonymous_get(), "content", 1, (), render) == "<p>Innehåll</p>"
    assert len(calls) == 1


def test_content_is_kept_under_the_generation_its_request_began_with(anonymous_get):
    render, calls = counted()
    request = anonymous_get()
    home_cache.bump()  # an editor publishes while the page is being rendered from the old data
    fragments.kept_fragment(request, "content", 1, (), render)
    fragments.kept_fragment(anonymous_get(), "content", 1, (), render)  # the next visitor
    assert len(calls) == 2


def test_a_preview_neither_reads_nor_keeps_content(anonymous_get):
    fragments.kept_fragment(anonymous_get(), "content", 1, (), counted("<p>Publicerad</p>")[0])
    preview = anonymous_get()
    preview.is_preview = True
    render, calls = counted("<p>Utkast</p>")
    assert fragments.kept_fragment(preview, "content", 1, (), render) == "<p>Utkast</p>"
    assert fragments.kept_fragment(anonymous_get(), "content", 1, (), render) == "<p>Publicerad</p>"
    assert len(calls) == 1


def test_content_holding_a_forms_csrf_token_is_never_kept(anonymous_get):
    render, calls = counted('<input type="hidden" name="csrfmiddlewaretoken" value="x">')
    for _ in range(2):
        fragments.kept_fragment(anonymous_get(), "content", 1, (), render)
    assert len(calls) == 2
    assert stored_fragments() == 0


def test_while_content_is_rendered_to_be_kept_the_request_has_only_the_parameters_the_page_reads(
    anonymous_get,
):
    request = anonymous_get("/sv/berattelser/?page=2&region=x&fbclid=abc")
    seen = []

    def render():
        seen.append(dict(request.GET.lists()))
        return "<ol></ol>"

    fragments.kept_fragment(request, "content", 1, ("page", "region", "art"), render)
    assert seen == [{"page": ["2"], "region": ["x"]}]
    assert request.GET["fbclid"] == "abc"  # given back afterwards


def test_each_language_address_page_and_parameter_value_has_its_own_content(anonymous_get):
    from django.utils import translation

    render, calls = counted()
    requests = [
        ("sv", anonymous_get("/sv/om/")),
        ("nb", anonymous_get("/sv/om/")),
        ("sv", anonymous_get("/sv/om/", HTTP_HOST="annan.example")),
        ("sv", anonymous_get("/sv/om/annat/")),
        ("sv", anonymous_get("/sv/om/?page=2")),
    ]
    for language, request in requests:
        with translation.override(language):
            fragments.kept_fragment(request, "content", 1, ("page",), render)
    with translation.override("sv"):
        fragments.kept_fragment(anonymous_get("/sv/om/"), "content", 2, ("page",), render)
        fragments.kept_fragment(anonymous_get("/sv/om/"), "head", 1, ("page",), render)
    assert len(calls) == 7


def test_without_a_cache_content_is_rendered_for_each_visitor(anonymous_get, monkeypatch):
    def unreachable(*args, **kwargs):
        raise ConnectionError("Redis is down")

    requests = [anonymous_get(), anonymous_get()]  # Redis went away after the page cache's lookup
    for request in requests:
        chrome.for_request(request)  # and after the header, rendered above the content, read the chrome
    monkeypatch.setattr(cache, "get", unreachable)
    monkeypatch.setattr(cache, "set", unreachable)
    render, calls = counted()
    for request in requests:
        assert fragments.kept_fragment(request, "content", 1, (), render) == "<p>Innehåll</p>"
    assert len(calls) == 2


def test_when_the_page_cache_could_not_reach_the_cache_content_is_not_looked_up(anonymous_get, monkeypatch):
    """A Redis that stopped answering costs the page its one-second timeout once, not once per part."""
    request = anonymous_get()
    request.META[page_cache.RENDERED_UNDER] = (None, page_cache.next_step(time.time()))

    def must_not_be_asked(*args, **kwargs):
        raise AssertionError("the cache was asked")

    monkeypatch.setattr(cache, "get", must_not_be_asked)
    monkeypatch.setattr(cache, "set", must_not_be_asked)
    assert fragments.kept_fragment(request, "content", 1, (), counted()[0]) == "<p>Innehåll</p>"


def test_nothing_is_kept_after_a_token_was_asked_for_earlier_in_the_page(anonymous_get):
    """A template may show a token worked out before the kept part began without asking again."""
    from django.middleware.csrf import get_token

    render, calls = counted()
    for _ in range(2):
        request = anonymous_get()
        get_token(request)  # a form above the kept part
        fragments.kept_fragment(request, "content", 1, (), render)
    assert len(calls) == 2
    assert stored_fragments() == 0


def test_sites_that_differ_only_by_port_keep_their_own_content(anonymous_get, site):
    from wagtail.models import Site

    Site.objects.create(hostname="localhost", port=8080, root_page=site.root_page, site_name="Test")
    render, calls = counted()
    for port in ("80", "8080", "80"):  # the same Host header, as behind a proxy that passes the port apart
        fragments.kept_fragment(
            anonymous_get(HTTP_HOST="localhost", SERVER_PORT=port), "content", 1, (), render
        )
    assert len(calls) == 2


def test_a_visitor_whose_csrf_cookie_was_refused_still_never_has_a_form_kept(anonymous_get):
    """Django marks such a request as needing a new token before anything is rendered."""
    from django.middleware.csrf import get_token

    renders = []

    def render_with_token():
        renders.append(1)
        return f"<script>const token = '{get_token(request)}';</script>"

    for _ in range(2):
        request = anonymous_get()
        request.META["CSRF_COOKIE_NEEDS_UPDATE"] = True
        fragments.kept_fragment(request, "content", 1, (), render_with_token)
        assert request.META["CSRF_COOKIE_NEEDS_UPDATE"] is True
    assert len(renders) == 2
