"""Who gets a place. The only code that sets a submission's status or counts places.

Each function is one transaction that first locks the list's Intake row
(locking.lock_intake), so for one list everything below happens one at a time.
"""

import logging

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import get_language

from residencies.choices import DECISIONS, OPEN_STATUSES, EmailKind, IntakePolicy, SubmissionStatus
from residencies.consent import CONSENT_VERSION, consent_text_in
from residencies.models import Intake, IntakeState, Submission
from residencies.services import files as file_store
from residencies.services import history, locking, participation
from residencies.services.emails import queue_email
from residencies.services.errors import (
    AlreadySubmitted,
    IntakeFull,
    NoSuchOccurrence,
    NotAllowed,
    NotOpen,
    PlacesFull,
)

logger = logging.getLogger(__name__)

FIXED_FIELDS = (
    "name",
    "email",
    "organisation",
    "organisation_number",
    "country",
    "region",
    "phone",
    "art_form",
    "presentation",
)
DECISION_EMAILS = {
    SubmissionStatus.CONFIRMED: EmailKind.DECISION_ACCEPTED,
    SubmissionStatus.WAITING: EmailKind.DECISION_WAITING,
    SubmissionStatus.REJECTED: EmailKind.DECISION_REJECTED,
}
FIRST_COME_EMAILS = {
    SubmissionStatus.CONFIRMED: EmailKind.CONFIRMED,
    SubmissionStatus.WAITING: EmailKind.WAITING,
}


def rules_for(page):
    """The page whose settings rule the lists of `page` (see Intake.rules_page)."""
    # Translations share the page's class: a specific page lets the lookup load its class directly.
    model = type(page) if type(page) is page.specific_class else None
    return Intake(translation_key=page.translation_key).rules_page(model) or page


def intake_availability(page, occurrence=None, now=None, rules=None):
    """The list's state for a visitor: the window's, or FULL when first come has nothing left to give."""
    rules = rules or rules_for(page)
    state = rules.intake_state(occurrence, now=now)
    if (
        state == IntakeState.OPEN
        and rules.intake_policy == IntakePolicy.FIRST_COME
        and not rules.intake_waiting_list
        and places_left(page, occurrence, rules=rules) == 0
    ):
        return IntakeState.FULL
    return state


def submit(owner_page, data, files=(), language=None, occurrence=None, now=None, draft=False, rules=None):
    """Register or apply (or, with draft=True, save a draft that holds no place). -> the new Submission.

    `data` holds the fixed fields (name and email at least) and `answers`
    ({question key: value}); `files` are uploaded files (with `.slot` for a requested
    attachment). Raises NotOpen, NoSuchOccurrence, IntakeFull, MissingAttachment or
    AlreadySubmitted (with `.existing`; a forgotten draft gets its link again).
    `rules` is rules_for(owner_page), when the caller has it already.
    """
    language = language or get_language()
    now = now or timezone.now()
    if occurrence is None and owner_page.intake_per_occurrence:
        raise NoSuchOccurrence
    if occurrence is not None and not (
        owner_page.intake_per_occurrence and owner_page.intake_occurrence_is_valid(occurrence)
    ):
        raise NoSuchOccurrence
    rules = rules or rules_for(owner_page)
    state = rules.intake_state(occurrence, now=now)
    if state != IntakeState.OPEN:
        raise NotOpen(state)
    files = list(files or ())
    kinds = file_store.check(owner_page, files, required=not draft)
    fields = {name: (data.get(name) or "").strip() for name in FIXED_FIELDS if data.get(name)}
    email = fields.get("email", "")
    if not fields.get("name") or not email:
        raise ValueError("A submission needs a name and an e-mail address.")

    intake = Intake.for_page(rules, occurrence)
    try:
        return _create(rules, intake, fields, data, files, kinds, language, now, draft)
    except AlreadySubmitted as refused:
        if refused.existing is not None and refused.existing.status == SubmissionStatus.DRAFT:
            # Whoever owns the address gets the link to their draft again; nobody else sees it.
            with transaction.atomic():
                queue_email(refused.existing, EmailKind.DRAFT_SAVED)
        raise


def _create(rules, intake, fields, data, files, kinds, language, now, draft):
    email = fields["email"]
    with file_store.cleanup_on_failure() as written, transaction.atomic():
        intake = locking.lock_intake(intake.pk)
        existing = _open_submission(intake, email)
        if existing:
            raise AlreadySubmitted(existing)
        status = SubmissionStatus.DRAFT if draft else _admission_status(rules, intake, now)
        try:
            with transaction.atomic():
                submission = Submission.objects.create(
                    intake=intake,
                    status=status,
                    answers=data.get("answers") or {},
                    consent_text=consent_text_in(language),
                    consent_version=CONSENT_VERSION,
                    language=language,
                    created_at=now,
                    **fields,
                )
        except IntegrityError:
            # Only reachable without the lock (SQLite): the constraint still holds.
            raise AlreadySubmitted(_open_submission(intake, email)) from None
        submission.reference = f"S63-{timezone.localtime(now).year}-{submission.pk:05d}"
        submission.save(update_fields=["reference"])
        file_store.store(submission, files, kinds, written)
        if draft:
            queue_email(submission, EmailKind.DRAFT_SAVED)
            history.record(submission, "residencies.draft")
        else:
            _announce(rules, submission)
    return submission


def cancel(submission, now=None, user=None):
    """Cancel (first come) or withdraw (reviewed). Idempotent.

    A confirmed first-come place that frees up goes to the first on the waiting
    list, in the same transaction, so it is handed out exactly once.
    """
    now = now or timezone.now()
    with transaction.atomic():
        intake = locking.lock_intake(submission.intake_id)
        current = Submission.objects.get(pk=submission.pk)
        if current.status == SubmissionStatus.CANCELLED:
            return current
        if current.status not in (*OPEN_STATUSES, SubmissionStatus.DRAFT):
            raise NotAllowed
        was_draft = current.status == SubmissionStatus.DRAFT
        held_place = current.status == SubmissionStatus.CONFIRMED
        current.status = SubmissionStatus.CANCELLED
        current.cancelled_at = now
        current.save(update_fields=["status", "cancelled_at"])
        if not was_draft:  # a discarded draft was never news to anyone
            queue_email(current, EmailKind.CANCELLED)
        history.record(current, "residencies.cancel", user=user)
        participation.withdrawn(current)
        rules = intake.rules_page()
        if held_place and rules is not None and rules.intake_policy == IntakePolicy.FIRST_COME:
            _fill_places(rules, intake, now)
    return current


def promote_waiting(intake, now=None):
    """Give free first-come places to the waiting list, in order. -> the promoted submissions."""
    now = now or timezone.now()
    with transaction.atomic():
        intake = locking.lock_intake(intake.pk)
        rules = intake.rules_page()
        if rules is None or rules.intake_policy != IntakePolicy.FIRST_COME:
            return []
        return _fill_places(rules, intake, now)


def decide(submission, decision, user=None, override=False, now=None):
    """A reviewer's decision on an application; told to the applicant by release_decisions().

    Accepting beyond the places raises PlacesFull unless override=True.
    """
    if decision not in DECISIONS:
        raise ValueError(f"Not a decision: {decision!r}")
    now = now or timezone.now()
    with transaction.atomic():
        intake = locking.lock_intake(submission.intake_id)
        rules = intake.rules_page()
        if rules is None or rules.intake_policy != IntakePolicy.REVIEWED:
            raise NotAllowed
        current = Submission.objects.get(pk=submission.pk)
        if current.status in (SubmissionStatus.CANCELLED, SubmissionStatus.DRAFT):
            raise NotAllowed
        if current.status == decision:
            return current
        capacity = rules.intake_capacity(intake.occurrence)
        if (
            decision == SubmissionStatus.CONFIRMED
            and capacity is not None
            and locking.count_confirmed(intake) >= capacity
            and not override
        ):
            raise PlacesFull
        current.status = decision
        current.decided_at = now
        current.decided_by = user
        # A changed decision is news again, even if an earlier one was already sent.
        current.decision_released_at = None
        current.save(update_fields=["status", "decided_at", "decided_by", "decision_released_at"])
        history.record(current, "residencies.decide", user=user, status=decision, override=bool(override))
    logger.info("Submission %s: %s by %s", current.reference, decision, user)
    return current


def release_decisions(intake, user=None, now=None):
    """Tell every applicant with an unsent decision, each in their own language. -> how many."""
    now = now or timezone.now()
    with transaction.atomic():
        intake = locking.lock_intake(intake.pk)
        pending = Submission.objects.filter(
            intake=intake, status__in=DECISIONS, decided_at__isnull=False, decision_released_at__isnull=True
        ).select_related("intake")
        rules = intake.rules_page()
        count = 0
        for submission in pending:
            queue_email(submission, DECISION_EMAILS[submission.status])
            submission.decision_released_at = now
            submission.save(update_fields=["decision_released_at"])
            history.record(submission, "residencies.release", user=user, count=1, status=submission.status)
            # The report to the funders counts released acceptances (services.participation).
            participation.decision_released(submission, rules, user=user, now=now)
            if rules is not None:
                # The page type's follow-on work (a draft profile for an accepted request to join).
                rules.intake_decision_released(submission)
            count += 1
        if count:
            history.record(intake, "residencies.release", user=user, count=count)
    logger.info("Released %s decisions for %s by %s", count, intake, user)
    return count


def places_left(target, occurrence=None, rules=None):
    """Free places on a list (an Intake, or a page and optional occurrence); None means no limit.

    For display only: the real check happens under the lock in submit().
    """
    if isinstance(target, Intake):
        intake, rules = target, rules or target.rules_page()
    else:
        rules = rules or rules_for(target)
        # The list found below is this occurrence's: a list without a limit needs no lookup.
        if rules is None or rules.intake_capacity(occurrence) is None:
            return None
        intake = Intake.objects.filter(translation_key=target.translation_key, occurrence=occurrence).first()
    capacity = rules.intake_capacity(intake.occurrence if intake else occurrence) if rules else None
    if capacity is None:
        return None
    taken = locking.count_confirmed(intake) if intake and intake.pk else 0
    return max(0, capacity - taken)


def waiting_count(intake):
    return Submission.objects.filter(intake=intake, status=SubmissionStatus.WAITING).count()


# --- Inside the lock ---------------------------------------------------------------


def _open_submission(intake, email):
    return (
        Submission.objects.filter(intake=intake, email__iexact=email)
        .exclude(status=SubmissionStatus.CANCELLED)
        .first()
    )


def _admission_status(rules, intake, now):
    if rules.intake_policy == IntakePolicy.REVIEWED:
        return SubmissionStatus.RECEIVED
    # Places freed since the last promotion go to those already waiting, not to a newcomer.
    _fill_places(rules, intake, now)
    capacity = rules.intake_capacity(intake.occurrence)
    if capacity is None or locking.count_confirmed(intake) < capacity:
        return SubmissionStatus.CONFIRMED
    if rules.intake_waiting_list:
        return SubmissionStatus.WAITING
    raise IntakeFull


def _fill_places(rules, intake, now):
    if not rules.intake_promotes(intake.occurrence, now):
        return []
    waiting = Submission.objects.filter(intake=intake, status=SubmissionStatus.WAITING).order_by(
        "created_at", "pk"
    )
    capacity = rules.intake_capacity(intake.occurrence)
    if capacity is not None:
        free = capacity - locking.count_confirmed(intake)
        if free <= 0:
            return []
        waiting = waiting[:free]
    promoted = list(waiting)
    for submission in promoted:
        submission.status = SubmissionStatus.CONFIRMED
        submission.save(update_fields=["status"])
        queue_email(submission, EmailKind.PROMOTED)
        history.record(submission, "residencies.promote")
    return promoted


def _announce(rules, submission):
    """The mails and the history entry of a freshly sent submission."""
    queue_email(submission, FIRST_COME_EMAILS.get(submission.status, EmailKind.RECEIVED), rules=rules)
    notify = rules.intake_notify_address()
    if notify:
        # In the organiser's language (the rules page's), not the applicant's.
        queue_email(
            submission,
            EmailKind.ORGANISER,
            to=notify,
            reply_to=submission.email,
            language=rules.locale.language_code,
            rules=rules,
        )
    history.record(submission, "residencies.submit", status=submission.status)
