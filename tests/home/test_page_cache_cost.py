"""What a hit costs the cache (home/page_cache.py): one round trip, and no body for a 304.

The page cache's rules (never stale, never private) are proved in test_page_cache.py; these
tests prove the hit path stays cheap: a counting wrapper around the cache records every call
the middleware makes.
"""

import pytest
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.http import http_date

from home import cache as home_cache
from home import page_cache
from home.redis_cache import RedisCache


class CountingCache:
    """The real cache, with every method call recorded as (name, first argument)."""

    def __init__(self, real):
        self.real = real
        self.calls = []

    def __getattr__(self, name):
        attribute = getattr(self.real, name)
        if not callable(attribute):
            return attribute

        def call(*args, **kwargs):
            self.calls.append((name, args[0] if args else None))
            return attribute(*args, **kwargs)

        return call


@pytest.fixture
def counted(monkeypatch):
    counting = CountingCache(cache)
    monkeypatch.setattr(page_cache, "cache", counting)
    return counting


def feed_view(request):
    response = HttpResponse(b"BEGIN:VCALENDAR" + b"x" * 100_000, content_type="text/calendar")
    response["ETag"] = '"v1"'
    response["Last-Modified"] = http_date(1_700_000_000)
    return response


@pytest.fixture
def middleware():
    return page_cache.AnonymousPageCacheMiddleware(feed_view)


def body_reads(calls):
    def keys(argument):
        return argument if isinstance(argument, list) else [argument]

    return [
        name
        for name, argument in calls
        for key in keys(argument)
        if str(key).startswith(page_cache.BODY_PREFIX)
    ]


def test_a_hit_is_one_cache_round_trip(rf, middleware, counted):
    assert middleware(rf.get("/sv/kalender.ics"))["X-Cache"] == "MISS"
    counted.calls.clear()
    response = middleware(rf.get("/sv/kalender.ics"))
    assert response["X-Cache"] == "HIT" and response.content.startswith(b"BEGIN:VCALENDAR")
    assert [name for name, _ in counted.calls] == ["get_many"]


@pytest.mark.parametrize(
    "headers",
    [{"If-None-Match": '"v1"'}, {"If-Modified-Since": http_date(1_700_000_000)}],
    ids=["etag", "date"],
)
def test_a_304_from_the_cache_never_reads_the_body(rf, middleware, counted, headers):
    middleware(rf.get("/sv/kalender.ics"))
    counted.calls.clear()
    response = middleware(rf.get("/sv/kalender.ics", headers=headers))
    assert response.status_code == 304 and response.content == b""
    assert response["ETag"] == '"v1"'
    assert response["X-Cache"] == "HIT"
    assert [name for name, _ in counted.calls] == ["get_many"]
    assert body_reads(counted.calls) == []


def test_a_stale_validator_gets_the_whole_cached_body(rf, middleware, counted):
    middleware(rf.get("/sv/kalender.ics"))
    counted.calls.clear()
    response = middleware(rf.get("/sv/kalender.ics", headers={"If-None-Match": '"v0"'}))
    assert response.status_code == 200 and response["X-Cache"] == "HIT"
    assert len(response.content) == len(feed_view(None).content)
    assert len(counted.calls) == 2  # the small entry, then the body


def test_a_body_from_another_store_is_never_served_under_this_entrys_headers(rf, middleware):
    """Entry and body are separate keys: a body that does not belong to the entry is a miss."""
    middleware(rf.get("/sv/kalender.ics"))
    address = page_cache._address_hash(rf.get("/sv/kalender.ics"))
    cache.set(page_cache.BODY_PREFIX + address, ("another-store", b"other"))
    assert middleware(rf.get("/sv/kalender.ics"))["X-Cache"] == "MISS"
    cache.set(page_cache.BODY_PREFIX + address, ("another-store", b"other"))
    response = middleware(rf.get("/sv/kalender.ics", headers={"If-None-Match": '"v0"'}))
    assert response["X-Cache"] == "MISS" and response.content != b"other"


def test_an_entry_of_an_earlier_generation_is_not_served_even_though_its_key_is_read(rf, middleware):
    middleware(rf.get("/sv/kalender.ics"))
    assert middleware(rf.get("/sv/kalender.ics"))["X-Cache"] == "HIT"
    home_cache._incr()  # what bump() does at once, without the database
    assert middleware(rf.get("/sv/kalender.ics", headers={"If-None-Match": '"v1"'}))["X-Cache"] == "MISS"


def test_the_redis_backend_builds_one_client_per_process_not_per_call():
    backend = RedisCache("redis://127.0.0.1:1/0", {})  # never connected: building a client is local
    client = backend._cache.get_client()
    assert backend._cache.get_client("any") is client
    assert backend._cache.get_client(write=True) is client  # one server: reads and writes share it


def test_a_feed_polled_only_with_its_etag_is_stored_again_after_its_entry_expired(rf, counted):
    """Calendar apps poll with If-None-Match: the view's own 304 would never refill the cache."""
    seen = []

    def conditional_view(request):
        seen.append(request.headers.get("If-None-Match"))
        if request.headers.get("If-None-Match") == '"v1"':
            return HttpResponse(status=304)
        return feed_view(request)

    middleware = page_cache.AnonymousPageCacheMiddleware(conditional_view)
    first = middleware(rf.get("/sv/kalender.ics", headers={"If-None-Match": '"v1"'}))
    assert first.status_code == 304 and first["X-Cache"] == "MISS"
    assert seen == [None]  # the view rendered the whole feed, which was stored
    second = middleware(rf.get("/sv/kalender.ics", headers={"If-None-Match": '"v1"'}))
    assert second.status_code == 304 and second["X-Cache"] == "HIT"
    assert seen == [None]
    changed = middleware(rf.get("/sv/kalender.ics", headers={"If-None-Match": '"v0"'}))
    assert changed.status_code == 200 and changed.content.startswith(b"BEGIN:VCALENDAR")
