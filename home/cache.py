"""The content generation: one number for the whole site, and what is kept under it.

Why one generation number for the whole site, and not per-page keys or tags: a programme
site is read thousands of times for every edit, and what a page shows comes from many
places (the page, its parent's listing, snippets such as venues and people, site
settings, the footer, places left on a registration list). Tracking which pages depend
on which rows would be a second copy of every template's logic, and one forgotten
dependency shows stale content. Instead every cached page (home/page_cache.py) and every
value kept here carries a generation number, and any write to any model that can reach a
page (everything except the bookkeeping in IGNORED) bumps it: all earlier entries become
unusable at once and are replaced or expire on their own. The current number and an entry
are read in one round trip (`get_many`, one MGET on Redis), so no process ever trusts a
number it read earlier. Wrong in the safe direction only: a write that did not matter costs
one re-render per address.

The bump happens at once (so code running inside one transaction, such as a test, sees
it) and again after the transaction commits: a request that rendered the old data while
the write was uncommitted stored it under the generation that the commit retires.
An entry is stored under the generation read when its request began, never a later one.
"""

import contextvars
import logging
import time

from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.images.models import AbstractRendition
from wagtail.signals import page_published, page_unpublished, post_page_move

logger = logging.getLogger(__name__)

GENERATION_KEY = "pagecache:generation"
# Writes that never change what an anonymous visitor sees. Renditions and search hits are
# written while visitors read; editing sessions are pinged while an editor has a page open.
IGNORED = {
    "sessions.session",
    "wagtailadmin.editingsession",
    "wagtailusers.userprofile",
    "wagtailsearch.query",
    "wagtailsearch.querydailyhits",
    "django_tasks_db.dbtaskresult",
    "residencies.outgoingemail",
    "residencies.pendingupload",
    # Bookkeeping written beside the saves that matter, which bump on their own.
    "wagtailcore.referenceindex",
    "wagtailcore.modellogentry",
    "wagtailcore.pagelogentry",
}


# --- The generation -------------------------------------------------------------------------------


def generation():
    value = cache.get(GENERATION_KEY)
    if value is None:
        # Not 1: if the key is ever evicted, a fresh start must not meet entries of an old number.
        cache.add(GENERATION_KEY, time.time_ns(), timeout=None)
        value = cache.get(GENERATION_KEY)
    return value


def _incr():
    _forget_kept()  # this request must not go on using what it read before its own write
    try:
        try:
            cache.incr(GENERATION_KEY)
        except ValueError:  # missing: any new number retires the old entries
            cache.set(GENERATION_KEY, time.time_ns(), timeout=None)
    except Exception:
        # Redis is down: an editor's publish must still go through. Whatever Redis held
        # expires within the minute once it is back (see next_step).
        logger.exception("Could not retire the cached pages")


def _incr_after_commit():
    _incr()


def bump(using=None):
    """Retire every cached page: now, and again when the current transaction commits."""
    _incr()
    connection = transaction.get_connection(using)
    # One callback per transaction is enough, however many rows it writes.
    if connection.in_atomic_block and any(
        func is _incr_after_commit for _sids, func, _robust in connection.run_on_commit
    ):
        return
    transaction.on_commit(_incr_after_commit, using=using)


def _model_changed(sender, using=None, **kwargs):
    if sender._meta.label_lower in IGNORED or issubclass(sender, AbstractRendition):
        return
    if kwargs.get("action", "post_").startswith("pre_"):  # m2m_changed fires before and after
        return
    bump(using)


def _page_event(sender, **kwargs):
    bump()


def connect():
    post_save.connect(_model_changed, dispatch_uid="pagecache_post_save")
    post_delete.connect(_model_changed, dispatch_uid="pagecache_post_delete")
    m2m_changed.connect(_model_changed, dispatch_uid="pagecache_m2m_changed")
    # Also covered by the saves they make; said explicitly because they matter most.
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(_page_event, dispatch_uid=f"pagecache_{id(signal)}")
    request_started.connect(_start_request, dispatch_uid="kept_request_started")
    request_finished.connect(_end_request, dispatch_uid="kept_request_finished")


# --- Data kept under the generation ----------------------------------------------------------------
# What many pages share and only content changes (the chrome, the private paths, which page answers
# an address, a page's other languages): worked out at most once per generation and read with the
# generation in one round trip. A value is stored under the generation read before its data was,
# never a later one, so a write while it was being worked out retires it.
#
# Within one request each value is read once: a page builds several querysets that each ask for the
# private paths. The memo lives from the start of a request to its end, and any write empties it.

_request_memo = contextvars.ContextVar("kept_request_memo", default=None)


def _start_request(**kwargs):
    _request_memo.set({})


def _end_request(**kwargs):
    _request_memo.set(None)


def _forget_kept():
    if _request_memo.get() is not None:
        _request_memo.set({})


def read_kept(key):
    """(the current generation, the value kept under `key` for it, or None).

    (None, None) when the cache cannot be reached: the caller works the value out for this request.
    """
    try:
        found = cache.get_many([GENERATION_KEY, key])
        current = found.get(GENERATION_KEY)
        if current is None:
            current = generation()
    except Exception:
        logger.exception("Cache unavailable")
        return None, None
    entry = found.get(key)
    if entry is not None and entry[0] == current:
        return current, entry[1]
    return current, None


def read_kept_under(key, current):
    """The value kept under `key` for generation `current` (read earlier), or None; None without a cache."""
    try:
        entry = cache.get(key)
    except Exception:
        logger.exception("Cache unavailable")
        return None
    if entry is not None and entry[0] == current:
        return entry[1]
    return None


def keep(key, current, value, timeout=60 * 60):
    """Store `value` under `key` for generation `current` (from read_kept); nothing without a cache.

    Nothing here changes with time alone: the timeout only frees entries nobody asks for.
    """
    if current is None:
        return
    try:
        cache.set(key, (current, value), timeout)
    except Exception:
        logger.exception("Cache unavailable")


def kept(key, build, timeout=60 * 60):
    """`build()` (never None), worked out at most once per generation and shared by every process."""
    memo = _request_memo.get()
    if memo is not None and key in memo:
        return memo[key]
    current, value = read_kept(key)
    if value is None:
        value = build()
        keep(key, current, value, timeout)
    if memo is not None:
        memo[key] = value
    return value
