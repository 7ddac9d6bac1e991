"""Public views of the submission flow. Pages reach them through residencies.routes.IntakeRoutesMixin."""

from .link import cancel_view, edit_view, follow_up_view, status_view
from .public import form_view, occurrence_slug, parse_occurrence, submission_url

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
