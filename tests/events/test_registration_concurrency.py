"""One date of a repeating event under real parallel load, through the real EventPage, on PostgreSQL.

The helpers are residencies' own (tests/residencies/test_concurrency.py): threads with their own
connections released at once, a sleep that widens the race, and a CONTROL run without the lock
that must oversell, which proves the test can see the race it guards against.
"""

from collections import Counter
from datetime import timedelta

import pytest
from django.db import connection

from events.models import EventPage
from events.services.occurrences import next_occurrences
from residencies import services
from residencies.models import Intake, Submission
from tests.events.conftest import person, registration
from tests.residencies.test_concurrency import THREADS, race, slow_count, without_lock  # noqa: F401 (fixtures)

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.concurrency,
    pytest.mark.usefixtures("slow_count"),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks exist on PostgreSQL only"),
]
PLACES = 3


@pytest.fixture
def series(make_event):
    import recurrence
    from recurrence import Recurrence, Rule

    from events.factories import next_week_at

    start = next_week_at()
    return make_event(
        title="Veckoträff",
        start=start,
        end=start + timedelta(hours=2),
        recurrence=Recurrence(rrules=[Rule(recurrence.WEEKLY, count=4)]),
        **registration(intake_places=PLACES),
    )


def register_all(series, occurrence):
    def work(i):
        page = EventPage.objects.get(pk=series.pk)  # each thread reads the page as a request would
        return services.submit(page, person(i), language="sv" if i % 2 else "nb", occurrence=occurrence)

    return race(THREADS, work)


def statuses(occurrence):
    return Counter(Submission.objects.filter(intake__occurrence=occurrence).values_list("status", flat=True))


def test_many_at_once_for_one_date_get_exactly_its_places_and_an_ordered_waiting_list(series):
    occurrence = next_occurrences(series, limit=2)[1].start
    results, errors = register_all(series, occurrence)
    assert errors == [None] * THREADS
    assert statuses(occurrence) == {"confirmed": PLACES, "waiting": THREADS - PLACES}
    waiting = Submission.objects.filter(status="waiting")
    assert sorted(s.waiting_position() for s in waiting) == list(range(1, THREADS - PLACES + 1))
    # One list, for that date only; the other dates are untouched.
    assert list(Intake.objects.values_list("occurrence", flat=True)) == [occurrence]
    print(f"\n[guarded] {THREADS} parallel registrations for one date: {dict(statuses(occurrence))}")


@pytest.mark.usefixtures("without_lock")
def test_control_without_the_lock_the_same_race_oversells_the_date(series):
    occurrence = next_occurrences(series, limit=2)[1].start
    register_all(series, occurrence)
    print(f"\n[CONTROL, no lock] {THREADS} parallel registrations for one date: {dict(statuses(occurrence))}")
    assert statuses(occurrence)["confirmed"] > PLACES, (
        "the race was not observed: this test could not catch it"
    )
