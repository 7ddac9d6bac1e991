"""Wagtail's routing, remembered: which page answers an address, kept under the page cache's generation.

Wagtail finds the page for an address with a query for the site, one for the active locale,
one for the localized home page and then two per level of the address (the child with that
slug, then its specific row): seven of an event page's thirteen queries. Which page answers
an address changes only when pages are published, unpublished, moved or renamed, or when a
site is edited, and each of those writes bumps the generation (home/cache.py), so the answer
is kept in the cache under the generation read before it was worked out, as the chrome is.

A hit reads the generation and the entry in one round trip, loads the page's specific row by
its primary key (one query) and hands the rest of the address to the page's own `route()`,
which is how routable pages (calendars, story indexes) answer their sub-addresses and how
Wagtail refuses a page that is not live. The route is then set where Wagtail looks for it
(`request._wagtail_route_for_request`, `request._wagtail_site`), so Wagtail's own serve view,
its hooks (view restrictions, passwords) and `Page.find_for_request` all run as before.

Nothing here depends on who asks: the route of a private page is the same for everyone, and
the restriction is checked after routing, as Wagtail does. Addresses that do not resolve are
not kept (each would be a new key), and anything unexpected falls back to Wagtail's routing.
"""

import hashlib

from django.apps import apps
from django.core.exceptions import ObjectDoesNotExist
from django.http import Http404
from django.http.request import split_domain_port
from django.utils import translation
from wagtail import views as wagtail_views
from wagtail.models import Page, Site

from home.cache import keep, read_kept

# The shape of an entry is part of the key: a deploy that changes it never reads an old one.
PREFIX = "route:2:"
# Routes do not change with time alone; the limit only frees entries nobody asks for.
TIMEOUT = 60 * 60
SITE_FIELDS = ("id", "hostname", "port", "site_name", "root_page_id", "is_default_site")


def serve(request, path):
    """Wagtail's serve view, with the route read from the cache when it is there."""
    _route(request, path)
    return wagtail_views.serve(request, path)


def _key(request, path):
    hostname = split_domain_port(request._get_raw_host())[0]
    address = f"{hostname}:{request.get_port()}:{translation.get_language()}:{path}"
    return PREFIX + hashlib.blake2b(address.encode(), digest_size=16).hexdigest()


def _route(request, path):
    key = _key(request, path)
    current, entry = read_kept(key)
    if entry is not None and _apply(request, path, entry):
        return
    route = Page.route_for_request(request, path)  # Wagtail's own lookup, kept on the request
    entry = _entry(request, path, route)
    if entry is not None:
        keep(key, current, entry, TIMEOUT)


def _components(path):
    return [component for component in path.split("/") if component]


def _entry(request, path, route):
    """What to keep of a route Wagtail worked out: the site, and the page that answered with how
    many of the address's components it was reached by (the rest are its own sub-address)."""
    site = getattr(request, "_wagtail_site", None)
    if route is None or site is None:
        return None
    page = route[0]
    root = site.root_page
    consumed = page.depth - root.depth
    components = _components(path)
    # Only what can be checked: the page's own address ends with the components it was reached by.
    own = page.url_path.strip("/").split("/")
    if consumed < 0 or consumed > len(components) or (consumed and own[-consumed:] != components[:consumed]):
        return None
    return {
        "site": {field: getattr(site, field) for field in SITE_FIELDS},
        "page_id": page.pk,
        "model": page.specific_class._meta.label_lower if page.specific_class else None,
        "consumed": consumed,
    }


def _apply(request, path, entry):
    """Set the remembered route on the request; False (and nothing set) if it no longer holds."""
    if entry["model"] is None:
        return False
    try:
        model = apps.get_model(entry["model"])
        page = model.objects.get(pk=entry["page_id"])
        route = page.route(request, _components(path)[entry["consumed"] :])
    except (LookupError, ObjectDoesNotExist, Http404):
        return False
    site = Site(**entry["site"])
    site._state.adding = False
    site._state.db = page._state.db
    request._wagtail_site = site
    request._wagtail_route_for_request = route
    return True
