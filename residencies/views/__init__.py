"""Public views of the submission flow. Pages reach them through residencies.routes.IntakeRoutesMixin."""

from functools import wraps

from django.utils.cache import add_never_cache_headers

from . import link, public
from .public import occurrence_slug, parse_occurrence, submission_url


def _never_stored(view, only_posts=False):
    """A private link shows a person's data, and a form's answer may: no cache may keep either.

    The form itself (GET) is left to the page cache's rules; its answer to a POST is not.
    """

    @wraps(view)
    def wrapped(page, request, *args, **kwargs):
        response = view(page, request, *args, **kwargs)
        if not only_posts or request.method == "POST":
            add_never_cache_headers(response)
        return response

    return wrapped


cancel_view = _never_stored(link.cancel_view)
edit_view = _never_stored(link.edit_view)
follow_up_view = _never_stored(link.follow_up_view)
status_view = _never_stored(link.status_view)
form_view = _never_stored(public.form_view, only_posts=True)

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
