"""iCalendar feeds: the one module that turns live, public events into calendars.

Occurrences -> VEVENTs -> VCALENDAR. What each choice is for (see /work/shared/notes/ical.md):
- local times with TZID and a compact VTIMEZONE (STANDARD/DAYLIGHT with a yearly RRULE), never
  the long RDATE lists that some parsers misread; RRULE in local time, UNTIL in UTC (DATE for
  all-day events), RDATE/EXDATE one per line with their TZID;
- one UID per event from its translation_key, shared by the sv and nb versions;
- changed or cancelled single dates as RECURRENCE-ID overrides; cancelled events stay with
  STATUS:CANCELLED for a while (events.services.queries.KEEP_CANCELLED);
- DTSTAMP and LAST-MODIFIED from the data, so an unchanged feed is byte-identical; the HTTP
  validators come from one aggregate query run before anything is rendered (feed_state).

Besides the event feeds: the one date someone registered for, attached to their confirmation
mail (registration_calendar), and the application deadlines of open calls (deadlines feed).
"""

import hashlib
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Max, Q, Subquery, Sum
from django.utils import translation
from django.utils.translation import gettext as _
from recurrence import serialize
from wagtail.models import PageLogEntry

from events.choices import EventStatus
from events.models import EventPage
from events.services.localise import localise_related
from events.services.occurrences import (
    attach_exceptions,
    first_occurrence,
    occurrence_on,
    occurrences,
    schedule,
)
from events.services.queries import KEEP_CANCELLED, KEEP_PAST, in_feed_q
from events.timezones import compact_vtimezone
from residencies.choices import WindowZone

UID_DOMAIN = "samspel63.se"
REFRESH_INTERVAL = timedelta(hours=6)
# A passed deadline stays in the deadlines feed this long, so it does not vanish from calendars at once.
KEEP_DEADLINES = timedelta(days=30)
# Bump when the output format changes, so cached copies are replaced.
FORMAT_VERSION = "1"
# Log actions that take an event out of a feed without a new publish.
REMOVING_ACTIONS = (
    "wagtail.unpublish",
    "wagtail.delete",
    "wagtail.move",
    "wagtail.view_restriction.create",
    "wagtail.view_restriction.edit",
)

ICAL_STATUS = {
    EventStatus.SCHEDULED: "CONFIRMED",
    EventStatus.MOVED_ONLINE: "CONFIRMED",
    EventStatus.POSTPONED: "TENTATIVE",
    EventStatus.CANCELLED: "CANCELLED",
}


def event_uid(event):
    """Never changes for the life of the event, and is the same in every language."""
    return f"{event.translation_key}@{UID_DOMAIN}"


# --- Time zones -------------------------------------------------------------------------------


# --- HTTP validators ----------------------------------------------------------------------------


@dataclass(frozen=True)
class FeedState:
    etag: str
    last_modified: datetime | None
    count: int


def feed_state(queryset, now, key, window=True):
    """ETag and Last-Modified for a feed of `queryset` on `now`, from one aggregate query.

    `key` names the feed (language, filters, host) so different feeds never share an ETag.
    `window=False` keeps every event of the queryset (one event's own calendar file).
    """
    included = in_feed_q(now) if window else Q(pk__isnull=False)
    cancelled = Q(status=EventStatus.CANCELLED)
    removals = PageLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(EventPage), action__in=REMOVING_ACTIONS
    ).order_by()
    stats = queryset.order_by().aggregate(
        count=Count("pk", filter=included),
        ids=Sum("pk", filter=included),
        published=Max("last_published_at", filter=included),
        venues=Max("venue__updated_at", filter=included),
        categories=Max("category__updated_at", filter=included),
        ended_cancelled=Max("series_end", filter=~included & cancelled),
        ended_other=Max("series_end", filter=~included & ~cancelled),
        removed=Max(Subquery(removals.order_by("-timestamp").values("timestamp")[:1])),
    )
    moments = [stats["published"], stats["venues"], stats["categories"], stats["removed"]]
    # The moments when events dropped out of the feed because time passed.
    if stats["ended_cancelled"]:
        moments.append(stats["ended_cancelled"] + KEEP_CANCELLED)
    if stats["ended_other"]:
        moments.append(stats["ended_other"] + KEEP_PAST)
    moments = [m for m in moments if m is not None and m <= now]
    last_modified = max(moments) if moments else None
    fingerprint = "|".join(
        str(part) for part in (FORMAT_VERSION, key, stats["count"], stats["ids"], *moments, last_modified)
    )
    etag = hashlib.sha256(fingerprint.encode()).hexdigest()[:32]
    return FeedState(etag=f'"{etag}"', last_modified=last_modified, count=stats["count"])


def feed_events(queryset, now, window=True):
    """The events a feed carries, with everything rendering needs fetched in a fixed number of queries."""
    if window:
        queryset = queryset.filter(in_feed_q(now))
    events = list(
        queryset.defer_streamfields().select_related("venue", "category", "organiser").order_by("start", "pk")
    )
    return attach_exceptions(localise_related(events))


# --- Rendering ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CalendarInfo:
    name: str
    description: str
    language: str
    url: str  # the page that shows these events
    feed_url: str  # this feed's own address


def build_calendar(events, info, request):
    """The feed as bytes: CRLF line ends, folding and escaping by icalendar."""
    with translation.override(info.language):
        cal = icalendar.Calendar.new(
            prodid=f"-//Samspel63//Events {FORMAT_VERSION}//{info.language.upper()}",
            uid=str(uuid.uuid5(uuid.NAMESPACE_URL, info.feed_url)),
            url=info.url,
            source=info.feed_url,
            method="PUBLISH",
            calscale="GREGORIAN",
        )
        # As vText so commas and semicolons are escaped (icalendar leaves NAME and X-WR-* raw).
        for prop, value in (
            ("name", info.name),
            ("x-wr-calname", info.name),
            ("description", info.description),
            ("x-wr-caldesc", info.description),
        ):
            if value:
                cal.add(prop, icalendar.vText(value))
        # RFC 7986 wants VALUE=DURATION spelled out; older clients read X-PUBLISHED-TTL instead.
        cal.add("refresh-interval", icalendar.vDuration(REFRESH_INTERVAL), parameters={"VALUE": "DURATION"})
        cal.add("x-published-ttl", icalendar.vDuration(REFRESH_INTERVAL))
        for tzid in sorted({event.time_zone for event in events if not event.all_day}):
            cal.add_component(compact_vtimezone(tzid))
        for event in events:
            for component in event_components(event, request):
                cal.add_component(component)
        return cal.to_ical()


def event_components(event, request):
    """The series' VEVENT, then one override per changed or cancelled date."""
    sched = schedule(event)
    first = first_occurrence(event)
    master = _base_vevent(event)
    _add_times(master, first)
    for rule, until in sched.rrules:
        master.add("rrule", _vrecur(rule, until, sched.all_day))
    for value in sched.rdates:
        master.add("rdate", value.date() if sched.all_day else value)
    for value in sched.exdates:
        master.add("exdate", value.date() if sched.all_day else value)
    _add_status_and_text(master, event, request, note="", cancelled=event.is_cancelled)
    components = [master]
    for exception in sorted(event.exceptions_by_date.values(), key=lambda e: e.date):
        occurrence = occurrence_on(event, exception.date)
        if occurrence is None:
            continue
        override = _base_vevent(event)
        override.add("recurrence-id", occurrence.start.date() if sched.all_day else occurrence.start)
        _add_times(override, occurrence)
        _add_status_and_text(
            override, event, request, note=exception.note, cancelled=exception.cancelled or event.is_cancelled
        )
        components.append(override)
    return components


def _stamp(event):
    moments = [event.last_published_at or event.latest_revision_created_at or event.start]
    for related in (event.venue if event.venue_id else None, event.category if event.category_id else None):
        if related is not None:
            moments.append(related.updated_at)
    return max(m for m in moments if m is not None).astimezone(UTC).replace(microsecond=0)


def _base_vevent(event, uid=None):
    component = icalendar.Event()
    component.add("uid", uid or event_uid(event))
    stamp = _stamp(event)
    component.add("dtstamp", stamp)
    component.add("last-modified", stamp)
    if event.first_published_at:
        component.add("created", event.first_published_at.astimezone(UTC).replace(microsecond=0))
    component.add("sequence", event.sequence)
    component.add("class", "PUBLIC")
    return component


def _add_times(component, occurrence):
    if occurrence.all_day:
        # DTEND of a DATE event is exclusive: the day after the last day.
        component.add("dtstart", occurrence.start.date())
        component.add("dtend", occurrence.end.date())
        component.add("transp", "TRANSPARENT")
    else:
        component.add("dtstart", occurrence.start)
        component.add("dtend", occurrence.end)


def _vrecur(rule, until, all_day):
    from recurrence import Rule

    without_until = Rule(
        rule.freq,
        interval=rule.interval,
        wkst=rule.wkst,
        count=rule.count,
        **{param: getattr(rule, param) for param in Rule.byparams},
    )
    value = icalendar.vRecur.from_ical(serialize(without_until).removeprefix("RRULE:"))
    if until is not None and not rule.count:
        value["UNTIL"] = [until.date() if all_day else until.astimezone(UTC)]
    return value


def _add_status_and_text(component, event, request, note, cancelled):
    title = event.title
    status = "CANCELLED" if cancelled else ICAL_STATUS.get(event.status, "CONFIRMED")
    if cancelled:
        title = _("Cancelled: %(title)s") % {"title": event.title}
    elif event.status == EventStatus.POSTPONED:
        title = _("Postponed: %(title)s") % {"title": event.title}
    component.add("summary", title)
    component.add("status", status)
    url = _event_url(event, request)
    lines = []
    if note:
        lines.append(note)
    if event.is_cancelled:
        lines.append(_("This event is cancelled."))
    elif cancelled:
        lines.append(_("This date is cancelled."))
    elif event.status == EventStatus.POSTPONED:
        lines.append(_("This event is postponed. A new date will be announced."))
    elif event.status == EventStatus.MOVED_ONLINE:
        lines.append(_("This event has moved online."))
    if event.summary:
        lines.append(event.summary)
    price = price_text(event)
    if price:
        lines.append(price)
    if url:
        lines.append(url)
    component.add("description", "\n\n".join(lines))
    location = location_text(event)
    if location:
        component.add("location", location)
    venue = event.local_venue
    if venue is not None and venue.has_coordinates and event.status != EventStatus.MOVED_ONLINE:
        component.add("geo", (float(venue.latitude), float(venue.longitude)))
    if url:
        component.add("url", url)
    category = event.local_category
    if category is not None:
        component.add("categories", [category.name])


def _event_url(event, request):
    if "_feed_url" not in event.__dict__:
        event.__dict__["_feed_url"] = event.get_full_url(request)
    return event.__dict__["_feed_url"]


def location_text(event):
    if event.status == EventStatus.MOVED_ONLINE:
        return event.online_url
    venue = event.local_venue
    if venue is not None:
        return venue.one_line
    return event.online_url


def price_text(event):
    if event.is_free:
        text = _("Free of charge")
    elif event.price is not None:
        amount = f"{event.price:.2f}".removesuffix(".00")
        text = _("Price: %(amount)s %(currency)s") % {"amount": amount, "currency": event.price_currency}
    else:
        return ""
    return f"{text}. {event.price_note}" if event.price_note else text


# --- One registered date, for the confirmation mail ------------------------------------------------


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
        component = _base_vevent(event, uid=registration_uid(event, occurrence))
        _add_times(component, found)
        _add_status_and_text(component, event, None, note=found.note, cancelled=found.is_cancelled)
        cal.add_component(component)
        return cal.to_ical()


# --- Application deadlines of open calls -------------------------------------------------------------


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
    label = str(dict(WindowZone.choices).get(deadline.tz, deadline.tz))
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
        cal = icalendar.Calendar.new(
            prodid=f"-//Samspel63//Deadlines {FORMAT_VERSION}//{info.language.upper()}",
            uid=str(uuid.uuid5(uuid.NAMESPACE_URL, info.feed_url)),
            url=info.url or info.feed_url,
            source=info.feed_url,
            method="PUBLISH",
            calscale="GREGORIAN",
        )
        for prop, value in (
            ("name", info.name),
            ("x-wr-calname", info.name),
            ("description", info.description),
            ("x-wr-caldesc", info.description),
        ):
            if value:
                cal.add(prop, icalendar.vText(value))
        cal.add("refresh-interval", icalendar.vDuration(REFRESH_INTERVAL), parameters={"VALUE": "DURATION"})
        cal.add("x-published-ttl", icalendar.vDuration(REFRESH_INTERVAL))
        components = [deadline_component(d) for d in deadlines]
        zones = sorted(
            {d.tz for d, c in zip(deadlines, components, strict=True) if "TZID" in c["DTSTART"].params}
        )
        for tzid in zones:
            cal.add_component(compact_vtimezone(tzid))
        for component in components:
            cal.add_component(component)
        return cal.to_ical()
