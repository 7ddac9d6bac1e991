"""Dated occurrences of events, expanded in Python from data already fetched.

The one place that knows what a recurrence means on this site; listings, event pages,
sections and feeds all call it, and the tests compare it with independent iCal parsers.

Conventions (the recurrence widget works in whole days):
- extra dates (RDATE), excluded dates (EXDATE) and "repeat until" (UNTIL) are days. They are
  stored at local midnight in the event's zone, and the event's own start time is used.
- expansion runs on the local start time in the event's zone, so a weekly 18:00 event stays
  18:00 across the change to summer time (django-recurrence's stored UTC values would drift).
- an all-day event's occurrence ends at local midnight after its last day (exclusive, as iCal).
"""

from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

from django.utils import timezone
from recurrence import Recurrence, Rule

# How many occurrences of a series without end we ever expand from its start (weekly: 20 years).
MAX_OCCURRENCES = 1000


@dataclass(frozen=True)
class Occurrence:
    event: object
    start: datetime  # aware, in the event's zone
    end: datetime  # exclusive
    all_day: bool
    cancelled: bool = False
    note: str = ""
    # Set by events.services.registration where a page shows it: an Availability, or None.
    registration: object = field(default=None, compare=False, hash=False, repr=False)

    @property
    def last_day(self):
        """The last calendar day the occurrence covers."""
        return (self.end - timedelta(days=1)).date() if self.all_day else self.end.date()

    @property
    def is_multi_day(self):
        return self.last_day != self.start.date()

    @property
    def is_cancelled(self):
        return self.cancelled or self.event.is_cancelled

    @property
    def sort_key(self):
        return (self.start, self.event.pk)


def snap_to_local_midnight(value, zone):
    """The day `value` stands for, as local midnight in `zone`.

    The widget sends a day as midnight in the editor's browser zone, serialised as UTC; rounding
    to the nearest midnight recovers the day for editors within 12 hours of the event's zone.
    """
    if timezone.is_naive(value):
        value = timezone.make_aware(value)
    day = (value.astimezone(zone) + timedelta(hours=12)).date()
    return datetime.combine(day, time(0), zone)


def normalise_event_times(event):
    """Store all-day events at local midnight and the recurrence's dates as whole days."""
    zone = event.zone
    # Minutes are the finest grain anyone schedules in; iCal has no fractions of a second.
    event.start = event.start.replace(second=0, microsecond=0)
    event.end = event.end.replace(second=0, microsecond=0)
    if event.all_day:
        event.start = datetime.combine(event.start.astimezone(zone).date(), time(0), zone)
        event.end = datetime.combine(event.end.astimezone(zone).date(), time(0), zone)
    rec = event.recurrence
    if rec:
        event.recurrence = Recurrence(
            rrules=[
                _with_until(rule, snap_to_local_midnight(rule.until, zone) if rule.until else None)
                for rule in rec.rrules
            ],
            exrules=list(rec.exrules),
            rdates=sorted({snap_to_local_midnight(d, zone) for d in rec.rdates}),
            exdates=sorted({snap_to_local_midnight(d, zone) for d in rec.exdates}),
        )


def _with_until(rule, until):
    if rule.until is None and until is None:
        return rule
    return Rule(
        rule.freq,
        interval=rule.interval,
        wkst=rule.wkst,
        count=rule.count,
        until=until,
        **{param: getattr(rule, param) for param in Rule.byparams},
    )


@dataclass(frozen=True)
class Schedule:
    """An event's recurrence in local time, ready for expansion and for iCal."""

    dtstart: datetime
    duration: timedelta
    all_day: bool
    rrules: list  # of (Rule, until or None): until is the local end of the last day
    rdates: list  # local datetimes at the start time
    exdates: list

    @property
    def is_recurring(self):
        return bool(self.rrules or self.rdates)

    @property
    def is_finite(self):
        return all(rule.count or until for rule, until in self.rrules)


def schedule(event):
    """The event's Schedule, computed once per event instance."""
    cached = getattr(event, "_schedule_cache", None)
    if cached is not None:
        return cached
    zone = event.zone
    start = event.start.astimezone(zone)
    if event.all_day:
        start = datetime.combine(start.date(), time(0), zone)
        last = event.end.astimezone(zone).date()
        days = max((last - start.date()).days + 1, 1)
        duration = timedelta(days=days)
    else:
        duration = max(event.end - event.start, timedelta(0))
    rrules, rdates, exdates = [], [], []
    rec = event.recurrence
    if rec:
        start_time = start.timetz().replace(tzinfo=None)

        def at_start_time(value):
            return datetime.combine(snap_to_local_midnight(value, zone).date(), start_time, zone)

        for rule in rec.rrules:
            until = None
            if rule.until is not None:
                day = snap_to_local_midnight(rule.until, zone).date()
                until = datetime.combine(day, time(23, 59, 59), zone)
            rrules.append((rule, until))
        rdates = sorted({at_start_time(d) for d in rec.rdates})
        exdates = sorted({at_start_time(d) for d in rec.exdates})
    result = Schedule(start, duration, event.all_day, rrules, rdates, exdates)
    event._schedule_cache = result
    return result


def _ruleset(event):
    cached = getattr(event, "_ruleset_cache", None)
    if cached is not None:
        return cached
    from dateutil import rrule as du

    sched = schedule(event)
    ruleset = du.rruleset(cache=True)
    ruleset.rdate(sched.dtstart)
    for rule, until in sched.rrules:
        ruleset.rrule(_with_until(rule, until).to_dateutil_rrule(dtstart=sched.dtstart))
    for value in sched.rdates:
        ruleset.rdate(value)
    for value in sched.exdates:
        ruleset.exdate(value)
    event._ruleset_cache = ruleset
    return ruleset


def _make(event, start, sched, exceptions):
    end = start + sched.duration
    if sched.all_day:
        # Whole days stay whole across a change to summer time.
        end = datetime.combine(start.date() + sched.duration, time(0), start.tzinfo)
    exception = exceptions.get(start.date())
    return Occurrence(
        event=event,
        start=start,
        end=end,
        all_day=sched.all_day,
        cancelled=bool(exception and exception.cancelled),
        note=exception.note if exception else "",
    )


def occurrences(event, after=None, before=None):
    """The event's occurrences that overlap [after, before), in order.

    Without `before`, a series without end is cut at MAX_OCCURRENCES.
    """
    sched = schedule(event)
    exceptions = event.exceptions_by_date
    if not sched.is_recurring:
        starts = [sched.dtstart]
    else:
        ruleset = _ruleset(event)
        # An occurrence that began before `after` may still be running.
        lower = (after - sched.duration - timedelta(days=1)) if after else None
        starts = []
        for start in ruleset:
            if before is not None and start >= before:
                break
            if lower is not None and start < lower:
                continue
            starts.append(start)
            if len(starts) >= MAX_OCCURRENCES:
                break
    result = []
    for start in starts:
        occurrence = _make(event, start, sched, exceptions)
        if after is not None and occurrence.end <= after:
            continue
        if before is not None and occurrence.start >= before:
            continue
        result.append(occurrence)
    return result


def expand(events, after=None, before=None):
    """Occurrences of many events in [after, before), sorted by start."""
    result = []
    for event in events:
        result.extend(occurrences(event, after, before))
    result.sort(key=lambda o: o.sort_key)
    return result


def next_occurrences(event, now=None, limit=5):
    now = now or timezone.now()
    upcoming = []
    for occurrence in _iter_from(event, now):
        upcoming.append(occurrence)
        if len(upcoming) >= limit:
            break
    return upcoming


def _iter_from(event, now):
    sched = schedule(event)
    exceptions = event.exceptions_by_date
    if not sched.is_recurring:
        occurrence = _make(event, sched.dtstart, sched, exceptions)
        if occurrence.end > now:
            yield occurrence
        return
    lower = now - sched.duration - timedelta(days=1)
    for start in _ruleset(event):
        if start < lower:
            continue
        occurrence = _make(event, start, sched, exceptions)
        if occurrence.end > now:
            yield occurrence


def series_end(event):
    """End of the last occurrence, or None for a series without end."""
    event.__dict__.pop("_schedule_cache", None)
    event.__dict__.pop("_ruleset_cache", None)
    sched = schedule(event)
    if not sched.is_recurring:
        return _make(event, sched.dtstart, sched, {}).end
    if not sched.is_finite:
        return None
    last = None
    for last in _ruleset(event):  # noqa: B007 - a finite series: walk to its last start
        pass
    return _make(event, last, sched, {}).end


def attach_exceptions(events):
    """Fetch every event's single-date changes in one query (cheaper than prefetch_related per event)."""
    from events.models import OccurrenceException

    events = list(events)
    by_page = {event.pk: {} for event in events}
    if by_page:
        exceptions = OccurrenceException.objects.filter(page_id__in=list(by_page)).order_by("date", "pk")
        for exception in exceptions:
            by_page[exception.page_id][exception.date] = exception
    for event in events:
        event.__dict__["exceptions_by_date"] = by_page[event.pk]
    return events


def first_occurrence(event):
    """The occurrence at DTSTART, whatever the exceptions say."""
    return _make(event, schedule(event).dtstart, schedule(event), {})


def occurrence_on(event, day):
    """The series' occurrence starting on the local date `day`, or None."""
    after = datetime.combine(day, time(0), event.zone)
    for occurrence in occurrences(event, after=after, before=after + timedelta(days=1)):
        if occurrence.start.date() == day:
            return occurrence
    return None
