"""The one date someone registered for, as a calendar file attached to their confirmation mail.

It shares the event feeds' lines (events.feeds.event_lines), so the date looks the same in a
subscriber's calendar and in the attachment; its UID is its own for a date of a series.
"""

from datetime import UTC, timedelta

import icalendar
from django.utils import translation

from events import ical
from events.feeds import FORMAT_VERSION, UID_DOMAIN, event_lines, event_uid
from events.services.occurrences import first_occurrence, occurrences
from events.timezones import compact_vtimezone


def registration_uid(event, occurrence=None):
    """A single event's own UID; one date of a series gets a UID of its own.

    A lone VEVENT with the series' UID and a RECURRENCE-ID is an exception without its
    series, which calendar programs import inconsistently; a date of its own is not.
    """
    if occurrence is None:
        return event_uid(event)
    return f"{event.translation_key}-{occurrence.astimezone(UTC):%Y%m%dT%H%M%SZ}@{UID_DOMAIN}"


def registration_calendar(event, occurrence, language):
    """The date someone registered for (`occurrence`, or None for a single event) as a calendar file."""
    found = None
    if occurrence is not None:
        window = occurrences(
            event, after=occurrence - timedelta(seconds=1), before=occurrence + timedelta(seconds=1)
        )
        found = next((o for o in window if o.start == occurrence), None)
    found = found or first_occurrence(event)
    with translation.override(language):
        cal = icalendar.Calendar.new(
            prodid=f"-//Samspel63//Registration {FORMAT_VERSION}//{language.upper()}",
            method="PUBLISH",
            calscale="GREGORIAN",
        )
        cal.add("x-wr-calname", icalendar.vText(event.title))
        if not found.all_day:
            cal.add_component(compact_vtimezone(event.time_zone))
        lines = event_lines(event, "", uid=registration_uid(event, occurrence), only=found)
        return ical.calendar_bytes(cal, lines)
