"""A page's content, rendered once and kept for every address and visitor it is the same for.

The page cache (home/page_cache.py) keeps whole answers per address. An address it has not
seen (a new query string: a campaign or share tag, a crawler's parameters, a filter combination)
or a visitor it does not serve still has the page rendered from the database, although most of
that page is what the last visitor got. Here the expensive part of a page, its content, is
kept under the same rules as the page cache, so it can never show anything a freshly cached
page would not:

- the content generation (home/cache.py): any write that can reach a page retires every kept
  fragment at once; the generation and the fragment are read in one round trip;
- the whole minute (home.page_cache.next_step): a fragment is used only in the minute it was
  rendered in, so what changes with time alone (an event starts, a call closes) shows as soon as
  it does on a cached page;
- anonymous GETs only (home.page_cache.request_is_cacheable), never a preview: what is kept
  is what any visitor without a session sees;
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
from django.http import QueryDict
from django.utils import translation

from home.cache import keep, read_kept
from home.page_cache import next_step, request_is_cacheable

logger = logging.getLogger(__name__)

# The shape of an entry is part of the key: a deploy that changes what a fragment holds never
# reads one of the old shape.
FRAGMENT_PREFIX = "fragment:v1:"
CSRF_FIELD = "csrfmiddlewaretoken"
CSRF_USED = "CSRF_COOKIE_NEEDS_UPDATE"


def may_keep(request):
    if request is None or not settings.PAGE_FRAGMENTS:
        return False
    if getattr(request, "is_preview", False):
        return False
    return request_is_cacheable(request)


def parameters(request, names):
    """The values of the query parameters `names`, as the key names them."""
    return tuple((name, tuple(request.GET.getlist(name))) for name in names if name in request.GET)


def fragment_key(request, name, page_id, vary, step):
    address = "\x1f".join(
        (
            request.scheme,
            request.get_host(),
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


def _holds_csrf(request, html, csrf_before):
    return CSRF_FIELD in html or request.META.get(CSRF_USED) != csrf_before


def kept_fragment(request, name, page_id, names, render):
    """The HTML `render()` gives, kept under the rules above; rendered afresh where they say no.

    `names`: the query parameters the content reads. `render` is called at most once.
    """
    if not may_keep(request):
        return render()
    now = time.time()
    step = next_step(now)
    key = fragment_key(request, name, page_id, parameters(request, names), step)
    current, html = read_kept(key)
    if html is not None:
        return html
    csrf_before = request.META.get(CSRF_USED)
    with only_parameters(request, names):
        html = render()
    remaining = int(step - time.time())
    if remaining >= 1 and not _holds_csrf(request, html, csrf_before):
        keep(key, current, html, timeout=remaining)
    return html
