"""The page cache: whole responses for anonymous visitors, never stale, never private.

Every entry carries the content generation it was rendered under (home/cache.py): any write
that can reach a page retires every entry at once. The current number and the entry are read
in one round trip, so a hit costs one round trip.

Time changes pages too (an event ends, a call opens at 12:00): every entry expires at the
next whole minute, the precision of every date and time editors can enter, so nothing
time-driven is served late either.

Never served from or stored in the cache: anything but GET, addresses outside the
language prefixes (admin, documents, /healthz), requests with a session or messages
cookie (logged-in editors, the Wagtail user bar, previews, people in the middle of a
form) or a precondition (If-Match, If-Unmodified-Since: the view's to judge), and
responses that are not a plain 200, set a cookie (a CSRF token means a form),
contain a CSRF token, vary on more than the cookie, or say private / no-store / no-cache
(the private submission links say so).

Two entry points share these rules and entries: the middleware (the first of the chain, so an
entry holds the whole answer), which stores every entry and answers hits, and
CachedPagesApplication, which cms/wsgi.py puts in front of Django to answer hits before Django
builds a request.
"""

import hashlib
import logging
import secrets
import time
from http import HTTPStatus

from django.conf import settings
from django.core.cache import cache
from django.core.handlers.wsgi import WSGIRequest
from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import parse_http_date_safe
from django.utils.translation import get_language_from_path

from home.cache import GENERATION_KEY, generation

logger = logging.getLogger(__name__)

HEADER = "X-Cache"
UNCACHEABLE_DIRECTIVES = ("private", "no-store", "no-cache")

# The version is part of the keys: a deploy that changes what an entry holds (v2: the CSP header,
# now added inside the cache) never serves an entry of the old shape.
PAGE_PREFIX = "pagecache:v2:page:"
BODY_PREFIX = "pagecache:v2:body:"
# The validators of a client that has a version: answered 304 from an entry's headers.
VALIDATORS = ("HTTP_IF_NONE_MATCH", "HTTP_IF_MODIFIED_SINCE")
# Preconditions are the view's to judge (a page without an ETag would fail If-Match here with a 412
# where its view answers 200): such a request is neither served from nor stored in the cache.
PRECONDITIONS = ("HTTP_IF_MATCH", "HTTP_IF_UNMODIFIED_SINCE")
# What a 304 does not carry of the stored answer's headers: they describe the body it leaves out.
BODY_HEADERS = {"content-type", "content-length", "content-language", "content-encoding"}
# Set on the request by CachedPagesApplication when it found no hit: the generation it read, or None
# when the cache could not be reached (and it logged that). The middleware then does not look again.
LOOKED_UP = "samspel.page_cache_generation"
# Set on a request the middleware renders to store: (the generation read when it began, the end of
# its minute). What else is kept for this page (home/fragments.py) is read and stored under these.
RENDERED_UNDER = "samspel.page_cache_rendered_under"


def _address_hash(request):
    address = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    return hashlib.sha256(address.encode()).hexdigest()


def _request_is_cacheable(request):
    if request.method != "GET" or "HTTP_AUTHORIZATION" in request.META:
        return False
    if any(header in request.META for header in PRECONDITIONS):
        return False
    if get_language_from_path(request.path_info) is None:
        return False
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME not in cookies and "messages" not in cookies


def _response_is_cacheable(request, response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if getattr(request, "is_preview", False) or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    cache_control = response.get("Cache-Control", "").lower()
    if any(directive in cache_control for directive in UNCACHEABLE_DIRECTIVES):
        return False
    vary = {v.strip().lower() for v in response.get("Vary", "").split(",") if v.strip()}
    if vary - {"cookie"}:
        return False
    return b"csrfmiddlewaretoken" not in response.content


def next_step(now):
    # PAGE_CACHE_STEP_SECONDS is 60 except in tests, which must not see an entry skipped because
    # a request happened to straddle a minute.
    step = getattr(settings, "PAGE_CACHE_STEP_SECONDS", 60)
    return (int(now) // step + 1) * step


def _lookup(address, with_body):
    """The current generation and this address's entry (and body), in one round trip."""
    keys = [GENERATION_KEY, PAGE_PREFIX + address]
    if with_body:
        keys.append(BODY_PREFIX + address)
    found = cache.get_many(keys)
    current = found.get(GENERATION_KEY)
    if current is None:
        return generation(), None, None
    entry = found.get(PAGE_PREFIX + address)
    if entry is not None and entry["generation"] != current:
        entry = None
    return current, entry, found.get(BODY_PREFIX + address)


def _body_of(entry, body):
    # Entry and body are two keys: a body stored by another request (another generation) between
    # the two reads must not be served under this entry's headers.
    if body is None or body[0] != entry["token"]:
        return None
    return body[1]


class CachedAnswer:
    """A hit, as stored: status, headers and body, turned into an HttpResponse only where one is needed.

    The WSGI entry hands the stored headers to the server as they are: they were checked when
    the page was first answered, and setting them one by one again was a tenth of a hit's time.
    """

    def __init__(self, status, headers, content):
        self.status = status
        self.headers = headers
        self.content = content

    def wsgi_status(self):
        return f"{self.status} {HTTPStatus(self.status).phrase}"

    def as_response(self):
        response = HttpResponse(self.content, status=self.status)
        if not any(name.lower() == "content-type" for name, _value in self.headers):
            del response["Content-Type"]  # HttpResponse's default; a 304 has none
        for name, value in self.headers:
            response[name] = value
        return response


def _not_modified(request, headers, last_modified):
    """The headers of a 304 for a client whose version is the answer with `headers`; else None.

    Django decides whether the client's version is current; the 304 then carries the answer's
    headers but those of the body it leaves out. Django's own 304 keeps only the validators and
    caching headers, and would drop the security headers, which the entry holds since the page
    cache is the first middleware.
    """
    etag = next((value for name, value in headers if name.lower() == "etag"), None)
    answer = get_conditional_response(request, etag=etag, last_modified=last_modified)
    if answer is None or answer.status_code != 304:
        return None
    return [(name, value) for name, value in headers if name.lower() not in BODY_HEADERS]


def _cached_answer(request, address, now):
    """(the current generation, the CachedAnswer to `request` or None), in one cache round trip.

    Shared by the middleware and CachedPagesApplication, so both serve exactly the same entries.
    Raises when the cache cannot be reached.
    """
    conditional = any(header in request.META for header in VALIDATORS)
    current, entry, body = _lookup(address, with_body=not conditional)
    if entry is None or entry["expires"] <= now:
        return current, None
    if conditional:
        # A client that has this version gets a bodiless 304 without touching the database.
        headers = _not_modified(request, entry["headers"], entry["last_modified"])
        if headers is not None:
            return current, CachedAnswer(304, [*headers, (HEADER, "HIT")], b"")
        body = cache.get(BODY_PREFIX + address)
    content = _body_of(entry, body)
    if content is None:  # evicted, or stored by another request in between: the page is rendered
        return current, None
    return current, CachedAnswer(entry["status"], [*entry["headers"], (HEADER, "HIT")], content)


class AnonymousPageCacheMiddleware:
    """Serves and stores anonymous GETs; the first middleware, so it stores the whole answer.

    An entry is two keys per address: the small one (generation, expiry, status, headers,
    validators) and the body. A hit reads the generation and the entry in one round trip
    (`get_many`); a conditional request reads only the small key first, so a calendar client
    polling with If-None-Match gets its 304 without the body ever leaving the cache.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _request_is_cacheable(request):
            return self.get_response(request)
        started = time.time()
        address = _address_hash(request)
        if LOOKED_UP in request.META:  # CachedPagesApplication looked and found no hit
            current = request.META[LOOKED_UP]
            if current is None:  # nor a cache; it logged that
                return self.get_response(request)
        else:
            try:
                current, answer = _cached_answer(request, address, started)
            except Exception:  # no cache (Redis down): serve uncached rather than fail
                logger.exception("Page cache unavailable")
                return self.get_response(request)
            if answer is not None:
                return answer.as_response()

        expires = next_step(started)
        request.META[RENDERED_UNDER] = (current, expires)
        response, validators = self._render_whole(request)
        if _response_is_cacheable(request, response):
            remaining = int(expires - time.time())
            if remaining >= 1:
                cdn_seconds = getattr(settings, "PAGE_CACHE_CDN_SECONDS", 0)
                if cdn_seconds and not response.has_header("Cache-Control"):
                    # Browsers ask again each time; a CDN keeps it briefly (purged on publish).
                    patch_cache_control(response, public=True, max_age=0, s_maxage=cdn_seconds)
                try:
                    self._store(address, response, current, expires, remaining)
                except Exception:
                    logger.exception("Page cache unavailable")
                    return response
                response[HEADER] = "MISS"
        if validators and response.status_code == 200:
            response = self._conditional(request, response)
        return response

    def _render_whole(self, request):
        """The view's whole answer, even for a client that has a version: that is what is stored.

        Otherwise, once an entry expires, a feed that calendar apps poll only with
        If-None-Match would get a 304 from its view each time and never be stored again.
        """
        validators = {name: request.META.pop(name) for name in VALIDATORS if name in request.META}
        try:
            return self.get_response(request), validators
        finally:
            request.META.update(validators)

    @staticmethod
    def _conditional(request, response):
        if not (response.has_header("ETag") or response.has_header("Last-Modified")):
            return response
        last_modified = response.get("Last-Modified")
        last_modified = parse_http_date_safe(last_modified) if last_modified else None
        headers = _not_modified(request, list(response.items()), last_modified)
        return response if headers is None else CachedAnswer(304, headers, b"").as_response()

    @staticmethod
    def _store(address, response, current, expires, remaining):
        last_modified = response.get("Last-Modified")
        token = secrets.token_hex(8)
        entry = {
            "generation": current,
            "token": token,
            "status": response.status_code,
            "headers": [(k, v) for k, v in response.items() if k.lower() != HEADER.lower()],
            "expires": expires,
            "last_modified": parse_http_date_safe(last_modified) if last_modified else None,
        }
        # The body first: on a backend without an atomic set_many, a reader never meets an
        # entry whose body is not there yet (and the token catches any other interleaving).
        cache.set_many(
            {BODY_PREFIX + address: (token, response.content), PAGE_PREFIX + address: entry}, remaining
        )


class CachedPagesApplication:
    """WSGI: answers page-cache hits before Django builds its request (cms/wsgi.py wraps the site in it).

    A hit served by the middleware still goes through Django's request handling: the request
    signals (which look over the database connections twice), the middleware chain and the
    response conversion. That cost about as much as the hit itself and kept hits at 0.76-0.85
    of a bare Django view in `make bench`. Here a hit costs a request object, the same checks and
    the same round trip: the entries, the rules and the answers are the middleware's
    (`_cached_answer`). The middleware stays, and stores every entry; it also answers hits where
    this file is not the entry (the test client, ASGI). Anything but a hit, and anything that goes
    wrong here (a host Django refuses, no cache), is left to Django, which answers and logs it as
    it always does. A miss hands the middleware the generation read here (LOOKED_UP), so a page
    that is rendered costs one cache round trip, not two. A hit sends no request signals: a
    worker that answers only hits closes a database connection past CONN_MAX_AGE at its next
    rendered request, not before.
    """

    def __init__(self, application):
        self.application = application

    def __call__(self, environ, start_response):
        answer = None
        # The cheap tests first: everything else (the baseline, admin, static files) pays only these.
        if environ.get("REQUEST_METHOD") == "GET" and get_language_from_path(environ.get("PATH_INFO", "")):
            answer = self._hit(environ)
        if answer is None:
            return self.application(environ, start_response)
        start_response(answer.wsgi_status(), answer.headers)
        return [answer.content]

    @staticmethod
    def _hit(environ):
        try:
            request = WSGIRequest(environ)
            if not _request_is_cacheable(request):
                return None
            address = _address_hash(request)
        except Exception:  # a host Django refuses, a request it cannot read: Django answers it
            return None
        try:
            current, answer = _cached_answer(request, address, time.time())
        except Exception:
            logger.exception("Page cache unavailable")
            current, answer = None, None
        if answer is None:
            environ[LOOKED_UP] = current  # the middleware renders and stores without a second look
        return answer
