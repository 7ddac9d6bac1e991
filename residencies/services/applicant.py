"""What the applicant does after the first save, through the private link: edit, send a draft, follow up.

Like admission, each change is one transaction behind the list's lock.
"""

from django.db import transaction
from django.utils import timezone

from residencies.choices import OPEN_STATUSES, SubmissionStatus
from residencies.models import IntakeState, Submission
from residencies.services import files as file_store
from residencies.services import history, locking
from residencies.services.admission import FIXED_FIELDS, _admission_status, _announce
from residencies.services.errors import NoLongerEditable, NotAllowed, NotOpen


def send_draft(submission, data, files=(), remove=(), now=None):
    """Send a saved draft with its latest answers: from now on it is an application like any other.

    Sending twice is harmless: a submission that is no longer a draft is returned as it is.
    """
    now = now or timezone.now()
    rules = submission.intake.rules_page()
    if rules is None:
        raise NotAllowed
    with file_store.cleanup_on_failure() as written, transaction.atomic():
        intake = locking.lock_intake(submission.intake_id)
        current = Submission.objects.select_related("intake").get(pk=submission.pk)
        if current.status != SubmissionStatus.DRAFT:
            return current
        state = rules.intake_state(intake.occurrence, now=now)
        if state != IntakeState.OPEN:
            raise NotOpen(state)
        _apply_changes(rules, current, data, files, remove, written, required=True)
        current.status = _admission_status(rules, intake, now)
        # The queue runs in order of sending, not of the first save.
        current.created_at = now
        current.save()
        _announce(rules, current)
    return current


def update_submission(submission, data, files=(), remove=(), now=None):
    """The applicant changes answers or files through the private link (a draft, or before the deadline).

    Nothing about places changes here. Raises NoLongerEditable after the deadline or a decision.
    """
    now = now or timezone.now()
    rules = submission.intake.rules_page()
    with file_store.cleanup_on_failure() as written, transaction.atomic():
        locking.lock_intake(submission.intake_id)
        current = Submission.objects.select_related("intake").get(pk=submission.pk)
        if rules is None or not is_editable(current, rules, now):
            raise NoLongerEditable
        _apply_changes(
            rules, current, data, files, remove, written, required=current.status != SubmissionStatus.DRAFT
        )
        current.save()
        if current.status != SubmissionStatus.DRAFT:
            history.record(current, "residencies.edit")
    return current


def is_editable(submission, rules, now=None):
    """Drafts and undecided submissions may change while the list is open."""
    if submission.status == SubmissionStatus.DRAFT:
        editable = True
    else:
        editable = submission.status in OPEN_STATUSES and submission.decided_at is None
    return editable and rules.intake_state(submission.intake.occurrence, now=now) == IntakeState.OPEN


def _apply_changes(rules, submission, data, files, remove, written, required):
    """Fixed fields (never the e-mail), answers and files, as the applicant's form sent them."""
    for name in FIXED_FIELDS:
        if name != "email" and name in data:
            setattr(submission, name, (data.get(name) or "").strip())
    if "answers" in data:
        submission.answers = data["answers"] or {}
    removing = submission.files.filter(pk__in=list(remove or ()))
    keeping = list(submission.files.exclude(pk__in=list(remove or ())))
    files = list(files or ())
    kinds = file_store.check(rules, files, existing=keeping, required=required)
    file_store.remove(removing)
    file_store.store(submission, files, kinds, written)


def save_follow_up(submission, answers, now=None):
    """Answers to the follow-up questions, open to accepted people only."""
    now = now or timezone.now()
    rules = submission.intake.rules_page()
    if rules is None or not submission.accepted_for(rules.intake_policy):
        raise NotAllowed
    with transaction.atomic():
        current = Submission.objects.select_for_update().get(pk=submission.pk)
        current.follow_up = answers
        current.follow_up_at = now
        current.save(update_fields=["follow_up", "follow_up_at", "updated_at"])
        history.record(current, "residencies.follow_up")
    return current
