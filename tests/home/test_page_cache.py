"""The anonymous page cache (home/page_cache.py): served from the cache, and never stale or private.

Each invalidation test first proves the page is served from the cache (X-Cache: HIT), then
changes one thing and proves the next visitor sees the change.
"""

import pytest
from django.core.cache import cache
from django.test import Client

from home import cache as home_cache
from home import page_cache
from home.factories import (
    ContactPageFactory,
    ContentPageFactory,
    FooterTextFactory,
    PersonFactory,
    people_block,
)
from home.models import SiteSettings
from tests.conftest import translate_and_publish

LANGUAGES = ["sv", "nb"]


def stored_pages():
    """How many pages the (local memory) cache holds."""
    return sum(1 for key in cache._cache if f":{page_cache.PAGE_PREFIX}" in key)


def cached_get(client, url):
    """GET twice: the first renders and stores, the second must come from the cache."""
    first = client.get(url)
    assert first.status_code == 200
    assert first["X-Cache"] == "MISS"
    second = client.get(url)
    assert second["X-Cache"] == "HIT"
    assert second.content == first.content
    return second


@pytest.fixture(autouse=True)
def site_settings(db, request):
    """The settings row exists, as on a live site (the first visit would create it, a write)."""
    if "site" in request.fixturenames or "pages" in request.fixturenames:
        return SiteSettings.for_site(request.getfixturevalue("site"))
    return None


@pytest.fixture
def pages(home_sv, locale_nb):
    """A content page in both languages: `pages["sv"]`, `pages["nb"]`."""
    person = PersonFactory(name="Anna Andersson")
    page = ContentPageFactory(parent=home_sv, title="Om oss", slug="om", body=[people_block([person])])
    nb = translate_and_publish(page, locale_nb, title="Om oss (nb)", slug="om")
    return {"sv": page, "nb": nb, "person": person}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_second_anonymous_visit_is_served_from_the_cache_without_queries(
    client, pages, language, django_assert_num_queries
):
    url = f"/{language}/om/"
    first = client.get(url)
    assert first["X-Cache"] == "MISS"
    with django_assert_num_queries(0):
        second = client.get(url)
    assert second["X-Cache"] == "HIT"
    assert second.content == first.content
    assert second["Content-Language"] == language


def test_each_language_and_query_string_is_its_own_entry(client, pages):
    sv = cached_get(client, "/sv/om/")
    nb = cached_get(client, "/nb/om/")
    assert b"Om oss (nb)" in nb.content and b"Om oss (nb)" not in sv.content
    assert client.get("/sv/om/?page=2")["X-Cache"] == "MISS"


@pytest.mark.parametrize("language", LANGUAGES)
def test_publishing_a_page_shows_the_new_version(client, pages, language):
    cached_get(client, f"/{language}/om/")
    page = pages[language]
    page.title = f"Nytt namn {language}"
    page.save_revision().publish()
    response = client.get(f"/{language}/om/")
    assert response["X-Cache"] == "MISS"
    assert f"Nytt namn {language}" in response.content.decode()


@pytest.mark.parametrize("language", LANGUAGES)
def test_unpublishing_a_page_removes_it_at_once(client, pages, language):
    cached_get(client, f"/{language}/om/")
    pages[language].unpublish()
    assert client.get(f"/{language}/om/").status_code == 404


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_moved_page_leaves_its_old_address(client, pages, language, home_sv, home_nb):
    home = {"sv": home_sv, "nb": home_nb}[language]
    section = ContentPageFactory(parent=home, title="Sektion", slug="sektion")
    cached_get(client, f"/{language}/om/")
    cached_get(client, f"/{language}/")
    pages[language].move(section, pos="last-child")
    # Not the cached page: Wagtail's automatic redirect to where it went.
    old_address = client.get(f"/{language}/om/")
    assert old_address.status_code == 301
    assert old_address["Location"] == f"/{language}/sektion/om/"
    assert client.get(f"/{language}/sektion/om/").status_code == 200


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_changed_snippet_shows_on_the_pages_that_use_it(client, pages, language):
    cached_get(client, f"/{language}/om/")
    person = pages["person"]
    person.name = "Berit Bergström"
    person.save()
    assert "Berit Bergström" in client.get(f"/{language}/om/").content.decode()


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_changed_footer_text_shows_at_once(client, site, language, locale_sv, locale_nb):
    footer = FooterTextFactory(locale={"sv": locale_sv, "nb": locale_nb}[language], body="<p>Gammal text</p>")
    assert "Gammal text" in cached_get(client, f"/{language}/").content.decode()
    footer.body = "<p>Ny text i sidfoten</p>"
    footer.save()
    assert "Ny text i sidfoten" in client.get(f"/{language}/").content.decode()


@pytest.mark.parametrize("language", LANGUAGES)
def test_changed_site_settings_show_at_once(client, site, language):
    cached_get(client, f"/{language}/")
    settings = SiteSettings.for_site(site)
    settings.facebook_url = "https://www.facebook.com/samspel63-nytt"
    settings.save()
    assert "samspel63-nytt" in client.get(f"/{language}/").content.decode()


def test_publishing_a_translation_updates_the_other_languages_links_to_it(client, home_sv, locale_nb):
    page = ContentPageFactory(parent=home_sv, title="Nyhet", slug="nyhet")
    before = cached_get(client, "/sv/nyhet/").content.decode()
    assert 'href="/nb/nyhet/"' not in before
    translate_and_publish(page, locale_nb, title="Nyhet (nb)", slug="nyhet")
    after = client.get("/sv/nyhet/").content.decode()
    assert 'href="/nb/nyhet/"' in after


def test_a_generation_lost_from_the_cache_never_brings_back_old_entries(client, pages):
    """If Redis evicts the generation key, the new number is not one that old entries were stored under."""
    cached_get(client, "/sv/om/")
    old = home_cache.generation()
    cache.delete(home_cache.GENERATION_KEY)
    assert home_cache.generation() != old
    assert client.get("/sv/om/")["X-Cache"] == "MISS"


def test_bookkeeping_beside_a_save_does_not_retire_cached_pages(client, pages, superuser):
    """Log entries and reference-index rows are written beside the saves that matter (which bump
    on their own): alone, as a submission's history or an admin view logs them, they change no page."""
    from wagtail.models import ModelLogEntry, ReferenceIndex

    ReferenceIndex.objects.all().delete()
    cached_get(client, "/sv/om/")
    before = home_cache.generation()
    ModelLogEntry.objects.log_action(pages["person"], "wagtail.edit", user=superuser)
    ReferenceIndex.create_or_update_for_object(pages["sv"])  # the page names the person
    assert ReferenceIndex.objects.exists() and ModelLogEntry.objects.exists()
    assert home_cache.generation() == before
    assert client.get("/sv/om/")["X-Cache"] == "HIT"


# --- Never cached ---------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_logged_in_editors_are_never_served_nor_stored(client, pages, superuser, language):
    url = f"/{language}/om/"
    cached_get(client, url)
    editor = Client()
    editor.force_login(superuser)
    response = editor.get(url)
    assert "X-Cache" not in response
    assert b"wagtail-userbar" in response.content
    cache.clear()
    editor.get(url)
    assert stored_pages() == 0


def test_previews_are_never_stored(client, pages, superuser):
    client.force_login(superuser)
    page = pages["sv"]
    response = client.get(f"/admin/pages/{page.pk}/edit/preview/")
    assert response.status_code == 200
    assert stored_pages() == 0


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_form_with_a_csrf_token_is_never_stored(client, home_sv, home_nb, locale_nb, language):
    contact = ContactPageFactory(parent=home_sv, slug="kontakt")
    translate_and_publish(contact, locale_nb, slug="kontakt")
    response = client.get(f"/{language}/kontakt/")
    assert response.status_code == 200
    assert b"csrfmiddlewaretoken" in response.content
    assert "X-Cache" not in response
    assert stored_pages() == 0


def test_posts_are_never_served_from_the_cache(client, pages):
    cached_get(client, "/sv/om/")
    response = client.post("/sv/om/")
    assert "X-Cache" not in response


@pytest.mark.parametrize("language", LANGUAGES)
def test_missing_pages_are_not_stored(client, site, language):
    assert client.get(f"/{language}/finns-inte/").status_code == 404
    assert stored_pages() == 0


def test_a_visitor_with_a_flash_message_waiting_is_not_served_from_the_cache(client, pages):
    cached_get(client, "/sv/om/")
    client.cookies["messages"] = "pending"
    assert "X-Cache" not in client.get("/sv/om/")


def test_responses_marked_private_or_setting_cookies_are_not_stored(rf):
    from django.http import HttpResponse

    def view(response):
        return page_cache.AnonymousPageCacheMiddleware(lambda request: response)

    private = HttpResponse("x")
    private["Cache-Control"] = "private, no-store"
    with_cookie = HttpResponse("y")
    with_cookie.set_cookie("tracking", "1")
    varies = HttpResponse("z")
    varies["Vary"] = "Accept-Encoding"
    for response in (private, with_cookie, varies):
        view(response)(rf.get("/sv/om/"))
    assert stored_pages() == 0


def test_addresses_outside_the_language_prefixes_are_not_cached(client, site):
    client.get("/robots.txt")
    client.get("/healthz")
    assert stored_pages() == 0


def test_a_dead_redis_breaks_neither_a_write_nor_the_cache_layer(rf, settings):
    """Wagtail itself needs the cache (site paths), so /healthz then says 503; this layer adds no failure."""
    from django.http import HttpResponse

    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
        }
    }
    home_cache.bump()  # an editor's save is not refused
    middleware = page_cache.AnonymousPageCacheMiddleware(lambda request: HttpResponse("rendered"))
    response = middleware(rf.get("/sv/om/"))
    assert response.content == b"rendered" and "X-Cache" not in response


def test_a_redis_that_stops_answering_holds_a_visitor_up_for_a_second_not_for_minutes(rf, settings):
    """A listening socket that never answers, as a Redis host behind a dropped link looks: the
    lookup gives up after REDIS_CACHE_OPTIONS' timeout and the page is served uncached."""
    import socket
    import threading

    from django.http import HttpResponse

    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)  # the kernel completes the connection; nothing ever reads or answers
    settings.CACHES = {
        "default": {
            "BACKEND": "home.redis_cache.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{silent.getsockname()[1]}/0",
            "OPTIONS": settings.REDIS_CACHE_OPTIONS,
        }
    }
    middleware = page_cache.AnonymousPageCacheMiddleware(lambda request: HttpResponse("rendered"))
    answers = []
    visitor = threading.Thread(target=lambda: answers.append(middleware(rf.get("/sv/om/"))), daemon=True)
    try:
        visitor.start()
        visitor.join(timeout=5)
        assert not visitor.is_alive(), "the visitor was still waiting for Redis after 5 seconds"
        assert answers[0].content == b"rendered" and "X-Cache" not in answers[0]
    finally:
        silent.close()
