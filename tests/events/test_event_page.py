"""What an event page shows: dates, place, calendar links, subscribe links and schema.org data."""

import json
import re
from datetime import timedelta
from urllib.parse import parse_qs, urlparse

import pytest
import recurrence
from recurrence import Recurrence, Rule

from events.choices import EventStatus
from events.factories import next_week_at

pytestmark = pytest.mark.django_db


def json_ld(response):
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', response.text, re.S)
    return json.loads(match.group(1))


def test_json_ld_describes_the_event(client, make_event, venue):
    from home.factories import OrganisationFactory

    organiser = OrganisationFactory(name="Region Jämtland Härjedalen", url="https://regionjh.se/")
    event = make_event(
        title="Seminarium </script><b>",
        is_free=False,
        price="150.00",
        price_currency="SEK",
        spoken_languages="sv,no",
        organiser=organiser,
        online_url="https://stream.example.org/x",
    )
    response = client.get(event.url)
    assert "</script><b>" not in response.text.split("application/ld+json")[1].split("</script>")[0]
    data = json_ld(response)
    assert data["@type"] == "Event"
    assert data["name"] == "Seminarium </script><b>"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    place, virtual = data["location"]
    assert place["@type"] == "Place" and place["name"] == venue.name
    assert place["address"]["addressLocality"] == "Östersund" and place["address"]["addressCountry"] == "SE"
    assert place["geo"]["latitude"] == pytest.approx(63.1792)
    assert virtual == {"@type": "VirtualLocation", "url": "https://stream.example.org/x"}
    assert data["offers"]["price"] == "150.00" and data["offers"]["priceCurrency"] == "SEK"
    assert data["inLanguage"] == ["sv", "no"]
    assert data["organizer"]["name"] == "Region Jämtland Härjedalen"
    assert data["startDate"] == event.local_start.isoformat()


@pytest.mark.parametrize(
    ("status", "schema_status", "mode"),
    [
        (EventStatus.CANCELLED, "EventCancelled", "OfflineEventAttendanceMode"),
        (EventStatus.POSTPONED, "EventPostponed", "OfflineEventAttendanceMode"),
        (EventStatus.MOVED_ONLINE, "EventMovedOnline", "OnlineEventAttendanceMode"),
    ],
)
def test_json_ld_status_and_notice_follow_the_event_status(client, make_event, status, schema_status, mode):
    online = "https://meet.example.org/a" if status == EventStatus.MOVED_ONLINE else ""
    event = make_event(status=status, online_url=online)
    response = client.get(event.url)
    data = json_ld(response)
    assert data["eventStatus"] == f"https://schema.org/{schema_status}"
    assert data["eventAttendanceMode"] == f"https://schema.org/{mode}"
    assert 'class="notice' in response.text and "event-status" in response.text


def test_free_event_offer_has_price_zero(client, make_event):
    data = json_ld(client.get(make_event(is_free=True).url))
    assert data["offers"]["price"] == "0" and data["isAccessibleForFree"] is True


def test_event_page_shows_next_dates_venue_and_calendar_links(client, make_event, venue):
    start = next_week_at()
    event = make_event(
        start=start,
        end=start + timedelta(hours=2),
        recurrence=Recurrence(rrules=[Rule(recurrence.WEEKLY, count=4)]),
        exceptions=[{"date": (start + timedelta(weeks=1)).date(), "cancelled": True, "note": "Sjukdom"}],
    )
    response = client.get(event.url)
    text = response.text
    dates = text.split('class="event-dates"')[1].split("</ol>")[0]
    assert dates.count("<li") == 4
    assert dates.count("is-cancelled") == 1 and "Sjukdom" in dates
    assert venue.name in text and "openstreetmap.org" in text
    google = re.search(
        r'href="(https://calendar\.google\.com/calendar/render\?action=TEMPLATE[^"]*)"', text
    ).group(1)
    query = parse_qs(urlparse(google.replace("&amp;", "&")).query)
    assert query["text"] == [event.title] and query["ctz"] == ["Europe/Stockholm"]
    assert "outlook.live.com/calendar/0/action/compose" in text
    assert f"/sv/calendar/event/{event.translation_key}.ics" in text
    assert "webcal://" in text and "calendar.google.com/calendar/render?cid=webcal" in text
    assert "outlook.live.com/calendar/0/addfromweb" in text


def test_an_event_without_registration_shows_no_registration_box(client, make_event):
    response = client.get(make_event().url)
    assert response.context["registration"]["enabled"] is False
    assert 'id="registration"' not in response.text
    assert json_ld(response)["offers"]["availability"] == "https://schema.org/InStock"


def test_home_page_shows_upcoming_events(client, site, make_event):
    make_event(title="Snart på hemsidan")
    make_event(
        title="Redan förbi", start=next_week_at(days=-10), end=next_week_at(days=-10) + timedelta(hours=1)
    )
    text = client.get("/sv/").text
    assert "Snart på hemsidan" in text and "Redan förbi" not in text
    assert "event-card" in text


def test_activity_page_shows_its_own_upcoming_events(client, programme, make_event):
    from home.factories import ActivityPageFactory

    activity = ActivityPageFactory(parent=programme, title="Berättarnätverket")
    make_event(title="Berättarkväll", activity=activity)
    make_event(title="Annat")
    text = client.get(activity.url).text
    assert "Berättarkväll" in text and "Annat" not in text
