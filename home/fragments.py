"""A page's content, rendered once and kept for every address and visitor it is the same for.

The page cache (home/page_cache.py) keeps whole answers per address. An address it has not
seen (a new query string: a campaign or share tag, a crawler's parameters, a filter combination)
or a visitor it does not serve still has the page rendered from the database, although most of
that page is what the last visitor got. Here the expensive part of a page, its content, is
kept under the same rules as the page cache, so it can never show anything a freshly cached
page would not:

- the content generation (home/cache.py): any write that can reach a page retires every kept
  fragment at once. A fragment is read and stored under the generation the page cache read when
  the request began (home.page_cache.RENDERED_UNDER), as the page around it is: one rendered
  from data that changed during the request is stored under a generation already retired;
- the whole minute (home.page_cache.next_step) of the request's start: a fragment is used only
  in the minute it was rendered in, so what changes with time alone (an event starts, a call
  closes) shows as soon as it does on a cached page;
- only requests the page cache renders to store (anonymous GETs: home.page_cache.
  request_is_cacheable), never a preview: what is kept is what any visitor without a session
  sees. When the page cache could not reach the cache, nothing is looked up here either;
- never a fragment holding a form's CSRF token, which is this visitor's alone.

A fragment is keyed by the site's address, the language, the path, the page and the query
parameters the page says it reads (`content_parameters`); while it is rendered to be kept, the
request carries only those parameters, so nothing else can change what is kept.

What a fragment needs is worked out only when it is rendered (`content_context`, see
home.models.mixins.KeptContentMixin): a page whose fragments are current makes no query for them.
"""

import hashlib
import logging
import time
from contextlib import contextmanager

from django.conf import settings
from django.core.cache import cache
from django.http import QueryDict
from django.utils import translation

from home import chrome
from home.cache import keep
from home.page_cache import RENDERED_UNDER, request_is_cacheable

logger = logging.getLogger(__name__)

# The shape of an entry is part of the key: a deploy that changes what a fragment holds never
# reads one of the old shape.
FRAGMENT_PREFIX = "fragment:v1:"
CSRF_FIELD = "csrfmiddlewaretoken"
CSRF_USED = "CSRF_COOKIE_NEEDS_UPDATE"


def rendered_under(request):
    """(generation, end of the minute) to keep this request's fragments under, or None for none."""
    if request is None or not settings.PAGE_FRAGMENTS or getattr(request, "is_preview", False):
        return None
    under = request.META.get(RENDERED_UNDER)
    if under is None or under[0] is None or not request_is_cacheable(request):
        return None
    return under


def parameters(request, names):
    """The values of the query parameters `names`, as the key names them."""
    return tuple((name, tuple(request.GET.getlist(name))) for name in names if name in request.GET)


def fragment_key(request, name, page_id, vary, step):
    address = "\x1f".join(
        (
            request.scheme,
            request.get_host(),
            # Wagtail tells sites apart by port too; their links can differ (relative or absolute).
            str(chrome.for_request(request).get("site_id")),
            translation.get_language() or "",
            request.path_info,
            name,
            str(page_id),
            repr(vary),
            str(step),
        )
    )
    return FRAGMENT_PREFIX + hashlib.sha256(address.encode()).hexdigest()


@contextmanager
def only_parameters(request, names):
    """The request with only the query parameters `names`, while a fragment is rendered to be kept."""
    original = request.GET
    kept_params = QueryDict(mutable=True)
    for name in names:
        if name in original:
            kept_params.setlist(name, original.getlist(name))
    kept_params._mutable = False
    request.GET = kept_params
    try:
        yield
    finally:
        request.GET = original


@contextmanager
def csrf_watch(request):
    """Yields a list that holds True afterwards if the token was asked for inside (a form is shown).

    Django marks the request each time a token is asked for; the mark is cleared for the render
    and put back after it. A request marked already (a visitor whose cookie was refused, or a
    token asked for earlier in the page, which a template may reuse without asking again) has
    nothing kept: see kept_fragment.
    """
    before = request.META.get(CSRF_USED, False)
    request.META[CSRF_USED] = False
    used = [False]
    try:
        yield used
    finally:
        used[0] = bool(request.META.get(CSRF_USED))
        request.META[CSRF_USED] = before or used[0]


def _read(key, current):
    try:
        entry = cache.get(key)
    except Exception:
        logger.exception("Cache unavailable")
        return None
    if entry is not None and entry[0] == current:
        return entry[1]
    return None


def kept_fragment(request, name, page_id, names, render):
    """The HTML `render()` gives, kept under the rules above; rendered afresh where they say no.

    `names`: the query parameters the content reads. `render` is called at most once.
    """
    under = rendered_under(request)
    if under is None:
        return render()
    current, step = under
    key = fragment_key(request, name, page_id, parameters(request, names), step)
    html = _read(key, current)
    if html is not None:
        return html
    token_asked_before = bool(request.META.get(CSRF_USED))
    with only_parameters(request, names), csrf_watch(request) as csrf_used:
        html = render()
    remaining = int(step - time.time())
    if remaining >= 1 and not (token_asked_before or csrf_used[0]) and CSRF_FIELD not in html:
        keep(key, current, html, timeout=remaining)
    return html
