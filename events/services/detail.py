"""What an event page shows besides its text: dates, places, calendar links and schema.org data."""

import json

from django.urls import NoReverseMatch
from django.utils import timezone

from events.choices import EventStatus
from events.feeds import location_text, price_text
from events.services.links import add_to_calendar_links, event_ics_path, feed_path, subscribe_links
from events.services.localise import localise_links
from events.services.occurrences import next_occurrences, occurrences
from events.services.registration import availability_for, rules_for_events
from residencies.choices import IntakePolicy

NEXT_LIMIT = 8
SCHEMA_STATUS = {
    EventStatus.SCHEDULED: "https://schema.org/EventScheduled",
    EventStatus.CANCELLED: "https://schema.org/EventCancelled",
    EventStatus.POSTPONED: "https://schema.org/EventPostponed",
    EventStatus.MOVED_ONLINE: "https://schema.org/EventMovedOnline",
}
OFFLINE = "https://schema.org/OfflineEventAttendanceMode"
ONLINE = "https://schema.org/OnlineEventAttendanceMode"
MIXED = "https://schema.org/MixedEventAttendanceMode"


def event_context(event, request, now=None):
    now = now or timezone.now()
    localise_links(event)
    upcoming = next_occurrences(event, now, limit=NEXT_LIMIT + 1)
    shown = upcoming[:NEXT_LIMIT]
    featured = next((o for o in upcoming if not o.cancelled), None) or (upcoming[0] if upcoming else None)
    if featured is None:
        past = occurrences(event, before=now)
        featured = past[-1] if past else None
    rules = rules_for_events([event])
    registration = registration_context(event, request, rules[event.pk])
    if registration["enabled"]:
        dated = availability_for(
            [*shown, *([featured] if featured else [])], now, request, with_urls=True, rules=rules
        )
        shown = dated[: len(shown)]
        featured = dated[-1] if featured else None
        registration.update(single_event_form(event, request, featured) if not event.is_recurring else {})
    location = location_text(event)
    context = {
        "next_occurrences": shown,
        "more_occurrences": len(upcoming) > NEXT_LIMIT,
        "featured_occurrence": featured,
        "is_past": not upcoming,
        "registration": registration,
        "location_text": location,
        "price_text": price_text(event),
        "event_json_ld": json_ld(event, request, featured),
        "calendar_links": add_to_calendar_links(request, featured, location=location, details=event.summary)
        if featured and not event.is_cancelled
        else None,
        "event_ics_url": event_ics_path(event),
        "subscribe": [],
    }
    index = event.get_parent()
    try:
        feeds = [subscribe_links(request, feed_path(index), index.title)]
        if event.local_category:
            category = event.local_category
            feeds.append(subscribe_links(request, feed_path(index, category=category.slug), category.name))
    except NoReverseMatch:
        feeds = []
    context["subscribe"] = feeds
    return context


def registration_context(event, request, rules):
    """What the registration box needs besides each date's Availability."""
    return {
        "enabled": rules.intake_policy != IntakePolicy.NONE,
        "rules": rules,
        "per_date": event.is_recurring,
    }


def single_event_form(event, request, occurrence):
    """A single event's form right on its page, posting to the mechanism's form view."""
    from residencies.forms import SubmissionForm
    from residencies.views.public import privacy_url

    current = occurrence.registration if occurrence else None
    if current is None:
        return {"current": None}
    context = {"current": current}
    if current.can_register:
        context.update(
            form=SubmissionForm(page=event, privacy_url=privacy_url(request)),
            form_action=current.url,
        )
    return context


def attendance_mode(event):
    if event.status == EventStatus.MOVED_ONLINE:
        return ONLINE
    if event.venue_id and event.online_url:
        return MIXED
    if event.online_url and not event.venue_id:
        return ONLINE
    return OFFLINE


def _dt(occurrence, value):
    return value.date().isoformat() if occurrence.all_day else value.isoformat()


def json_ld(event, request, occurrence):
    """schema.org Event, as a JSON string safe inside <script>."""
    url = event.get_full_url(request)
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "url": url,
        "eventStatus": SCHEMA_STATUS.get(event.status, SCHEMA_STATUS[EventStatus.SCHEDULED]),
        "eventAttendanceMode": attendance_mode(event),
    }
    if event.summary:
        data["description"] = event.summary
    if occurrence is not None:
        data["startDate"] = _dt(occurrence, occurrence.start)
        end = occurrence.last_day if occurrence.all_day else occurrence.end
        data["endDate"] = end.isoformat() if occurrence.all_day else _dt(occurrence, end)
    locations = []
    venue = event.local_venue
    if venue is not None and event.status != EventStatus.MOVED_ONLINE:
        place = {"@type": "Place", "name": venue.name}
        address = {"@type": "PostalAddress", "addressLocality": venue.town}
        if venue.address:
            address["streetAddress"] = venue.address
        if venue.postcode:
            address["postalCode"] = venue.postcode
        if venue.country in ("SE", "NO"):
            address["addressCountry"] = venue.country
        place["address"] = address
        if venue.has_coordinates:
            place["geo"] = {
                "@type": "GeoCoordinates",
                "latitude": float(venue.latitude),
                "longitude": float(venue.longitude),
            }
        locations.append(place)
    if event.online_url:
        locations.append({"@type": "VirtualLocation", "url": event.online_url})
    if locations:
        data["location"] = locations[0] if len(locations) == 1 else locations
    offer = {"@type": "Offer", "url": url, "availability": "https://schema.org/InStock"}
    registration = occurrence.registration if occurrence is not None else None
    if registration is not None:
        offer["availability"] = registration.schema_availability
        if registration.url:
            offer["url"] = request.build_absolute_uri(registration.url)
        if registration.opens_at:
            offer["validFrom"] = registration.opens_at.isoformat()
    if event.is_free:
        offer.update(price="0", priceCurrency=event.price_currency)
    elif event.price is not None:
        offer.update(price=f"{event.price:.2f}", priceCurrency=event.price_currency)
    data["isAccessibleForFree"] = event.is_free
    data["offers"] = offer
    codes = event.spoken_language_codes
    if codes:
        data["inLanguage"] = codes[0] if len(codes) == 1 else codes
    organiser = event.local_organiser
    if organiser is not None:
        data["organizer"] = {"@type": "Organization", "name": organiser.name}
        if organiser.url:
            data["organizer"]["url"] = organiser.url
    if event.image_id and event.image:
        rendition = event.image.get_rendition("fill-1200x630")
        data["image"] = [request.build_absolute_uri(rendition.url)]
    text = json.dumps(data, ensure_ascii=False, indent=2)
    # Nothing an editor types can close the <script> element.
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
