"""The occurrence rows (events.models.EventOccurrence): kept up to date, and read.

Writing: `index_events` replaces events' rows from their schedules. EventPage.save() calls it
on every full save (a publish, a new page, a translation's copy); bulk inserts call it
themselves; the daily `index_occurrences` command carries series without end further ahead.

Reading: listings and sections ask for a window of dates, a page of it, each event's latest
past date or each event's next date. In SQL that is one or two queries whatever the number of
events, where expanding every series in Python (events.services.occurrences) cost a second
for 500 events. A window beyond the rows' horizon (the daily run missed for months, or a year
view far ahead) is expanded in Python as before: slower, never wrong.
"""

from datetime import timedelta

from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Exists, Min, OuterRef, Subquery
from django.utils import timezone

from events.models import EventOccurrence, EventPage, OccurrenceException, OccurrenceHorizon
from events.services.occurrences import _make, _ruleset, expand, next_occurrences, occurrences, schedule
from events.services.queries import not_finished_q

# How far ahead a series without end is kept as rows. The listing looks 550 days ahead and its
# month menu 19 months, so a daily run keeps every default view in SQL with room to spare.
HORIZON = timedelta(days=3 * 365)
# Per event. A daily series begun decades ago stops here; its horizon then says how far it got.
MAX_ROWS = 5000
# The next date of any series lies within this, unless it repeats less often than yearly.
NEXT_REACH = timedelta(days=550)


# --- Writing -------------------------------------------------------------------------------


def rows_for(event, until):
    """(start, end, local date) of each occurrence from the first up to `until` for a series
    without end, and how far they reach: None when they are complete.

    `event` needs only start, end, all_day, time_zone/zone, recurrence and pk, so the migration
    that first filled the table could pass its historical rows.
    """
    for name in ("_schedule_cache", "_ruleset_cache"):  # the schedule may have just changed
        event.__dict__.pop(name, None)
    sched = schedule(event)
    starts = [sched.dtstart] if not sched.is_recurring else _ruleset(event)
    rows, reach = [], None
    for start in starts:
        if not sched.is_finite and start >= until:
            reach = until
            break
        if len(rows) >= MAX_ROWS:
            reach = rows[-1][0]
            break
        occurrence = _make(event, start, sched, {})
        rows.append((occurrence.start, occurrence.end, occurrence.start.date()))
    return rows, reach


def index_events(events, now=None):
    """Replace the rows of `events` (saved EventPages) from their schedules."""
    until = (now or timezone.now()) + HORIZON
    events = list(events)
    rows, horizons = [], []
    for event in events:
        event_rows, reach = rows_for(event, until)
        rows.extend(
            EventOccurrence(event_id=event.pk, start=start, end=end, local_date=day)
            for start, end, day in event_rows
        )
        if reach is not None:
            horizons.append(OccurrenceHorizon(event_id=event.pk, until=reach))
    ids = [event.pk for event in events]
    with transaction.atomic():
        EventOccurrence.objects.filter(event_id__in=ids).delete()
        OccurrenceHorizon.objects.filter(event_id__in=ids).delete()
        EventOccurrence.objects.bulk_create(rows, batch_size=2000)
        OccurrenceHorizon.objects.bulk_create(horizons)


def index_in_batches(ids, now=None, batch=200):
    """`index_events` for many events, a few hundred in memory at a time."""
    ids = list(ids)
    for offset in range(0, len(ids), batch):
        index_events(EventPage.objects.filter(pk__in=ids[offset : offset + batch]), now=now)
    return len(ids)


def extend_open_series(now=None):
    """Carry every series without end to today's horizon; the daily `index_occurrences` job."""
    now = now or timezone.now()
    stale = OccurrenceHorizon.objects.filter(until__lt=now + HORIZON - timedelta(days=1))
    return index_in_batches(stale.values_list("event_id", flat=True), now=now)


# --- Reading -------------------------------------------------------------------------------


def horizon():
    """Up to when every event's rows are complete; None when every event's rows are."""
    return OccurrenceHorizon.objects.aggregate(until=Min("until"))["until"]


def covered(before):
    """True when the rows hold every occurrence that starts before `before`."""
    reach = horizon()
    return reach is None or before <= reach


def _occurrences(pairs, load):
    """Occurrences for (event id, start) pairs, in their order; `load` fetches the events."""
    pairs = list(pairs)
    if not pairs:
        return []
    events = {event.pk: event for event in load(EventPage.objects.filter(pk__in={pk for pk, _ in pairs}))}
    result = []
    for pk, start in pairs:
        event = events[pk]
        sched = schedule(event)
        result.append(_make(event, start.astimezone(event.zone), sched, event.exceptions_by_date))
    return result


def _rows(queryset, after, before):
    """Rows of the events in `queryset` that overlap [after, before)."""
    return EventOccurrence.objects.filter(event__in=queryset.values("pk"), end__gt=after, start__lt=before)


def _expanded(queryset, after, before, load):
    return expand(load(queryset.filter(not_finished_q(after), start__lt=before)), after, before)


def window(queryset, after, before, load):
    """Every occurrence of the events in `queryset` overlapping [after, before), by start."""
    if not covered(before):
        return _expanded(queryset, after, before, load)
    rows = _rows(queryset, after, before).order_by("start", "event_id").values_list("event_id", "start")
    return _occurrences(rows, load)


def paged_window(queryset, after, before, page_number, per_page, load):
    """One page of `window`: a count and one page of rows in SQL, then only that page's events."""
    if not covered(before):
        return Paginator(_expanded(queryset, after, before, load), per_page).get_page(page_number)
    rows = _rows(queryset, after, before).order_by("start", "event_id").values_list("event_id", "start")
    page_obj = Paginator(rows, per_page).get_page(page_number)
    page_obj.object_list = _occurrences(page_obj.object_list, load)
    return page_obj


def paged_latest_ended(queryset, now, page_number, per_page, load):
    """Each event's latest occurrence that has ended by `now`, the most recent first, paged."""
    if not covered(now):
        items = []
        for event in load(queryset.filter(start__lt=now)):
            past = [o for o in occurrences(event, before=now) if o.end <= now]
            if past:
                items.append(past[-1])
        items.sort(key=lambda o: o.sort_key, reverse=True)
        return Paginator(items, per_page).get_page(page_number)
    latest = (
        EventOccurrence.objects.filter(event=OuterRef("pk"), end__lte=now)
        .order_by("-start")
        .values("start")[:1]
    )
    pairs = (
        queryset.filter(start__lt=now)
        .annotate(latest_start=Subquery(latest))
        .filter(latest_start__isnull=False)
        .order_by("-latest_start", "-pk")
        .values_list("pk", "latest_start")
    )
    page_obj = Paginator(pairs, per_page).get_page(page_number)
    page_obj.object_list = _occurrences(page_obj.object_list, load)
    return page_obj


def next_per_event(queryset, now, limit, load):
    """The next date not cancelled of each of the `limit` events that come soonest."""
    if not covered(now + NEXT_REACH):
        cards = []
        for event in load(queryset.filter(not_finished_q(now))):
            upcoming = [o for o in next_occurrences(event, now, limit=10) if not o.cancelled]
            if upcoming:
                cards.append(upcoming[0])
        cards.sort(key=lambda o: o.sort_key)
        return cards[:limit]
    cancelled = OccurrenceException.objects.filter(
        page_id=OuterRef("event_id"), date=OuterRef("local_date"), cancelled=True
    )
    # Dates in order, taking each event's first: the soonest events show up in the first few
    # rows, so this reads a chunk or two of the index instead of a subquery per event.
    rows = (
        _rows(queryset, now, now + NEXT_REACH)
        .exclude(Exists(cancelled))
        .order_by("start", "event_id")
        .values_list("event_id", "start")
    )
    first = {}
    offset, chunk = 0, limit * 10
    while len(first) < limit:
        batch = list(rows[offset : offset + chunk])
        for pk, start in batch:
            first.setdefault(pk, start)
            if len(first) == limit:
                break
        if len(batch) < chunk:
            break
        offset, chunk = offset + chunk, chunk * 4
    return _occurrences(first.items(), load)
