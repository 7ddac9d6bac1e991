"""The occurrence rows behind listings and home sections: the same answers as expanding every
series in Python, kept up to date by publishing, and never wrong beyond their horizon."""

import importlib
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
import recurrence
from django.apps import apps
from django.utils import timezone
from recurrence import Recurrence, Rule

from events.models import EventOccurrence, EventPage, OccurrenceException, OccurrenceHorizon
from events.services import occurrence_index
from events.services.listing import _fetch
from events.services.occurrence_index import (
    HORIZON,
    extend_open_series,
    next_per_event,
    paged_latest_ended,
    paged_window,
    window,
)
from events.services.queries import visible_events
from tests.events.icalhelpers import STOCKHOLM

pytestmark = pytest.mark.django_db

OSLO = ZoneInfo("Europe/Oslo")


def at(days, hour=18, zone=STOCKHOLM):
    return datetime.combine(timezone.localdate() + timedelta(days=days), time(hour), zone)


@pytest.fixture
def programme_of_events(make_event):
    """Every kind of schedule the site has, around today: single, finite and open series, monthly
    by weekday, all-day, another zone, extra and excluded dates, a cancelled and a noted date."""
    weekly = make_event(
        title="Veckoträff",
        start=at(-20),
        end=at(-20, 20),
        recurrence=Recurrence(rrules=[Rule(recurrence.WEEKLY, count=12)]),
    )
    OccurrenceException.objects.create(page=weekly, date=at(1).date(), cancelled=True)
    OccurrenceException.objects.create(page=weekly, date=at(8).date(), note="Sal B")
    make_event(
        title="Öppen serie",
        start=at(-400, 9),
        end=at(-400, 11),
        recurrence=Recurrence(rrules=[Rule(recurrence.WEEKLY)]),
    )
    make_event(
        title="Första torsdagen",
        start=at(-60, 13),
        end=at(-60, 15),
        recurrence=Recurrence(rrules=[Rule(recurrence.MONTHLY, byday=[recurrence.TH(1)], count=12)]),
    )
    make_event(
        title="Festival",
        start=at(3, 0),
        end=at(5, 0),
        all_day=True,
        recurrence=Recurrence(rrules=[Rule(recurrence.DAILY, count=2)]),
    )
    make_event(title="I Trondheim", start=at(2, 19, OSLO), end=at(2, 21, OSLO), time_zone="Europe/Oslo")
    make_event(
        title="Extra datum",
        start=at(-3),
        end=at(-3, 19),
        recurrence=Recurrence(
            rrules=[Rule(recurrence.WEEKLY, count=5)],
            rdates=[at(10, 0)],
            exdates=[at(4, 0)],
        ),
    )
    make_event(title="Förra månaden", start=at(-35), end=at(-35, 20))
    make_event(title="Nästa år", start=at(300), end=at(300, 20))


def answers(monkeypatch, ask):
    """What `ask()` returns from the rows, then from expanding in Python."""
    from_rows = ask()
    monkeypatch.setattr(occurrence_index, "covered", lambda before: False)
    in_python = ask()
    monkeypatch.undo()
    return from_rows, in_python


def facts(items):
    return [(o.event.pk, o.start, o.end, o.all_day, o.cancelled, o.note) for o in items]


@pytest.mark.parametrize("days", [(-30, 0), (0, 30), (-450, 400), (25, 26), (3, 4), (5, 6)])
def test_a_window_from_the_rows_is_what_expansion_gives(monkeypatch, calendar, programme_of_events, days):
    events = visible_events(locale_id=calendar.locale_id).descendant_of(calendar)
    after, before = at(days[0], 0), at(days[1], 0)
    from_rows, in_python = answers(monkeypatch, lambda: facts(window(events, after, before, _fetch)))
    assert from_rows == in_python
    assert from_rows, "the window should hold something to compare"


def test_pages_of_a_window_are_those_of_expansion(monkeypatch, calendar, programme_of_events):
    events = visible_events(locale_id=calendar.locale_id).descendant_of(calendar)
    after, before = timezone.now(), timezone.now() + timedelta(days=550)

    def pages():
        first = paged_window(events, after, before, 1, 5, _fetch)
        second = paged_window(events, after, before, 2, 5, _fetch)
        return first.paginator.count, facts(first.object_list), facts(second.object_list)

    from_rows, in_python = answers(monkeypatch, pages)
    assert from_rows == in_python
    assert from_rows[0] > 10


def test_latest_past_dates_are_those_of_expansion(monkeypatch, calendar, programme_of_events):
    events = visible_events(locale_id=calendar.locale_id).descendant_of(calendar)

    def past():
        return facts(paged_latest_ended(events, timezone.now(), 1, 20, _fetch).object_list)

    from_rows, in_python = answers(monkeypatch, past)
    assert from_rows == in_python
    titles = [EventPage.objects.get(pk=pk).title for pk, *_ in from_rows]
    assert "Förra månaden" in titles and "Nästa år" not in titles


def test_next_dates_skip_cancelled_ones_as_expansion_does(
    monkeypatch, calendar, programme_of_events, make_event
):
    # Its next date is cancelled: the card shows the one after.
    soon = make_event(
        title="Inställd nästa gång",
        start=at(1, 8),
        end=at(1, 9),
        recurrence=Recurrence(rrules=[Rule(recurrence.DAILY, count=3)]),
    )
    OccurrenceException.objects.create(page=soon, date=at(1).date(), cancelled=True)
    events = visible_events(locale_id=calendar.locale_id).descendant_of(calendar)
    from_rows, in_python = answers(
        monkeypatch, lambda: facts(next_per_event(events, timezone.now(), 4, _fetch))
    )
    assert from_rows == in_python
    assert (soon.pk, at(2, 8)) in [(pk, start) for pk, start, *_ in from_rows]


def test_publishing_new_times_replaces_the_rows(client, calendar, make_event):
    event = make_event(title="Flyttad", start=at(5), end=at(5, 20))
    assert list(EventOccurrence.objects.filter(event=event).values_list("start", flat=True)) == [at(5)]
    revision_page = EventPage.objects.get(pk=event.pk)
    revision_page.start, revision_page.end = at(12), at(12, 20)
    revision_page.recurrence = Recurrence(rrules=[Rule(recurrence.WEEKLY, count=2)])
    revision_page.save_revision().publish()
    assert list(
        EventOccurrence.objects.filter(event=event).order_by("start").values_list("start", flat=True)
    ) == [
        at(12),
        at(19),
    ]
    listing = client.get(calendar.url).text
    assert listing.count(">Flyttad</a>") == 2


def test_a_draft_does_not_change_what_visitors_see(client, calendar, make_event):
    event = make_event(title="Utkast", start=at(5), end=at(5, 20))
    draft = EventPage.objects.get(pk=event.pk)
    draft.start, draft.end = at(40), at(40, 20)
    draft.save_revision()
    assert list(EventOccurrence.objects.filter(event=event).values_list("start", flat=True)) == [at(5)]


def test_a_translation_has_rows_of_its_own(calendar, make_event, translate):
    event = make_event(title="Båda språken", start=at(5), end=at(5, 20))
    norwegian = translate(event)
    assert EventOccurrence.objects.filter(event_id=norwegian.pk).count() == 1


def test_deleting_an_event_deletes_its_rows(calendar, make_event):
    event = make_event(
        title="Borta", start=at(5), end=at(5, 20), recurrence=Recurrence(rrules=[Rule(recurrence.WEEKLY)])
    )
    pk = event.pk
    event.delete()
    assert not EventOccurrence.objects.filter(event_id=pk).exists()
    assert not OccurrenceHorizon.objects.filter(event_id=pk).exists()


def test_an_open_series_reaches_the_horizon_and_the_daily_run_carries_it_on(calendar, make_event):
    event = make_event(
        title="Varje måndag",
        start=at(1),
        end=at(1, 20),
        recurrence=Recurrence(rrules=[Rule(recurrence.WEEKLY)]),
    )
    reach = OccurrenceHorizon.objects.get(event=event).until
    assert timezone.now() + HORIZON - timedelta(minutes=5) < reach <= timezone.now() + HORIZON
    last = EventOccurrence.objects.filter(event=event).latest("start").start
    assert reach - timedelta(weeks=1) <= last < reach
    later = timezone.now() + timedelta(days=40)
    assert extend_open_series(now=later) == 1
    assert OccurrenceHorizon.objects.get(event=event).until > reach + timedelta(days=39)
    assert EventOccurrence.objects.filter(event=event).latest("start").start > last + timedelta(days=30)


def test_beyond_the_horizon_dates_come_from_expansion(client, calendar, make_event):
    make_event(
        title="Varje tisdag",
        start=at(1),
        end=at(1, 20),
        recurrence=Recurrence(rrules=[Rule(recurrence.WEEKLY)]),
    )
    far = (timezone.now() + HORIZON + timedelta(days=400)).year
    assert not EventOccurrence.objects.filter(start__year=far).exists()
    response = client.get(calendar.url, {"view": "year", "year": far})
    assert response.status_code == 200
    assert "Varje tisdag" in response.text
    # The same when the daily run has not carried the rows on for long: still listed, from expansion.
    OccurrenceHorizon.objects.update(until=timezone.now() - timedelta(days=1))
    assert "Varje tisdag" in client.get(calendar.url).text


def test_a_cancelled_date_needs_no_new_rows(client, home_sv, calendar, make_event):
    event = make_event(
        title="Kulturfika",
        start=at(2),
        end=at(2, 20),
        recurrence=Recurrence(rrules=[Rule(recurrence.WEEKLY, count=3)]),
    )
    rows = list(EventOccurrence.objects.filter(event=event).values_list("pk", flat=True))
    OccurrenceException.objects.create(page=event, date=at(2).date(), cancelled=True)
    assert list(EventOccurrence.objects.filter(event=event).values_list("pk", flat=True)) == rows
    from events.services.sections import upcoming_cards

    cards = upcoming_cards(visible_events(locale_id=calendar.locale_id), 3)
    assert [(c.event.pk, c.start) for c in cards] == [(event.pk, at(9))]


def test_the_migration_fills_the_rows_save_would_write(calendar, make_event):
    make_event(
        title="Serie", start=at(-3), end=at(-3, 20), recurrence=Recurrence(rrules=[Rule(recurrence.WEEKLY)])
    )
    make_event(title="Heldag", start=at(4, 0), end=at(6, 0), all_day=True, time_zone="Europe/Oslo")
    saved = sorted(EventOccurrence.objects.values_list("event_id", "start", "end", "local_date"))
    EventOccurrence.objects.all().delete()
    OccurrenceHorizon.objects.all().delete()
    importlib.import_module("events.migrations.0005_fill_occurrence_index").fill(apps, None)
    assert sorted(EventOccurrence.objects.values_list("event_id", "start", "end", "local_date")) == saved
    assert OccurrenceHorizon.objects.count() == 1


def test_an_all_day_date_is_stored_as_whole_local_days(calendar, make_event):
    event = make_event(
        title="Heldag", start=at(4, 0, OSLO), end=at(5, 0, OSLO), all_day=True, time_zone="Europe/Oslo"
    )
    row = EventOccurrence.objects.get(event=event)
    assert row.start.astimezone(OSLO) == at(4, 0, OSLO)
    assert row.end.astimezone(OSLO) == at(6, 0, OSLO)
    assert row.local_date == at(4, 0, OSLO).date()


def test_the_next_dates_reach_past_a_busy_series(monkeypatch, calendar, make_event):
    # 60 daily dates come before the second event's first: the rows are read on until it appears.
    daily = make_event(
        title="Varje dag",
        start=at(1, 8),
        end=at(1, 9),
        recurrence=Recurrence(rrules=[Rule(recurrence.DAILY, count=60)]),
    )
    later = make_event(title="Senare", start=at(70), end=at(70, 20))
    events = visible_events(locale_id=calendar.locale_id).descendant_of(calendar)
    from_rows, in_python = answers(
        monkeypatch, lambda: facts(next_per_event(events, timezone.now(), 2, _fetch))
    )
    assert from_rows == in_python
    assert [pk for pk, *_ in from_rows] == [daily.pk, later.pk]


def test_the_command_rebuilds_every_event_or_carries_open_series_on(calendar, make_event):
    from io import StringIO

    from django.core.management import call_command

    event = make_event(title="Kommandot", start=at(2), end=at(2, 20))
    EventOccurrence.objects.all().delete()
    out = StringIO()
    call_command("index_occurrences", "--all", stdout=out)
    assert list(EventOccurrence.objects.filter(event=event).values_list("start", flat=True)) == [at(2)]
    assert "1 events" in out.getvalue()
    call_command("index_occurrences", stdout=out)
    assert "Carried 0 series" in out.getvalue()
