"""The application deadlines of open and upcoming calls as a calendar, one per language.

Calls live in residencies (residencies.queries.open_call_deadlines gives their deadlines);
this module only turns them into a feed, with the same conventions as the event feeds
(events.feeds): a UID shared by the sv and nb feeds, DTSTAMP from the data, validators
computed before anything is rendered, a compact VTIMEZONE for every TZID used.
"""

import hashlib
from datetime import UTC, timedelta
from zoneinfo import ZoneInfo

import icalendar
from django.utils import translation
from django.utils.translation import gettext as _

from events.feeds import FORMAT_VERSION, UID_DOMAIN, FeedState, calendar_header
from home.choices import TimeZone

# A passed deadline stays in the feed this long, so it does not vanish from calendars at once.
KEEP_DEADLINES = timedelta(days=30)


def deadline_uid(key):
    """From the call's translation key: the same in the Swedish and the Norwegian feed."""
    return f"deadline-{key}@{UID_DOMAIN}"


def deadlines_state(deadlines, key):
    """ETag and Last-Modified of a deadlines feed, from the deadlines themselves, before any rendering."""
    parts = [FORMAT_VERSION, key]
    for d in deadlines:
        parts += [d.key, d.title, d.url, d.opens_at, d.closes_at, d.tz, d.status, d.last_modified]
    etag = hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()[:32]
    moments = [d.last_modified for d in deadlines if d.last_modified]
    last_modified = max(moments) if moments else None
    return FeedState(etag=f'"{etag}"', last_modified=last_modified, count=len(deadlines))


def _is_end_of_day(local):
    return (local.hour, local.minute) in ((23, 59), (0, 0))


def deadline_component(deadline):
    """A deadline at the end of a day is an all-day entry on that day; any other is a timed moment."""
    from django.utils.formats import date_format

    zone = ZoneInfo(deadline.tz)
    local = deadline.closes_at.astimezone(zone)
    component = icalendar.Event()
    component.add("uid", deadline_uid(deadline.key))
    stamp = (deadline.last_modified or deadline.closes_at).astimezone(UTC).replace(microsecond=0)
    component.add("dtstamp", stamp)
    component.add("last-modified", stamp)
    component.add("class", "PUBLIC")
    component.add("status", "CONFIRMED")
    if _is_end_of_day(local):
        # 00:00 closes the day before: nobody can apply "on" a day that has already ended.
        day = local.date() if local.hour == 23 else local.date() - timedelta(days=1)
        component.add("dtstart", day)
        component.add("dtend", day + timedelta(days=1))
    else:
        # A moment, not a span: DTSTART without DTEND takes no time (RFC 5545, 3.6.1).
        component.add("dtstart", local.replace(second=0, microsecond=0))
    component.add("transp", "TRANSPARENT")
    component.add("summary", _("Application deadline: %(title)s") % {"title": deadline.title})
    label = str(dict(TimeZone.choices).get(deadline.tz, deadline.tz))
    lines = [
        _("Applications close %(when)s (%(zone)s).")
        % {"when": date_format(local, "j F Y, H:i"), "zone": label}
    ]
    if deadline.status == "upcoming" and deadline.opens_at:
        lines.append(
            _("Applications open %(when)s.")
            % {"when": date_format(deadline.opens_at.astimezone(zone), "j F Y, H:i")}
        )
    if deadline.url:
        lines.append(deadline.url)
        component.add("url", deadline.url)
    component.add("description", "\n\n".join(lines))
    return component


def build_deadlines_calendar(deadlines, info):
    """The deadlines feed as bytes, in the feed's language."""
    with translation.override(info.language):
        components = [deadline_component(d) for d in deadlines]
        zones = {d.tz for d, c in zip(deadlines, components, strict=True) if "TZID" in c["DTSTART"].params}
        cal = calendar_header(info, "Deadlines", zones, url=info.url or info.feed_url)
        for component in components:
            cal.add_component(component)
        return cal.to_ical()
