"""The admission rules, one transaction each (concurrency is in test_concurrency.py)."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from residencies import services
from residencies.choices import SubmissionStatus
from residencies.models import Intake, IntakeState, OutgoingEmail, Submission
from tests.residencies.conftest import person

pytestmark = pytest.mark.django_db
STOCKHOLM = ZoneInfo("Europe/Stockholm")


def statuses(intake_or_page):
    key = intake_or_page.translation_key
    return list(
        Submission.objects.filter(intake__translation_key=key).order_by("pk").values_list("status", flat=True)
    )


def test_first_come_gives_the_places_then_the_waiting_list_in_arrival_order(event):
    subs = [services.submit(event, person(n), language="sv") for n in range(5)]
    assert statuses(event) == ["confirmed"] * 3 + ["waiting"] * 2
    assert [s.waiting_position() for s in subs] == [None, None, None, 1, 2]
    assert services.places_left(event) == 0


def test_reference_number_is_readable_and_unique(event):
    a = services.submit(event, person(1), language="sv")
    b = services.submit(event, person(2), language="sv")
    year = timezone.localtime().year
    assert a.reference == f"S63-{year}-{a.pk:05d}"
    assert a.reference != b.reference


def test_without_waiting_list_a_full_intake_refuses(event):
    event.intake_waiting_list = False
    event.save_revision().publish()
    for n in range(3):
        services.submit(event, person(n), language="sv")
    with pytest.raises(services.IntakeFull):
        services.submit(event, person(9), language="sv")
    assert Submission.objects.count() == 3


def test_same_email_twice_keeps_one_record_and_says_so(event):
    first = services.submit(event, person(1), language="sv")
    with pytest.raises(services.AlreadySubmitted) as refused:
        services.submit(event, person(1, email="PERSON1@example.com"), language="nb")
    assert refused.value.existing == first
    assert Submission.objects.count() == 1


def test_after_cancelling_the_same_email_may_register_again(event):
    first = services.submit(event, person(1), language="sv")
    services.cancel(first)
    again = services.submit(event, person(1), language="sv")
    assert again.pk != first.pk and again.status == SubmissionStatus.CONFIRMED


def test_cancelling_a_place_promotes_the_first_waiting_exactly_once(event):
    subs = [services.submit(event, person(n), language="sv") for n in range(5)]
    services.cancel(subs[0])
    services.cancel(subs[0])  # a second click changes nothing
    assert statuses(event) == ["cancelled", "confirmed", "confirmed", "confirmed", "waiting"]
    promoted = OutgoingEmail.objects.filter(kind="promoted")
    assert [m.to for m in promoted] == ["person3@example.com"]
    subs[4].refresh_from_db()
    assert subs[4].waiting_position() == 1


def test_cancelling_a_waiting_place_promotes_nobody(event):
    subs = [services.submit(event, person(n), language="sv") for n in range(5)]
    services.cancel(subs[3])
    assert statuses(event) == ["confirmed"] * 3 + ["cancelled", "waiting"]
    assert not OutgoingEmail.objects.filter(kind="promoted").exists()


def test_publishing_more_places_promotes_the_waiting_list(event):
    for n in range(5):
        services.submit(event, person(n), language="sv")
    event.intake_places = 4
    event.save_revision().publish()
    assert statuses(event) == ["confirmed"] * 4 + ["waiting"]
    assert OutgoingEmail.objects.filter(kind="promoted").count() == 1


def test_a_newcomer_does_not_jump_the_waiting_list_when_a_place_frees(event):
    subs = [services.submit(event, person(n), language="sv") for n in range(4)]
    # A place freed without promotion (e.g. staff raised places in the database directly).
    Submission.objects.filter(pk=subs[0].pk).update(status="cancelled")
    newcomer = services.submit(event, person(9), language="sv")
    subs[3].refresh_from_db()
    assert subs[3].status == SubmissionStatus.CONFIRMED
    assert newcomer.status == SubmissionStatus.WAITING


def test_unlimited_places_confirm_everyone(event):
    event.intake_places = None
    event.save_revision().publish()
    for n in range(10):
        services.submit(event, person(n), language="sv")
    assert set(statuses(event)) == {"confirmed"}
    assert services.places_left(event) is None


def test_sv_and_nb_pages_share_one_list(event, event_nb):
    services.submit(event, person(1), language="sv")
    services.submit(event_nb, person(2), language="nb")
    assert Intake.objects.count() == 1
    assert services.places_left(event) == services.places_left(event_nb) == 1


def test_the_source_page_rules_even_if_a_translation_is_stale(event, event_nb):
    # The Norwegian copy still says 3 places; the Swedish source now says 1.
    event.intake_places = 1
    event.save_revision().publish()
    type(event_nb).objects.filter(pk=event_nb.pk).update(intake_places=3)
    services.submit(event_nb, person(1), language="nb")
    second = services.submit(event_nb, person(2), language="nb")
    assert second.status == SubmissionStatus.WAITING


# --- Window ---------------------------------------------------------------------


def test_before_opening_and_after_closing_submit_refuses(event):
    now = timezone.now()
    event.intake_opens_at = now + timedelta(days=1)
    event.intake_closes_at = now + timedelta(days=2)
    event.save_revision().publish()
    with pytest.raises(services.NotOpen) as early:
        services.submit(event, person(1), language="sv")
    assert early.value.state == IntakeState.NOT_YET_OPEN
    with pytest.raises(services.NotOpen) as late:
        services.submit(event, person(1), language="sv", now=now + timedelta(days=3))
    assert late.value.state == IntakeState.CLOSED
    assert services.submit(event, person(1), language="sv", now=now + timedelta(days=1, hours=1))


def test_closing_time_is_swedish_and_norwegian_local_time_across_the_clock_change(event):
    # 29 March 2026 is the switch to summer time: 23:59 local is 21:59 UTC, not 22:59.
    event.intake_closes_at = datetime(2026, 3, 29, 23, 59, tzinfo=STOCKHOLM)
    event.save_revision().publish()
    event.refresh_from_db()
    assert event.intake_closes_at == datetime(2026, 3, 29, 21, 59, tzinfo=ZoneInfo("UTC"))
    oslo = ZoneInfo("Europe/Oslo")
    assert event.intake_state(now=datetime(2026, 3, 29, 23, 58, tzinfo=oslo)) == IntakeState.OPEN
    assert event.intake_state(now=datetime(2026, 3, 29, 23, 59, tzinfo=oslo)) == IntakeState.CLOSED
    # Reading 23:59 as winter time (UTC+1) would still be open half an hour after midnight.
    assert event.intake_state(now=datetime(2026, 3, 30, 0, 30, tzinfo=oslo)) == IntakeState.CLOSED


def test_a_page_without_registration_takes_nothing(event):
    event.intake_policy = "none"
    event.save_revision().publish()
    with pytest.raises(services.NotOpen):
        services.submit(event, person(1), language="sv")


# --- Occurrences ------------------------------------------------------------------


def test_each_occurrence_has_its_own_list_and_closes_when_it_starts(recurring):
    monday = datetime(2030, 3, 4, 18, 0, tzinfo=STOCKHOLM)
    next_monday = monday + timedelta(days=7)
    for n in range(3):
        services.submit(recurring, person(n), language="sv", occurrence=monday)
    other = services.submit(recurring, person(0), language="sv", occurrence=next_monday)
    assert statuses(recurring) == ["confirmed", "confirmed", "waiting", "confirmed"]
    assert other.intake.occurrence == next_monday
    assert services.places_left(recurring, monday) == 0
    assert services.places_left(recurring, next_monday) == 1
    with pytest.raises(services.NotOpen):
        services.submit(recurring, person(5), language="sv", occurrence=monday, now=monday)


def test_an_occurrence_the_page_does_not_have_is_refused(recurring):
    tuesday = datetime(2030, 3, 5, 18, 0, tzinfo=STOCKHOLM)
    with pytest.raises(services.NoSuchOccurrence):
        services.submit(recurring, person(1), language="sv", occurrence=tuesday)
    with pytest.raises(services.NoSuchOccurrence):
        services.submit(recurring, person(1), language="sv")


# --- Reviewed -----------------------------------------------------------------------


def test_reviewed_applications_are_received_and_decided_without_exceeding_places(call, superuser):
    apps = [services.submit(call, person(n), language="sv") for n in range(3)]
    assert statuses(call) == ["received"] * 3
    services.decide(apps[0], "confirmed", superuser)
    services.decide(apps[1], "confirmed", superuser)
    with pytest.raises(services.PlacesFull):
        services.decide(apps[2], "confirmed", superuser)
    services.decide(apps[2], "confirmed", superuser, override=True)
    assert statuses(call) == ["confirmed"] * 3
    apps[0].refresh_from_db()
    assert apps[0].decided_by == superuser and apps[0].decided_at


def test_decide_is_only_for_reviewed_lists_and_open_submissions(event, call):
    registration = services.submit(event, person(1), language="sv")
    with pytest.raises(services.NotAllowed):
        services.decide(registration, "rejected")
    application = services.submit(call, person(1), language="sv")
    services.cancel(application)
    with pytest.raises(services.NotAllowed):
        services.decide(application, "confirmed")
    with pytest.raises(ValueError):
        services.decide(application, "cancelled")


def test_a_decision_stays_hidden_until_released(call):
    application = services.submit(call, person(1), language="sv")
    services.decide(application, "rejected")
    application.refresh_from_db()
    assert application.public_status("reviewed") == "received"
    services.release_decisions(application.intake)
    application.refresh_from_db()
    assert application.public_status("reviewed") == "rejected"


def test_release_sends_each_decision_once_in_the_applicants_language(call, call_nb):
    sv = services.submit(call, person(1), language="sv")
    nb = services.submit(call_nb, person(2), language="nb")
    undecided = services.submit(call, person(3), language="sv")
    services.decide(sv, "confirmed")
    services.decide(nb, "rejected")
    OutgoingEmail.objects.all().delete()
    with timezone.override("UTC"):
        assert services.release_decisions(sv.intake) == 2
    assert services.release_decisions(sv.intake) == 0
    mails = {m.to: m for m in OutgoingEmail.objects.all()}
    assert set(mails) == {sv.email, nb.email}
    assert mails[sv.email].kind == "decision_confirmed" and mails[sv.email].language == "sv"
    assert mails[nb.email].kind == "decision_rejected" and mails[nb.email].language == "nb"
    assert "Residens i Trondheim" in mails[nb.email].subject
    assert undecided.email not in mails


def test_a_changed_decision_is_released_again(call):
    application = services.submit(call, person(1), language="sv")
    services.decide(application, "waiting")
    services.release_decisions(application.intake)
    services.decide(application, "confirmed")
    assert services.release_decisions(application.intake) == 1
    kinds = list(OutgoingEmail.objects.filter(to=application.email).values_list("kind", flat=True))
    assert sorted(kinds) == ["decision_confirmed", "decision_waiting", "received"]
