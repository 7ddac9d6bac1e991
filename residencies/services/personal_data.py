"""Registrations, applications and requests to join, for home's personal-data registry.

Every list (an event's, a call's, the network's) keeps its submissions in one table, so this
one source covers events, calls and the network. Erasure anonymises (retention.erase_submission):
status, country, region, art form, language and dates stay, so the counts reported to funders
(and anything built on them, such as participation figures) survive a person's erasure.
"""

from datetime import timedelta

from django.db import transaction
from django.utils.text import get_valid_filename
from django.utils.translation import gettext_lazy as _

from residencies.choices import OPEN_STATUSES, IntakePolicy, SubmissionStatus
from residencies.models import Intake, Submission
from residencies.services.admission import cancel
from residencies.services.retention import ended_at, erase_submission, purge_dates

PERSONAL_FIELDS = (
    "reference",
    "status",
    "name",
    "email",
    "organisation",
    "organisation_number",
    "country",
    "region",
    "phone",
    "art_form",
    "presentation",
    "answers",
    "follow_up",
    "language",
    "consent_version",
    "consent_text",
    "created_at",
    "decided_at",
    "decision_released_at",
    "cancelled_at",
)


def _archive_name(submission, attachment):
    # The applicant chose the original name: nothing of it may climb out of the folder when unzipped.
    return f"{submission.reference}/{attachment.pk}-{get_valid_filename(attachment.download_name)}"


def _held(email):
    return (
        Submission.objects.filter(email__iexact=email, erased_at__isnull=True)
        .select_related("intake")
        .prefetch_related("files", "emails")
    )


def _record(submission):
    rules = submission.intake.rules_page()
    record = {name: getattr(submission, name) for name in PERSONAL_FIELDS}
    record["list"] = str(submission.intake)
    record["kind"] = str(rules._meta.verbose_name) if rules is not None else ""
    record["occurrence"] = submission.intake.occurrence
    record["files"] = [
        {"name": _archive_name(submission, f), "original_name": f.original_name}
        for f in submission.files.all()
    ]
    record["emails"] = [
        {"sent": mail.sent_at or mail.created_at, "subject": mail.subject, "body": mail.body}
        for mail in submission.emails.all()
    ]
    return record


def _opener(field_file):
    def open_file():
        return field_file.storage.open(field_file.name, "rb")

    return open_file


def _withdraw_first(submission, now):
    """Whether erasing `submission` should also withdraw it.

    Drafts and undecided applications: yes, nobody should review an empty application. A
    first-come place or waiting-list spot while a freed place still goes on: yes, someone
    else gets it. A decision already taken: no, its status and any participation recorded
    for the funders stay (cancel() would take back a released acceptance).
    """
    if submission.status in (SubmissionStatus.DRAFT, SubmissionStatus.RECEIVED):
        return True
    if submission.status not in OPEN_STATUSES:
        return False
    rules = submission.intake.rules_page()
    return (
        rules is not None
        and rules.intake_policy == IntakePolicy.FIRST_COME
        and rules.intake_promotes(submission.intake.occurrence, now)
    )


class SubmissionSource:
    key = "submissions"
    label = _("Registrations, applications and requests to join")

    def export(self, email):
        records, files = [], []
        for submission in _held(email):
            records.append(_record(submission))
            for attachment in submission.files.all():
                files.append((_archive_name(submission, attachment), _opener(attachment.file)))
        return records, files

    def erase(self, email, now):
        """Withdraw what is still pending or holds a place others could use, then anonymise."""
        erased = 0
        for submission in _held(email):
            with transaction.atomic():
                if _withdraw_first(submission, now):
                    # The cancellation mail cancel() queues is deleted by the erasure below, in the
                    # same transaction, so it is never sent.
                    submission = cancel(submission, now=now)
                erase_submission(submission, now)
            erased += 1
        return erased

    def purge_expired(self, now):
        from residencies.services.retention import erase_expired

        return erase_expired(now)

    def schedule(self, now):
        from home.personal_data import PurgeRow

        rows = []
        for intake in Intake.objects.filter(submissions__erased_at__isnull=True).distinct():
            rules = intake.rules_page()
            days, closes = purge_dates(intake)
            held = list(intake.submissions.filter(erased_at__isnull=True))
            if closes is not None:
                purge_on = closes + timedelta(days=days)
            elif days is not None:
                purge_on = min(ended_at(s) for s in held) + timedelta(days=days)
            else:
                purge_on = None
            rows.append(
                PurgeRow(
                    kind=str(rules._meta.verbose_name) if rules is not None else "",
                    label=str(intake),
                    count=len(held),
                    purge_on=purge_on,
                )
            )
        return rows


def sources():
    return [SubmissionSource()]
