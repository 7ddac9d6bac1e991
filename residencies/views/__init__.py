"""Public views of the submission flow. Pages reach them through residencies.routes.IntakeRoutesMixin."""

from functools import wraps

from django.utils.cache import add_never_cache_headers

from . import link, public
from .public import occurrence_slug, parse_occurrence, submission_url


def _never_stored(view):
    """A private link shows one person's submission: no cache (ours, a proxy's, a CDN's) may keep it.

    Answers to form posts are marked by home.private_responses.NeverStorePostsMiddleware.
    """

    @wraps(view)
    def wrapped(page, request, *args, **kwargs):
        response = view(page, request, *args, **kwargs)
        add_never_cache_headers(response)
        return response

    return wrapped


cancel_view = _never_stored(link.cancel_view)
edit_view = _never_stored(link.edit_view)
follow_up_view = _never_stored(link.follow_up_view)
status_view = _never_stored(link.status_view)
form_view = public.form_view

__all__ = [
    "cancel_view",
    "edit_view",
    "follow_up_view",
    "form_view",
    "occurrence_slug",
    "parse_occurrence",
    "status_view",
    "submission_url",
]
