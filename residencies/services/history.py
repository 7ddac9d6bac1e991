"""Every change to a submission or a list, in Wagtail's history (who, when, what).

Actions are registered with the `register_log_actions` hook (wagtail_hooks.py), so the
admin's history views and the site history report show them with readable messages.
Entries are titled with the reference number, never a name: the log outlives erasure.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import LogFormatter
from wagtail.log_actions import log as wagtail_log

from residencies.choices import SubmissionStatus

ACTIONS = {
    "residencies.submit": (_("Submit"), _("Sent by the applicant: %(status)s")),
    "residencies.draft": (_("Save draft"), _("Draft saved by the applicant")),
    "residencies.edit": (_("Edit by applicant"), _("Changed by the applicant")),
    "residencies.cancel": (_("Cancel"), _("Cancelled or withdrawn")),
    "residencies.promote": (_("Promote from waiting list"), _("Given a freed place from the waiting list")),
    "residencies.decide": (_("Decide"), _("Decision: %(status)s%(override)s")),
    "residencies.release": (_("Release decisions"), _("%(count)s decisions sent to the applicants")),
    "residencies.assign": (_("Assign reviewer"), _("Reviewer assigned: %(reviewer)s")),
    "residencies.unassign": (_("Remove reviewer"), _("Reviewer removed: %(reviewer)s")),
    "residencies.declare": (
        _("Declare conflict of interest"),
        _("Conflict of interest declared: %(conflict)s"),
    ),
    "residencies.score": (_("Score"), _("Scored: %(total)s")),
    "residencies.follow_up": (_("Follow-up"), _("Follow-up answers given")),
    "residencies.resend": (_("Send e-mail again"), _("E-mail sent again: %(subject)s")),
    "residencies.add": (_("Add by staff"), _("Added by staff: %(status)s%(override)s")),
    "residencies.move": (_("Move"), _("Moved from %(previous)s to %(occurrence)s: %(status)s")),
    "residencies.attend": (_("Mark as attended"), _("Marked as attended")),
    "residencies.unattend": (_("Unmark as attended"), _("No longer marked as attended")),
}


class DataFormatter(LogFormatter):
    """A message with %(name)s placeholders filled from the entry's data."""

    def format_message(self, log_entry):
        data = dict(log_entry.data or {})
        if data.get("status") in SubmissionStatus.values:
            data["status"] = SubmissionStatus(data["status"]).label
        data["override"] = _(" (over the number of places)") if data.get("override") else ""
        if "conflict" in data:
            data["conflict"] = _("yes") if data["conflict"] else _("no")
        try:
            return str(self.message) % data
        except (KeyError, TypeError, ValueError):
            return str(self.label)


def register(actions):
    for action, (label, message) in ACTIONS.items():
        formatter = type("ResidenciesLogFormatter", (DataFormatter,), {"label": label, "message": message})
        actions.register_action(action)(formatter)


def record(instance, action, user=None, **data):
    title = getattr(instance, "reference", None) or str(instance)
    return wagtail_log(instance=instance, action=action, user=user, data=data, title=title[:255])
