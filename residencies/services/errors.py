"""Why a service refused: each error carries a message for the visitor, in their language."""

from django.utils.translation import gettext_lazy as _


class SubmissionError(Exception):
    message = _("Something went wrong. Please try again.")

    def __init__(self, message=None):
        if message is not None:
            self.message = message
        super().__init__(str(self.message))


class NotOpen(SubmissionError):
    def __init__(self, state):
        self.state = state
        super().__init__(state.label)


class NoSuchOccurrence(SubmissionError):
    message = _("There is no registration for that date.")


class IntakeFull(SubmissionError):
    message = _("All places are taken, and there is no waiting list.")


class AlreadySubmitted(SubmissionError):
    message = _(
        "This e-mail address is already signed up here. The confirmation we sent to it has a link "
        "where you can see or cancel the registration."
    )
    draft_message = _(
        "You have already saved an application with this e-mail address. We have sent the link to it "
        "again: open it to continue where you left off."
    )

    def __init__(self, existing):
        self.existing = existing
        super().__init__(self.draft_message if existing is not None and existing.status == "draft" else None)


class PlacesFull(SubmissionError):
    message = _("All places are taken. Accepting this applicant needs an explicit override.")


class NotAllowed(SubmissionError):
    message = _("That change is not possible for this submission.")


class NoLongerEditable(SubmissionError):
    message = _("This can no longer be changed: the deadline has passed or a decision has been made.")


class MissingAttachment(SubmissionError):
    message = _("A required attachment is missing.")


class NotAssigned(SubmissionError):
    message = _("You are not a reviewer of this call.")


class DeclarationNeeded(SubmissionError):
    message = _("Declare first whether you have a conflict of interest with this applicant.")


class ConflictOfInterest(SubmissionError):
    message = _("You have declared a conflict of interest, so you cannot score this application.")


class InvalidScores(SubmissionError):
    message = _("Give every criterion a score on the scale.")
