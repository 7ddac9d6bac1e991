"""Places under real parallel load: threads with their own PostgreSQL connections, released at once.

Each race also runs as a CONTROL with the intake lock replaced by a plain read:
that run must go wrong, which proves these tests can see the race they guard against.
A short sleep between counting and writing widens the window in both runs alike.
"""

import threading
import time
from collections import Counter

import pytest
from django.db import connection

from residencies import services
from residencies.choices import SubmissionStatus
from residencies.models import Intake, OutgoingEmail, Submission
from residencies.services import locking
from tests.residencies.conftest import person
from tests.residencies.testapp.models import SignupPage

pytestmark = [
    # serialized_rollback restores what the data migrations made (root page, locale, groups).
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.concurrency,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks exist on PostgreSQL only"),
]
THREADS = 20


def race(count, work):
    """Run work(i) in `count` threads that start together; -> (results, errors) by index."""
    barrier = threading.Barrier(count)
    results, errors = [None] * count, [None] * count

    def run(i):
        try:
            barrier.wait(timeout=30)
            results[i] = work(i)
        except Exception as error:
            errors[i] = error
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not any(thread.is_alive() for thread in threads), "a thread hung: deadlock?"
    return results, errors


@pytest.fixture
def slow_count(monkeypatch):
    """Sleep after every count of places, so racing transactions overlap for sure."""
    original = locking.count_confirmed

    def count_then_dawdle(intake):
        taken = original(intake)
        time.sleep(0.05)
        return taken

    monkeypatch.setattr(locking, "count_confirmed", count_then_dawdle)


@pytest.fixture
def without_lock(monkeypatch):
    monkeypatch.setattr(locking, "lock_intake", lambda intake_id: Intake.objects.get(pk=intake_id))


def status_counts(page):
    return Counter(
        Submission.objects.filter(intake__translation_key=page.translation_key).values_list(
            "status", flat=True
        )
    )


def test_twenty_at_once_get_exactly_three_places_and_an_ordered_waiting_list(event, slow_count):
    started = time.monotonic()
    results, errors = race(THREADS, lambda i: services.submit(event, person(i), language="sv"))
    elapsed = time.monotonic() - started
    assert errors == [None] * THREADS
    assert status_counts(event) == {"confirmed": 3, "waiting": 17}
    waiting = Submission.objects.filter(status=SubmissionStatus.WAITING)
    assert sorted(s.waiting_position() for s in waiting) == list(range(1, 18))
    assert Counter(OutgoingEmail.objects.values_list("kind", flat=True)) == {"confirmed": 3, "waiting": 17}
    assert Intake.objects.count() == 1
    print(f"\n[guarded] {THREADS} parallel submits, 3 places: {dict(status_counts(event))} in {elapsed:.2f}s")


def test_twenty_at_once_without_waiting_list_refuse_seventeen(event, slow_count):
    SignupPage.objects.filter(pk=event.pk).update(intake_waiting_list=False)
    results, errors = race(THREADS, lambda i: services.submit(event, person(i), language="sv"))
    assert status_counts(event) == {"confirmed": 3}
    assert Counter(type(e).__name__ for e in errors if e) == {"IntakeFull": 17}


def test_control_without_the_lock_the_same_race_oversells(event, slow_count, without_lock):
    results, errors = race(THREADS, lambda i: services.submit(event, person(i), language="sv"))
    confirmed = status_counts(event)["confirmed"]
    print(f"\n[CONTROL, no lock] {THREADS} parallel submits, 3 places: {dict(status_counts(event))}")
    assert confirmed > 3, "the race was not observed: this test could not catch overselling"


def test_the_same_person_posting_twenty_times_at_once_gets_one_submission(event, slow_count):
    results, errors = race(THREADS, lambda i: services.submit(event, person(1), language="sv"))
    assert Submission.objects.count() == 1
    assert Counter(type(e).__name__ for e in errors if e) == {"AlreadySubmitted": THREADS - 1}


def _fill(event, confirmed=3, waiting=4):
    return [services.submit(event, person(n), language="sv") for n in range(confirmed + waiting)]


def test_cancellations_racing_promotions_give_each_freed_place_once(event, slow_count):
    subs = _fill(event)
    OutgoingEmail.objects.all().delete()

    def work(i):
        if i < 3:
            return services.cancel(subs[i])
        return services.promote_waiting(subs[0].intake)

    results, errors = race(6, work)
    assert errors == [None] * 6
    assert status_counts(event) == {"cancelled": 3, "confirmed": 3, "waiting": 1}
    promoted = Counter(OutgoingEmail.objects.filter(kind="promoted").values_list("to", flat=True))
    assert promoted == {f"person{n}@example.com": 1 for n in (3, 4, 5)}


def test_control_cancellations_racing_promotions_without_the_lock_go_wrong(event, slow_count, without_lock):
    subs = _fill(event)
    OutgoingEmail.objects.all().delete()

    def work(i):
        if i < 3:
            return services.cancel(subs[i])
        return services.promote_waiting(subs[0].intake)

    race(6, work)
    counts = status_counts(event)
    promoted = Counter(OutgoingEmail.objects.filter(kind="promoted").values_list("to", flat=True))
    print(f"\n[CONTROL, no lock] 3 cancels racing 3 promotions: {dict(counts)}, promoted {dict(promoted)}")
    oversold = counts["confirmed"] > 3
    offered_twice = any(n > 1 for n in promoted.values())
    assert oversold or offered_twice, "the race was not observed: this test could not catch it"


def test_two_promotions_at_once_never_give_a_place_twice(event, slow_count):
    subs = _fill(event)
    OutgoingEmail.objects.all().delete()
    SignupPage.objects.filter(pk=event.pk).update(intake_places=5)
    results, errors = race(2, lambda i: services.promote_waiting(subs[0].intake))
    assert errors == [None, None]
    assert status_counts(event) == {"confirmed": 5, "waiting": 2}
    assert sorted(len(r) for r in results) == [0, 2]
    promoted = Counter(OutgoingEmail.objects.filter(kind="promoted").values_list("to", flat=True))
    assert promoted == {"person3@example.com": 1, "person4@example.com": 1}


def test_control_two_promotions_without_the_lock_promote_the_same_people_twice(
    event, slow_count, monkeypatch
):
    subs = _fill(event)
    OutgoingEmail.objects.all().delete()
    SignupPage.objects.filter(pk=event.pk).update(intake_places=5)
    monkeypatch.setattr(locking, "lock_intake", lambda intake_id: Intake.objects.get(pk=intake_id))
    results, errors = race(2, lambda i: services.promote_waiting(subs[0].intake))
    promoted = Counter(OutgoingEmail.objects.filter(kind="promoted").values_list("to", flat=True))
    print(f"\n[CONTROL, no lock] two promote_waiting at once: promotion mails {dict(promoted)}")
    assert max(promoted.values()) > 1, "the race was not observed: this test could not catch double promotion"
