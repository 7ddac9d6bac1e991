"""Who took part: recorded when it happens, so the report to the funders survives erasure.

A person takes part in a list whose page counts (`intake_counts_participation`):
- on a reviewed list (a call) when an acceptance is released to them; a changed decision
  released later, or a withdrawal, takes it back;
- on a first-come list (an event date, a first-come study trip) when staff mark them as
  attended; unmarking takes it back. A first-come place is a registration, not a
  decision: only being there counts.

Pseudonymous keys, not names: each Participation row holds a keyed HMAC-SHA256 (Django's
salted_hmac, keyed with PARTICIPATION_KEY_SECRET, or SECRET_KEY when that is not set) of the
normalised e-mail address and one of the
organisation (its normalised name, else its number; a person who names none counts as a
business of their own, a sole trader). The same person or organisation gives the same
key in every list, so distinct counts stay right after the retention purge has erased
names and addresses from the submissions; without the key nobody can go back from a row
to a person. This is pseudonymisation, not anonymisation: whoever holds the secret and a
known address can test whether it took part. Changing the secret splits the counts (old and
new keys differ), which is why it can be kept apart from SECRET_KEY: a site that sets
PARTICIPATION_KEY_SECRET can rotate SECRET_KEY (after a leak, say) and keep its counts.
"""

import re
import unicodedata

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.crypto import salted_hmac
from wagtail.models import Page

from home.choices import Region
from residencies.choices import IntakePolicy, SubmissionStatus
from residencies.models import Participation, ParticipationKind, Submission
from residencies.services import history, locking
from residencies.services.errors import NotAllowed

KEY_SALT = "residencies.participation"
# Legal-form words that do not tell two organisations apart ("Teater Nord AB" = "Teater Nord").
LEGAL_FORMS = {"ab", "hb", "kb", "ek", "för", "as", "asa", "ans", "da", "enk", "ba", "sa", "nuf"}


# --- Keys ---------------------------------------------------------------------------


def _key(kind, value):
    # Unset, it is SECRET_KEY, as before the setting existed: rows already written keep matching.
    secret = settings.PARTICIPATION_KEY_SECRET or settings.SECRET_KEY
    return salted_hmac(f"{KEY_SALT}.{kind}", value, secret=secret, algorithm="sha256").hexdigest()


def normalise_email(email):
    return (email or "").strip().casefold()


def normalise_organisation(name):
    words = re.findall(r"\w+", unicodedata.normalize("NFKC", name or "").casefold())
    while len(words) > 1 and words[-1] in LEGAL_FORMS:
        words.pop()
    return " ".join(words)


def person_key(email):
    return _key("person", normalise_email(email))


def organisation_key(name, number, email):
    """(key, named). The name comes first: events ask only for the name, calls for both."""
    normal = normalise_organisation(name)
    if normal:
        return _key("organisation", normal), True
    digits = re.sub(r"\D", "", number or "")
    if digits:
        return _key("organisation-number", digits), True
    return _key("sole-trader", normalise_email(email)), False


# --- Recording ------------------------------------------------------------------------


def record(submission, kind, rules, user=None, now=None):
    """Create or refresh the Participation of `submission`. -> the row."""
    if submission.erased_at is not None:
        raise NotAllowed  # the address is gone: no key could be made from it
    now = now or timezone.now()
    intake = submission.intake
    when = now if kind == ParticipationKind.ACCEPTED else intake.occurrence or getattr(rules, "start", None)
    org_key, named = organisation_key(
        submission.organisation, submission.organisation_number, submission.email
    )
    participation, _created = Participation.objects.update_or_create(
        submission=submission,
        defaults={
            "intake": intake,
            "kind": kind,
            "activity_key": _activity_key(rules),
            "country": submission.country,
            "region": _region(submission, rules),
            "month": timezone.localtime(when or now).date().replace(day=1),
            "person_key": person_key(submission.email),
            "organisation_key": org_key,
            "organisation_named": named,
            "recorded_at": now,
            "recorded_by": user,
        },
    )
    return participation


def forget(submission, kind=None):
    """Remove the Participation of `submission` (only of `kind`, if given). -> whether one went."""
    rows = Participation.objects.filter(submission=submission)
    if kind is not None:
        rows = rows.filter(kind=kind)
    deleted, _ = rows.delete()
    return bool(deleted)


def _activity_key(rules):
    activity_id = getattr(rules, "activity_id", None)
    if not activity_id:
        return None
    return Page.objects.filter(pk=activity_id).values_list("translation_key", flat=True).first()


def _region(submission, rules):
    """The person's own region; else where the activity takes place (events do not ask)."""
    if submission.region:
        return submission.region
    region = getattr(rules, "effective_region", None) or getattr(rules, "region", "")
    return region if region in Region.values else ""


# --- Called by the admission services ---------------------------------------------------


def decision_released(submission, rules, user=None, now=None):
    """Inside release_decisions(): a released acceptance counts, any other released decision does not."""
    if rules is None or not rules.intake_counts_participation or submission.erased_at is not None:
        return
    if submission.status == SubmissionStatus.CONFIRMED:
        record(submission, ParticipationKind.ACCEPTED, rules, user=user, now=now)
    else:
        forget(submission)


def withdrawn(submission):
    """Inside cancel(): an applicant who withdraws after acceptance did not take part.

    Attendance stays: it is what staff saw, and only they take it back.
    """
    forget(submission, ParticipationKind.ACCEPTED)


# --- Attendance ----------------------------------------------------------------------------


def counts_attendance(rules):
    return (
        rules is not None
        and rules.intake_counts_participation
        and rules.intake_policy == IntakePolicy.FIRST_COME
    )


def attended_ids(intake):
    return set(
        Participation.objects.filter(intake=intake, kind=ParticipationKind.ATTENDED).values_list(
            "submission_id", flat=True
        )
    )


def set_attendance(intake, attended, user=None, now=None):
    """Make exactly `attended` (submission ids) the people marked as attended on this list.

    Only confirmed, unerased registrations can be marked; anyone marked and not in
    `attended` is unmarked. Each change goes to the submission's history. -> (marked, unmarked).
    """
    now = now or timezone.now()
    attended = {int(pk) for pk in attended}
    with transaction.atomic():
        intake = locking.lock_intake(intake.pk)
        rules = intake.rules_page()
        if not counts_attendance(rules):
            raise NotAllowed
        current = attended_ids(intake)
        to_mark = Submission.objects.filter(
            intake=intake,
            pk__in=attended - current,
            status=SubmissionStatus.CONFIRMED,
            erased_at__isnull=True,
        ).select_related("intake")
        marked = []
        for submission in to_mark:
            record(submission, ParticipationKind.ATTENDED, rules, user=user, now=now)
            history.record(submission, "residencies.attend", user=user)
            marked.append(submission)
        unmarked = list(Submission.objects.filter(intake=intake, pk__in=current - attended))
        for submission in unmarked:
            forget(submission, ParticipationKind.ATTENDED)
            history.record(submission, "residencies.unattend", user=user)
    return marked, unmarked
