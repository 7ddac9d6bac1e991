"""How dates and times of occurrences read on the site, in the active language."""

from django import template
from django.utils.formats import date_format
from django.utils.translation import gettext as _

register = template.Library()


def _day(value):
    return date_format(value, "l j F Y")


def _time(value):
    return date_format(value, "H:i")


@register.filter
def when(occurrence):
    """e.g. "tisdag 10 mars 2026, 18:00–20:00"; "1–3 mars 2026" for several whole days."""
    start, last = occurrence.start, occurrence.last_day
    if occurrence.all_day:
        if last == start.date():
            return _("%(day)s, all day") % {"day": _day(start)}
        return f"{_day(start)} – {_day(last)}"
    if occurrence.end.date() == start.date() or occurrence.end == occurrence.start:
        if occurrence.end == occurrence.start:
            return f"{_day(start)}, {_time(start)}"
        return f"{_day(start)}, {_time(start)}–{_time(occurrence.end)}"
    return f"{_day(start)} {_time(start)} – {_day(occurrence.end)} {_time(occurrence.end)}"


@register.filter
def when_time(occurrence):
    """Just the time of day, for lists grouped by date."""
    if occurrence.all_day:
        return _("All day")
    if occurrence.end == occurrence.start:
        return _time(occurrence.start)
    return f"{_time(occurrence.start)}–{_time(occurrence.end)}"


@register.filter
def iso(value):
    """Machine-readable datetime for <time datetime>."""
    return value.isoformat()


@register.filter
def day_iso(value):
    return value.strftime("%Y-%m-%d") if hasattr(value, "strftime") else ""
