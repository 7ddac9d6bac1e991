"""What staff do by hand on first-come lists: add a person, move a registration to another occurrence.

Both run under the same row locks as submit() and cancel() (services.locking), and hand
out places with the same rules; a freed place goes to the waiting list at once.
"""

from django.db import transaction
from django.utils import timezone

from residencies.choices import EmailKind, IntakePolicy, SubmissionStatus
from residencies.consent import STAFF_CONSENT_VERSION, staff_consent_text_in
from residencies.models import Intake, Submission
from residencies.services import history, locking, participation
from residencies.services.admission import (
    FIRST_COME_EMAILS,
    FIXED_FIELDS,
    _announce,
    _fill_places,
    _open_submission,
    rules_for,
)
from residencies.services.emails import queue_email
from residencies.services.errors import AlreadySubmitted, IntakeFull, NoSuchOccurrence, NotAllowed


def _check_occurrence(page, occurrence):
    if page.intake_per_occurrence:
        if occurrence is None or not page.intake_occurrence_is_valid(occurrence):
            raise NoSuchOccurrence
    elif occurrence is not None:
        raise NoSuchOccurrence


def _status_for(rules, intake, now, override):
    """A place if there is one (or staff override the limit), else the waiting list, else IntakeFull."""
    _fill_places(rules, intake, now)
    capacity = rules.intake_capacity(intake.occurrence)
    if override or capacity is None or locking.count_confirmed(intake) < capacity:
        return SubmissionStatus.CONFIRMED
    if rules.intake_waiting_list:
        return SubmissionStatus.WAITING
    raise IntakeFull


def add_by_staff(page, data, occurrence=None, language="sv", user=None, override=False, now=None):
    """Register someone on a first-come list, whatever the window says. -> the new Submission.

    The person gets the usual confirmation (or waiting-list) mail in `language`.
    override=True gives a place even when all are taken. Raises AlreadySubmitted,
    IntakeFull, NoSuchOccurrence or NotAllowed (a reviewed list).
    """
    now = now or timezone.now()
    _check_occurrence(page, occurrence)
    rules = rules_for(page)
    if rules.intake_policy != IntakePolicy.FIRST_COME:
        raise NotAllowed
    fields = {name: (data.get(name) or "").strip() for name in FIXED_FIELDS if data.get(name)}
    if not fields.get("name") or not fields.get("email"):
        raise ValueError("A submission needs a name and an e-mail address.")
    intake = Intake.for_page(rules, occurrence)
    with transaction.atomic():
        intake = locking.lock_intake(intake.pk)
        existing = _open_submission(intake, fields["email"])
        if existing:
            raise AlreadySubmitted(existing)
        status = _status_for(rules, intake, now, override)
        submission = Submission.objects.create(
            intake=intake,
            status=status,
            answers={},
            consent_text=staff_consent_text_in(language, user, timezone.localtime(now)),
            consent_version=STAFF_CONSENT_VERSION,
            language=language,
            created_at=now,
            **fields,
        )
        submission.reference = f"S63-{timezone.localtime(now).year}-{submission.pk:05d}"
        submission.save(update_fields=["reference"])
        history.record(submission, "residencies.add", user=user, status=status, override=bool(override))
        _announce(rules, submission)
    return submission


def move(submission, occurrence, user=None, override=False, now=None):
    """Move a registration to another occurrence of the same page. -> the moved Submission.

    In the new list it gets a place if one is free (or override=True), else joins the end
    of the waiting list; the place it leaves goes to the first one waiting in the old list.
    The person is told the new date in their own language.
    """
    now = now or timezone.now()
    source = submission.intake
    rules = source.rules_page()
    if rules is None or rules.intake_policy != IntakePolicy.FIRST_COME:
        raise NotAllowed
    _check_occurrence(rules, occurrence)
    if occurrence == source.occurrence:
        return submission
    target = Intake.for_page(rules, occurrence)
    with transaction.atomic():
        # Always in the same order, so two moves in opposite directions cannot deadlock.
        locked = {pk: locking.lock_intake(pk) for pk in sorted((source.pk, target.pk))}
        source, target = locked[source.pk], locked[target.pk]
        current = Submission.objects.get(pk=submission.pk)
        if current.intake_id != source.pk or current.status not in (
            SubmissionStatus.CONFIRMED,
            SubmissionStatus.WAITING,
        ):
            raise NotAllowed
        existing = _open_submission(target, current.email)
        if existing:
            raise AlreadySubmitted(existing)
        held_place = current.status == SubmissionStatus.CONFIRMED
        status = _status_for(rules, target, now, override)
        current.intake = target
        current.status = status
        update = ["intake", "status"]
        if status == SubmissionStatus.WAITING:
            # The end of the new queue: the waiting order is the arrival order.
            current.created_at = now
            update.append("created_at")
        current.save(update_fields=update)
        history.record(
            current,
            "residencies.move",
            user=user,
            status=status,
            occurrence=occurrence.isoformat(),
            previous=source.occurrence.isoformat() if source.occurrence else "",
        )
        queue_email(current, FIRST_COME_EMAILS.get(status, EmailKind.CONFIRMED))
        # Attendance belongs to the date it was marked on; staff mark it again on the new one.
        participation.forget(current)
        if held_place:
            _fill_places(rules, source, now)
    return current
