"""A reminder to everyone whose draft is still unsent when the deadline comes near. Once per draft."""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from residencies.choices import EmailKind, SubmissionStatus
from residencies.models import IntakeState, Submission
from residencies.services.emails import queue_email


def remind_drafts(within=timedelta(days=3), now=None):
    """Queue a reminder for drafts of open lists that close within `within`. -> how many."""
    now = now or timezone.now()
    drafts = Submission.objects.filter(
        status=SubmissionStatus.DRAFT, reminded_at__isnull=True
    ).select_related("intake")
    rules_by_intake = {}
    count = 0
    for draft in drafts:
        if draft.intake_id not in rules_by_intake:
            rules_by_intake[draft.intake_id] = draft.intake.rules_page()
        rules = rules_by_intake[draft.intake_id]
        if rules is None or rules.intake_state(draft.intake.occurrence, now=now) != IntakeState.OPEN:
            continue
        closes = rules.intake_window(draft.intake.occurrence)[1]
        if closes is None or closes - now > within:
            continue
        with transaction.atomic():
            claimed = Submission.objects.filter(
                pk=draft.pk, status=SubmissionStatus.DRAFT, reminded_at__isnull=True
            ).update(reminded_at=now)
            if claimed:
                queue_email(draft, EmailKind.DRAFT_REMINDER)
                count += 1
    return count
