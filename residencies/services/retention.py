"""Personal data is kept only as long as the page says: then it is erased, the statistics stay.

Counted from the list's closing time (Intake window end: the closing date, or the
occurrence's start). What stays: status, country, region, art form, language and
dates, which the programme reports to Interreg.
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


def erase_expired(now=None):
    """Erase personal data of every submission whose list closed longer ago than its page keeps. -> count."""
    now = now or timezone.now()
    erased = 0
    for intake in Intake.objects.filter(submissions__erased_at__isnull=True).distinct():
        rules = intake.rules_page()
        if rules is None:
            continue
        closes = rules.intake_window(intake.occurrence)[1]
        if closes is None or now < closes + timedelta(days=rules.intake_retention_days):
            continue
        with transaction.atomic():
            for submission in intake.submissions.filter(erased_at__isnull=True):
                erase_submission(submission, now)
                erased += 1
    return erased
