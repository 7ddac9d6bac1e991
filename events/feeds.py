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

Beside them: the one date someone registered for, attached to their confirmation mail
(events.registration_calendar); the application deadlines of open calls (events.deadline_feed).

Speed: the VEVENTs are written as text by events.ical (byte for byte what icalendar writes,
without building a component object per property), and everything an event's lines share
(UID, stamps, place, link, category) is worked out once per event, not once per override.
"""

import hashlib
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache

import icalendar
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Max, Q, Subquery, Sum
from django.utils import translation
from django.utils.translation import gettext as _
from recurrence import Rule, serialize
from wagtail.models import PageLogEntry

from events import ical
from events.choices import EventStatus
from events.models import EventPage
from events.services.localise import localise_related
from events.services.occurrences import (
    attach_exceptions,
    first_occurrence,
    occurrence_on,
    schedule,
)
from events.services.queries import KEEP_CANCELLED, KEEP_PAST, in_feed_q
from events.timezones import compact_vtimezone

UID_DOMAIN = "samspel63.se"
REFRESH_INTERVAL = timedelta(hours=6)
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


# The columns rendering reads: a page row has dozens more, and 500 of them cost time to load.
FEED_FIELDS = (
    *("id", "path", "depth", "url_path", "slug", "title", "locale_id", "translation_key", "content_type_id"),
    *("live", "first_published_at", "last_published_at", "latest_revision_created_at"),
    *("start", "end", "all_day", "time_zone", "recurrence", "status", "summary", "online_url", "sequence"),
    *("is_free", "price", "price_currency", "price_note", "venue", "category"),
)


def feed_events(queryset, now, window=True):
    """The events a feed carries, with everything rendering needs fetched in a fixed number of queries."""
    if window:
        queryset = queryset.filter(in_feed_q(now))
    events = list(queryset.only(*FEED_FIELDS).select_related("venue", "category").order_by("start", "pk"))
    return attach_exceptions(localise_related(events, names=("venue", "category")))


# --- Rendering ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CalendarInfo:
    name: str
    description: str
    language: str
    url: str  # the page that shows these events
    feed_url: str  # this feed's own address


def calendar_header(info, kind, zones, url=None):
    """VCALENDAR with its properties and one compact VTIMEZONE per zone, in the active language."""
    cal = icalendar.Calendar.new(
        prodid=f"-//Samspel63//{kind} {FORMAT_VERSION}//{info.language.upper()}",
        uid=str(uuid.uuid5(uuid.NAMESPACE_URL, info.feed_url)),
        url=url or info.url,
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
    for tzid in sorted(zones):
        cal.add_component(compact_vtimezone(tzid))
    return cal


def build_calendar(events, info, request):
    """The feed as bytes: CRLF line ends, folding and escaping as icalendar's."""
    with translation.override(info.language):
        header = calendar_header(info, "Events", {event.time_zone for event in events if not event.all_day})
        urls = EventUrls(request)
        lines = []
        for event in events:
            lines += event_lines(event, urls(event))
        return ical.calendar_bytes(header, lines)


class EventUrls:
    """Full event addresses: Wagtail's routing once per parent page, then its address plus the slug.

    Events are children of an event calendar page, so siblings share everything but the slug.
    """

    def __init__(self, request):
        self.request = request
        self.parents = {}

    def __call__(self, event):
        parent_path = event.url_path[: -len(event.slug) - 1]
        prefix = self.parents.get((parent_path, event.locale_id))
        if prefix is not None:
            return f"{prefix}{event.slug}/"
        url = event.get_full_url(self.request)
        if url and url.endswith(f"/{event.slug}/"):
            self.parents[(parent_path, event.locale_id)] = url[: -len(event.slug) - 1]
        return url


def event_lines(event, url, uid=None, only=None):
    """The series' VEVENT, then one override per changed or cancelled date, as content lines.

    With `only` (an Occurrence): that one date as a VEVENT of its own under `uid`.
    """
    sched = schedule(event)
    shared = _shared_lines(event, url, uid or event_uid(event))
    if only is not None:
        return _vevent(event, shared, only, note=only.note, cancelled=only.is_cancelled)
    series = []
    for rule, until in sched.rrules:
        series.append(f"RRULE:{_rrule_text(rule, until, sched.all_day)}")
    for value in sched.rdates:
        series.append(ical.moment("RDATE", value.date() if sched.all_day else value))
    for value in sched.exdates:
        series.append(ical.moment("EXDATE", value.date() if sched.all_day else value))
    lines = _vevent(event, shared, first_occurrence(event), "", event.is_cancelled, series=series)
    for exception in sorted(event.exceptions_by_date.values(), key=lambda e: e.date):
        occurrence = occurrence_on(event, exception.date)
        if occurrence is None:
            continue
        recurrence_id = occurrence.start.date() if sched.all_day else occurrence.start
        lines += _vevent(
            event,
            shared,
            occurrence,
            exception.note,
            exception.cancelled or event.is_cancelled,
            series=[ical.moment("RECURRENCE-ID", recurrence_id)],
        )
    return lines


def _shared_lines(event, url, uid):
    """What every VEVENT of one event carries, split around the lines that differ (icalendar's order)."""
    stamp = ical.utc(_stamp(event))
    before = [f"DTSTAMP:{stamp}", f"UID:{ical.text(uid)}", f"SEQUENCE:{event.sequence}"]
    category = event.local_category
    after = [f"CATEGORIES:{ical.text(category.name)}"] if category is not None else []
    after.append("CLASS:PUBLIC")
    if event.first_published_at:
        after.append(f"CREATED:{ical.utc(event.first_published_at)}")
    geo = []
    venue = event.local_venue
    if venue is not None and venue.has_coordinates and event.status != EventStatus.MOVED_ONLINE:
        geo = [f"GEO:{float(venue.latitude)};{float(venue.longitude)}"]
    location = location_text(event)
    tail = [f"LOCATION:{ical.text(location)}"] if location else []
    return {
        "before": before,
        "after": after,
        "geo": geo,
        "modified": f"LAST-MODIFIED:{stamp}",
        "location": tail,
        "url": [f"URL:{url}"] if url else [],
        "link": url,
    }


def _vevent(event, shared, occurrence, note, cancelled, series=()):
    # icalendar's order: its canonical properties first, then the rest alphabetically.
    if occurrence.all_day:
        times = [ical.moment("DTSTART", occurrence.start.date()), ical.moment("DTEND", occurrence.end.date())]
    else:
        times = [ical.moment("DTSTART", occurrence.start), ical.moment("DTEND", occurrence.end)]
    summary, status, description = _status_and_text(event, shared["link"], note, cancelled)
    # RECURRENCE-ID sits between UID and SEQUENCE; RRULE, RDATE and EXDATE after SEQUENCE.
    before = shared["before"]
    if series and series[0].startswith("RECURRENCE-ID"):
        before = [*before[:2], *series, before[2]]
        series = ()
    return [
        "BEGIN:VEVENT",
        f"SUMMARY:{ical.text(summary)}",
        *times,
        *before,
        *series,
        *shared["after"],
        f"DESCRIPTION:{ical.text(description)}",
        *shared["geo"],
        shared["modified"],
        *shared["location"],
        f"STATUS:{status}",
        *(["TRANSP:TRANSPARENT"] if occurrence.all_day else []),
        *shared["url"],
        "END:VEVENT",
    ]


def _stamp(event):
    moments = [event.last_published_at or event.latest_revision_created_at or event.start]
    for related in (event.venue if event.venue_id else None, event.category if event.category_id else None):
        if related is not None:
            moments.append(related.updated_at)
    return max(m for m in moments if m is not None).astimezone(UTC).replace(microsecond=0)


def _rrule_text(rule, until, all_day):
    """The RRULE value in local time, UNTIL in UTC (or a DATE for all-day events)."""
    without_until = serialize(
        Rule(
            rule.freq,
            interval=rule.interval,
            wkst=rule.wkst,
            count=rule.count,
            **{param: getattr(rule, param) for param in Rule.byparams},
        )
    ).removeprefix("RRULE:")
    if until is not None and not rule.count:
        until = until.date() if all_day else until.astimezone(UTC)
    else:
        until = None
    return _recur_text(without_until, until)


@lru_cache(maxsize=512)
def _recur_text(rule, until):
    # Series share a handful of rules: icalendar parses and writes each one once.
    value = icalendar.vRecur.from_ical(rule)
    if until is not None:
        value["UNTIL"] = [until]
    return ical.recur(value)


def _status_and_text(event, url, note, cancelled):
    """SUMMARY, STATUS and DESCRIPTION of one date, in the active language."""
    title = event.title
    status = "CANCELLED" if cancelled else ICAL_STATUS.get(event.status, "CONFIRMED")
    if cancelled:
        title = _("Cancelled: %(title)s") % {"title": event.title}
    elif event.status == EventStatus.POSTPONED:
        title = _("Postponed: %(title)s") % {"title": event.title}
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
    return title, status, "\n\n".join(lines)


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
