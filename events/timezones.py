"""Compact VTIMEZONE components, derived from the zone database.

Calendar programs write STANDARD/DAYLIGHT parts with a yearly RRULE; some widely used parsers read
only the first value of the long RDATE lists icalendar's add_missing_timezones() writes instead.
"""

import calendar as pycalendar
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import icalendar


@lru_cache(maxsize=8)
def compact_vtimezone(tzid, reference_year=2026):
    """VTIMEZONE with one STANDARD and one DAYLIGHT part, each with a yearly RRULE.

    Derived from the zone's transitions in `reference_year`: the form calendar programs write
    themselves, understood by every parser (unlike add_missing_timezones' long RDATE lists).
    """
    zone = ZoneInfo(tzid)
    component = icalendar.Timezone()
    component.add("tzid", tzid)
    component.add("x-lic-location", tzid)
    transitions = _transitions(zone, reference_year)
    if not transitions:
        standard = icalendar.TimezoneStandard()
        moment = datetime(1970, 1, 1, tzinfo=zone)
        standard.add("dtstart", datetime(1970, 1, 1))
        standard.add("tzoffsetfrom", moment.utcoffset())
        standard.add("tzoffsetto", moment.utcoffset())
        standard.add("tzname", moment.tzname())
        component.add_component(standard)
        return component
    for instant in transitions:
        before, after = (instant - timedelta(seconds=1)).astimezone(zone), instant.astimezone(zone)
        part = icalendar.TimezoneDaylight() if after.dst() else icalendar.TimezoneStandard()
        wall = (instant + before.utcoffset()).replace(tzinfo=None)  # local time before the change
        nth = _nth_weekday(wall)
        part.add("tzname", after.tzname())
        part.add("tzoffsetfrom", before.utcoffset())
        part.add("tzoffsetto", after.utcoffset())
        part.add("dtstart", _rule_date(1970, wall.month, wall.weekday(), nth, wall))
        part.add("rrule", {"freq": "yearly", "bymonth": wall.month, "byday": f"{nth}{_DAYS[wall.weekday()]}"})
        component.add_component(part)
    return component


_DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


def _transitions(zone, year):
    """UTC instants in `year` when the zone's offset changes (to the second)."""
    found = []
    moment = datetime(year, 1, 1, tzinfo=UTC)
    step = timedelta(days=1)
    while moment.year == year:
        following = moment + step
        if moment.astimezone(zone).utcoffset() != following.astimezone(zone).utcoffset():
            low, high = moment, following
            while high - low > timedelta(seconds=1):
                middle = low + (high - low) / 2
                if middle.astimezone(zone).utcoffset() == low.astimezone(zone).utcoffset():
                    low = middle
                else:
                    high = middle
            found.append(high.replace(microsecond=0))
        moment = following
    return found


def _nth_weekday(day):
    """-1 for the last such weekday of the month, else 1..4."""
    days_in_month = pycalendar.monthrange(day.year, day.month)[1]
    if day.day + 7 > days_in_month:
        return -1
    return (day.day - 1) // 7 + 1


def _rule_date(year, month, weekday, nth, wall):
    days = [
        d
        for d in range(1, pycalendar.monthrange(year, month)[1] + 1)
        if datetime(year, month, d).weekday() == weekday
    ]
    day = days[-1] if nth == -1 else days[nth - 1]
    return datetime(year, month, day, wall.hour, wall.minute, wall.second)
