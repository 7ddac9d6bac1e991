"""The two admission policies and the one status set both of them use."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class IntakePolicy(models.TextChoices):
    NONE = "none", _("No registration")
    FIRST_COME = "first_come", _("First come, first served")
    REVIEWED = "reviewed", _("Reviewed applications")


class SubmissionStatus(models.TextChoices):
    """One status set for both policies.

    draft:       saved by the applicant, not sent; holds no place, counts nowhere
    first come:  confirmed | waiting -> cancelled           (waiting -> confirmed by promotion)
    reviewed:    received -> confirmed (accepted) | waiting (reserve) | rejected; any -> cancelled (withdrawn)

    Only `confirmed` holds a place. Every status except `cancelled` blocks a second
    submission with the same e-mail address to the same intake.
    """

    DRAFT = "draft", _("Draft, not sent")
    RECEIVED = "received", _("Received")
    CONFIRMED = "confirmed", _("Confirmed")
    WAITING = "waiting", _("On the waiting list")
    REJECTED = "rejected", _("Not accepted")
    # A person withdrew: not the word for an event that is called off ("Inställt", "Avlyst").
    CANCELLED = "cancelled", pgettext_lazy("registration or application status", "Cancelled")


# Statuses a reviewer can give; `decide()` accepts only these.
DECISIONS = (SubmissionStatus.CONFIRMED, SubmissionStatus.WAITING, SubmissionStatus.REJECTED)
# Statuses that hold or wait for a place: the ones a person can cancel.
OPEN_STATUSES = (SubmissionStatus.RECEIVED, SubmissionStatus.CONFIRMED, SubmissionStatus.WAITING)
# Sent submissions: everything staff lists, counts and exports (drafts are the applicant's own).
SENT_STATUSES = (*OPEN_STATUSES, SubmissionStatus.REJECTED, SubmissionStatus.CANCELLED)

# How staff name the statuses of a reviewed call.
REVIEWED_LABELS = {
    SubmissionStatus.DRAFT: _("Draft, not sent"),
    SubmissionStatus.RECEIVED: _("Awaiting decision"),
    SubmissionStatus.CONFIRMED: _("Accepted"),
    SubmissionStatus.WAITING: _("Waiting list"),
    SubmissionStatus.REJECTED: _("Rejected"),
    SubmissionStatus.CANCELLED: _("Withdrawn"),
}


class EmailKind(models.TextChoices):
    CONFIRMED = "confirmed", _("Registration confirmed")
    WAITING = "waiting", _("Placed on the waiting list")
    RECEIVED = "received", _("Application received")
    PROMOTED = "promoted", _("Promoted from the waiting list")
    CANCELLED = "cancelled", _("Cancellation confirmed")
    DECISION_ACCEPTED = "decision_confirmed", _("Decision: accepted")
    DECISION_WAITING = "decision_waiting", _("Decision: reserve list")
    DECISION_REJECTED = "decision_rejected", _("Decision: not accepted")
    ORGANISER = "organiser", _("New submission (to the organiser)")
    DRAFT_SAVED = "draft_saved", _("Draft saved (link to continue)")
    DRAFT_REMINDER = "draft_reminder", _("Reminder: draft not sent")


class EmailStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    SENDING = "sending", _("Sending")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed")


class CallStatus(models.TextChoices):
    """Derived, never stored: see residencies.services.calls.call_status."""

    UPCOMING = "upcoming", _("Upcoming")
    OPEN = "open", _("Open for applications")
    CLOSED = "closed", _("Closed")
    DECIDED = "decided", _("Decided")


class DecisionKind(models.TextChoices):
    ACCEPTED = "decision_confirmed", _("Accepted")
    WAITING = "decision_waiting", _("Waiting list")
    REJECTED = "decision_rejected", _("Rejected")
