"""Reading feeds back with two independent parsers: icalendar and recurring-ical-events."""

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import icalendar
import recurring_ical_events

STOCKHOLM = ZoneInfo("Europe/Stockholm")


def parse(body):
    return icalendar.Calendar.from_ical(body)


def _aware(value):
    if isinstance(value, datetime):
        return value
    return datetime.combine(value, time(0), STOCKHOLM)


def expanded(body, start, end):
    """(uid, start, end, status) per occurrence as recurring-ical-events sees the feed."""
    cal = parse(body)
    found = []
    for component in recurring_ical_events.of(cal).between(start, end):
        found.append(
            (
                str(component["UID"]),
                component["DTSTART"].dt,
                component["DTEND"].dt,
                str(component.get("STATUS", "CONFIRMED")),
            )
        )
    return sorted(found, key=lambda item: (_aware(item[1]), item[0]))


def site_view(occurrences, uid_of):
    """The same shape from the site's own occurrence service."""
    found = []
    for o in occurrences:
        if o.all_day:
            start, end = o.start.date(), o.end.date()
        else:
            start, end = o.start, o.end
        status = (
            "CANCELLED" if o.is_cancelled else {"postponed": "TENTATIVE"}.get(o.event.status, "CONFIRMED")
        )
        found.append((uid_of(o.event), start, end, status))
    return sorted(found, key=lambda item: (_aware(item[1]), item[0]))


def as_local(items):
    """Compare wall-clock times and offsets, not tzinfo objects."""
    result = []
    for uid, start, end, status in items:
        if isinstance(start, datetime):
            start, end = start.astimezone(STOCKHOLM).isoformat(), end.astimezone(STOCKHOLM).isoformat()
        elif isinstance(start, date):
            start, end = start.isoformat(), end.isoformat()
        result.append((uid, start, end, status))
    return result
