"""Addresses for subscribing to a feed and for adding one event to a calendar program."""

from datetime import UTC
from urllib.parse import urlencode

from django.urls import reverse

GOOGLE_RENDER = "https://calendar.google.com/calendar/render"
OUTLOOK_SUBSCRIBE = "https://outlook.live.com/calendar/0/addfromweb"
OUTLOOK_COMPOSE = "https://outlook.live.com/calendar/0/action/compose"


def feed_path(index_page, category=None, activity=None):
    """Path of an index's feed in the active language (the URL prefix follows the language)."""
    if category:
        return reverse(
            "events_category_feed", kwargs={"index": index_page.translation_key, "category": category}
        )
    if activity:
        return reverse(
            "events_activity_feed", kwargs={"index": index_page.translation_key, "activity": activity}
        )
    return reverse("events_feed", kwargs={"index": index_page.translation_key})


def deadlines_feed_path():
    """The application deadlines feed in the active language."""
    return reverse("events_deadlines_feed")


def event_ics_path(event):
    return reverse("events_event_ics", kwargs={"event": event.translation_key})


def subscribe_links(request, path, name):
    """webcal:// for calendar programs, the plain address to copy, and Google/Outlook subscribe pages."""
    https_url = request.build_absolute_uri(path)
    webcal_url = "webcal://" + https_url.split("://", 1)[1]
    return {
        "url": https_url,
        "webcal": webcal_url,
        "google": f"{GOOGLE_RENDER}?{urlencode({'cid': webcal_url})}",
        "outlook": f"{OUTLOOK_SUBSCRIBE}?{urlencode({'url': https_url, 'name': name})}",
        "name": name,
    }


def add_to_calendar_links(request, occurrence, location="", details=""):
    """Google and Outlook "new event" pages pre-filled with one occurrence."""
    event = occurrence.event
    page_url = event.get_full_url(request) or ""
    text = "\n\n".join(part for part in (details, page_url) if part)
    if occurrence.all_day:
        google_dates = f"{occurrence.start:%Y%m%d}/{occurrence.end:%Y%m%d}"
        outlook_start, outlook_end = occurrence.start.date().isoformat(), occurrence.end.date().isoformat()
    else:
        start, end = occurrence.start.astimezone(UTC), occurrence.end.astimezone(UTC)
        google_dates = f"{start:%Y%m%dT%H%M%SZ}/{end:%Y%m%dT%H%M%SZ}"
        outlook_start, outlook_end = occurrence.start.isoformat(), occurrence.end.isoformat()
    google = {
        "action": "TEMPLATE",
        "text": event.title,
        "dates": google_dates,
        "details": text,
        "location": location,
        "ctz": event.time_zone,
    }
    outlook = {
        "path": "/calendar/action/compose",
        "rru": "addevent",
        "subject": event.title,
        "startdt": outlook_start,
        "enddt": outlook_end,
        "allday": "true" if occurrence.all_day else "false",
        "body": text,
        "location": location,
    }
    return {
        "google": f"{GOOGLE_RENDER}?{urlencode(google)}",
        "outlook": f"{OUTLOOK_COMPOSE}?{urlencode(outlook)}",
        "ics": event_ics_path(event),
    }
