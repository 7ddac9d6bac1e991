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
- only requests the page cache renders to store (anonymous GETs), never a preview: what is kept
  is what any visitor without a session sees. When the page cache could not reach the cache,
  nothing is looked up here either;
- never a fragment holding a form's CSRF token, which is this visitor's alone, nor one rendered
  once a token was asked for in the request.

A fragment is keyed by the site's address, the language, the path, the page and the query
parameters the page says it reads (`content_parameters`); while it is rendered to be kept, the
request carries only those parameters, so nothing else can change what is kept.

What a fragment needs is worked out only when it is rendered (`content_context`, see
home.models.mixins.KeptContentMixin): a page whose fragments are current makes no query for them.
"""

import hashlib
import time
from contextlib import contextmanager

from django.conf import settings
from django.http import QueryDict
from django.utils import translation

from home import chrome
from home.cache import keep, read_kept_under
from home.page_cache import RENDERED_UNDER

# The shape of an entry is part of the key: a deploy that changes what a fragment holds never
# reads one of the old shape.
FRAGMENT_PREFIX = "fragment:v1:"
CSRF_FIELD = "csrfmiddlewaretoken"
# Django marks a request each time a CSRF token is asked for, and the mark stays: a request marked
# before or while a fragment is rendered (a form, a visitor whose cookie was refused, a token a
# template may reuse without asking again) has nothing kept.
CSRF_USED = "CSRF_COOKIE_NEEDS_UPDATE"


def rendered_under(request):
    """(generation, end of the minute) to keep this request's fragments under, or None for none.

    The page cache sets it only on the requests it renders to store (anonymous GETs), and only
    when it reached the cache.
    """
    if request is None or not settings.PAGE_FRAGMENTS or getattr(request, "is_preview", False):
        return None
    under = request.META.get(RENDERED_UNDER)
    return None if under is None or under[0] is None else under


def read_parameters(request, names):
    """The request's query parameters among `names`: all a kept fragment may depend on."""
    kept = QueryDict(mutable=True)
    for name in names:
        if name in request.GET:
            kept.setlist(name, request.GET.getlist(name))
    kept._mutable = False
    return kept


def fragment_key(request, name, page_id, params, step):
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
            params.urlencode(),
            str(step),
        )
    )
    return FRAGMENT_PREFIX + hashlib.sha256(address.encode()).hexdigest()


@contextmanager
def only_parameters(request, params):
    """The request with only `params` as its query, while a fragment is rendered to be kept."""
    original = request.GET
    request.GET = params
    try:
        yield
    finally:
        request.GET = original


def kept_fragment(request, name, page_id, names, render):
    """The HTML `render()` gives, kept under the rules above; rendered afresh where they say no.

    `names`: the query parameters the content reads. `render` is called at most once.
    """
    under = rendered_under(request)
    if under is None:
        return render()
    current, step = under
    params = read_parameters(request, names)
    key = fragment_key(request, name, page_id, params, step)
    html = read_kept_under(key, current)
    if html is not None:
        return html
    with only_parameters(request, params):
        html = render()
    remaining = int(step - time.time())
    if remaining >= 1 and not request.META.get(CSRF_USED) and CSRF_FIELD not in html:
        keep(key, current, html, timeout=remaining)
    return html
