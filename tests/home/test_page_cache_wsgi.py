"""The page cache's WSGI entry (home/page_cache.py, CachedPagesApplication): hits answered before Django.

It serves the middleware's entries by the middleware's rules; these tests prove it answers a
hit exactly as the middleware would, without Django building a request, and hands everything
else to Django.
"""

import pytest
from django.core.handlers.wsgi import WSGIHandler, WSGIRequest
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.http import HttpResponse
from django.test import RequestFactory

from home import cache as home_cache
from home import page_cache
from home.factories import ContentPageFactory
from home.models import SiteSettings
from tests.conftest import translate_and_publish

LANGUAGES = ["sv", "nb"]


@pytest.fixture
def pages(home_sv, locale_nb):
    SiteSettings.for_site(home_sv.get_site())  # exists on a live site; its creation is a write
    page = ContentPageFactory(parent=home_sv, title="Om oss", slug="om")
    translate_and_publish(page, locale_nb, title="Om oss (nb)", slug="om")


class Django:
    """The site behind the entry; remembers whether it was asked."""

    def __init__(self):
        self.handler = WSGIHandler()
        self.asked = []

    def __call__(self, environ, start_response):
        self.asked.append(environ["PATH_INFO"])
        # As the test client does: the test's transaction must outlive the request.
        request_started.disconnect(close_old_connections)
        request_finished.disconnect(close_old_connections)
        try:
            response = self.handler(environ, start_response)
            response.close()
            return response
        finally:
            request_started.connect(close_old_connections)
            request_finished.connect(close_old_connections)


@pytest.fixture
def django_app():
    return Django()


@pytest.fixture
def entry(django_app):
    return page_cache.CachedPagesApplication(django_app)


def call(app, path, method="get", **kwargs):
    """(status line, headers, body) of `app` answering the request RequestFactory would build."""
    environ = getattr(RequestFactory(), method)(path, **kwargs).environ
    started = []
    body = b"".join(app(environ, lambda status, headers: started.append((status, headers))))
    status, headers = started[0]
    return status, dict(headers), body


def test_the_sites_wsgi_application_is_the_entry():
    from cms.wsgi import application

    assert isinstance(application, page_cache.CachedPagesApplication)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_hit_is_answered_before_django_exactly_as_the_middleware_answers_it(
    client, pages, entry, django_app, language, django_assert_num_queries
):
    url = f"/{language}/om/"
    assert client.get(url)["X-Cache"] == "MISS"
    through_middleware = client.get(url)
    assert through_middleware["X-Cache"] == "HIT"

    signalled = []
    request_started.connect(signalled.append, dispatch_uid="test_wsgi_entry")
    try:
        with django_assert_num_queries(0):
            status, headers, body = call(entry, url)
    finally:
        request_started.disconnect(dispatch_uid="test_wsgi_entry")
    assert django_app.asked == [] and signalled == []
    assert status == "200 OK"
    assert headers == dict(through_middleware.items())
    assert body == through_middleware.content
    # The whole answer was stored: the security middleware's headers are in it.
    assert headers["X-Content-Type-Options"] == "nosniff" and headers["Content-Language"] == language


@pytest.mark.parametrize(
    ("describe", "request_kwargs"),
    [
        ("a post", {"method": "post"}),
        ("a visitor with a session", {"headers": {"Cookie": "sessionid=abc"}}),
        ("a visitor with a message waiting", {"headers": {"Cookie": "messages=abc"}}),
        ("a client that authenticates", {"headers": {"Authorization": "Basic YTpi"}}),
    ],
)
def test_what_the_middleware_would_not_serve_from_the_cache_goes_to_django(
    client, pages, entry, django_app, describe, request_kwargs
):
    client.get("/sv/om/")
    call(entry, "/sv/om/", **request_kwargs)
    assert django_app.asked == ["/sv/om/"], describe


def test_a_page_not_yet_stored_goes_to_django_which_stores_it_for_the_next(pages, entry, django_app):
    first = call(entry, "/sv/om/")
    second = call(entry, "/sv/om/")
    assert django_app.asked == ["/sv/om/"]
    assert first[1]["X-Cache"] == "MISS" and second[1]["X-Cache"] == "HIT"
    assert second[2] == first[2]


def test_a_page_rendered_behind_the_entry_costs_one_cache_lookup(pages, entry, django_app, monkeypatch):
    """The entry found no hit and says so with the generation it read: the middleware renders and
    stores under it without a second round trip."""
    lookups = []
    real = page_cache._lookup

    def counted(*args, **kwargs):
        lookups.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(page_cache, "_lookup", counted)
    first = call(entry, "/sv/om/")
    assert first[1]["X-Cache"] == "MISS" and django_app.asked == ["/sv/om/"]
    assert len(lookups) == 1
    assert call(entry, "/sv/om/")[1]["X-Cache"] == "HIT" and len(lookups) == 2


def test_an_entry_outside_the_language_prefixes_is_never_served(site, entry, django_app, rf):
    """Only the middleware's rules decide what is stored; were anything kept at /healthz, the
    entry must still leave the address to Django, as the middleware does."""
    response = HttpResponse("stored by mistake")
    request = rf.get("/healthz")
    page_cache.AnonymousPageCacheMiddleware._store(
        page_cache._address_hash(request), response, home_cache.generation(), 2**40, 60
    )
    status, _headers, body = call(entry, "/healthz")
    assert django_app.asked == ["/healthz"] and body != b"stored by mistake"


def test_a_host_django_refuses_is_never_served_from_the_cache(client, pages, entry, django_app, settings):
    """The entry stored under testserver is not served once Django no longer accepts that host."""
    client.get("/sv/om/")
    assert call(entry, "/sv/om/")[1]["X-Cache"] == "HIT"
    settings.ALLOWED_HOSTS = ["elsewhere.example"]
    status, _headers, _body = call(entry, "/sv/om/")
    assert django_app.asked == ["/sv/om/"] and status.startswith("400")


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_publish_retires_the_entry_here_too(client, pages, entry, django_app, language):
    url = f"/{language}/om/"
    client.get(url)
    assert call(entry, url)[1]["X-Cache"] == "HIT"
    home_cache.bump()
    assert call(entry, url)[1]["X-Cache"] == "MISS"
    assert django_app.asked == [url]


def test_without_a_reachable_cache_django_answers_and_the_cache_is_not_asked_twice(settings, monkeypatch):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
        }
    }
    seen = []

    def django(environ, start_response):
        middleware = page_cache.AnonymousPageCacheMiddleware(lambda request: HttpResponse("rendered"))
        monkeypatch.setattr(page_cache, "_lookup", lambda *args, **kwargs: seen.append("asked again"))
        response = middleware(WSGIRequest(environ))
        start_response(f"{response.status_code} OK", list(response.items()))
        return [response.content]

    body = b"".join(page_cache.CachedPagesApplication(django)(RequestFactory().get("/sv/om/").environ, print))
    assert body == b"rendered" and seen == []


@pytest.mark.parametrize("precondition", ["If-Match", "If-Unmodified-Since"])
def test_a_precondition_is_left_to_the_view(client, pages, entry, django_app, precondition):
    """A page without an ETag would fail If-Match in the cache (412) where its view answers 200."""
    client.get("/sv/om/")
    value = '"x"' if precondition == "If-Match" else "Sat, 01 Jan 2000 00:00:00 GMT"
    status, headers, _body = call(entry, "/sv/om/", headers={precondition: value})
    assert django_app.asked == ["/sv/om/"] and status == "200 OK" and "X-Cache" not in headers
