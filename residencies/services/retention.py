"""Personal data is kept only as long as the page says: then it is erased, the statistics stay.

Counted from the list's closing time (Intake window end: the closing date, or the
occurrence's start); on a list that never closes (joining the network), from each
submission's decision, withdrawal or, undecided, its sending. What stays: status,
country, region, art form, language and dates, which the programme reports to Interreg.
"""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from residencies.models import Intake, Submission


def erase_submission(submission, now):
    for attachment in submission.files.all():
        attachment.file.delete(save=False)
        attachment.delete()
    submission.emails.all().delete()
    # Reviewers' notes may quote the applicant; the scores are statistics and stay.
    submission.reviews.update(note="", conflict_note="")
    Submission.objects.filter(pk=submission.pk).update(
        name="",
        email=f"erased-{submission.pk}@invalid",
        organisation="",
        organisation_number="",
        phone="",
        presentation="",
        answers={},
        follow_up={},
        erased_at=now,
    )


def ended_at(submission):
    """When a submission on a list without a closing date (joining the network) was settled.

    The applicant was told the decision, or withdrew; undecided, it counts from when it was sent,
    so a request nobody ever answered does not stay for ever.
    """
    return submission.decision_released_at or submission.cancelled_at or submission.created_at


def purge_dates(intake, now=None):
    """(retention days, the list's end or None). None: each submission counts from its own end."""
    rules = intake.rules_page()
    if rules is None:
        return None, None
    return rules.intake_retention_days, rules.intake_window(intake.occurrence)[1]


def erase_expired(now=None):
    """Erase personal data of every submission kept longer than its page allows. -> count.

    A list with an end (a call's closing date, an event's start) goes all at once, that many
    days after the end; on a list without one each submission goes that many days after it
    was settled (`ended_at`).
    """
    now = now or timezone.now()
    erased = 0
    for intake in Intake.objects.filter(submissions__erased_at__isnull=True).distinct():
        days, closes = purge_dates(intake)
        if days is None:
            continue
        pending = intake.submissions.filter(erased_at__isnull=True)
        if closes is not None:
            due = list(pending) if now >= closes + timedelta(days=days) else []
        else:
            due = [s for s in pending if now >= ended_at(s) + timedelta(days=days)]
        with transaction.atomic():
            for submission in due:
                erase_submission(submission, now)
                erased += 1
    return erased
