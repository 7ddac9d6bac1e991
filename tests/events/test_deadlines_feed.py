"""The application deadlines feed: open and upcoming calls, per language, read back by two parsers."""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
import recurring_ical_events
from django.urls import reverse
from django.utils import timezone, translation

from events.deadline_feed import deadline_uid
from tests.conftest import translate_and_publish
from tests.events.icalhelpers import parse

pytestmark = pytest.mark.django_db
STOCKHOLM, OSLO = ZoneInfo("Europe/Stockholm"), ZoneInfo("Europe/Oslo")


def feed_url(language):
    with translation.override(language):
        return reverse("events_deadlines_feed")


@pytest.fixture
def call_index(home_sv, locale_nb):
    from residencies.factories import CallIndexPageFactory

    index = CallIndexPageFactory(parent=home_sv)
    index.save_revision().publish()
    index.nb = translate_and_publish(index, locale_nb, title="Utlysninger", slug="utlysninger")
    return index


def in_days(days, hour, minute, zone):
    return datetime.combine(timezone.localdate() + timedelta(days=days), time(hour, minute), zone)


@pytest.fixture
def calls(call_index, locale_nb):
    """An open residency closing 12:00 Oslo time, an upcoming study trip closing at 23:59 Swedish time,
    and a call that closed long ago."""
    from residencies.factories import ResidencyPageFactory, StudyTripPageFactory

    residency = ResidencyPageFactory(
        parent=call_index,
        title="Residens i Steinkjer",
        slug="residens",
        intake_zone="Europe/Oslo",
        intake_closes_at=in_days(20, 12, 0, OSLO),
    )
    trip = StudyTripPageFactory(
        parent=call_index,
        title="Studieresa till Trondheim",
        slug="studieresa",
        intake_opens_at=timezone.now() + timedelta(days=3),
        intake_closes_at=in_days(30, 23, 59, STOCKHOLM),
    )
    old = ResidencyPageFactory(
        parent=call_index,
        title="Gammal utlysning",
        slug="gammal",
        intake_opens_at=timezone.now() - timedelta(days=200),
        intake_closes_at=timezone.now() - timedelta(days=100),
    )
    for page in (residency, trip, old):
        page.save_revision().publish()
    residency.nb = translate_and_publish(
        residency, locale_nb, title="Residens i Steinkjer (nb)", slug="residens"
    )
    trip.nb = translate_and_publish(trip, locale_nb, title="Studietur til Trondheim", slug="studietur")
    return residency, trip


def vevents(response):
    return {str(e["UID"]): e for e in parse(response.content).walk("VEVENT")}


def test_the_feed_has_the_open_and_upcoming_deadlines_with_one_uid_in_both_languages(client, calls):
    residency, trip = calls
    sv, nb = client.get(feed_url("sv")), client.get(feed_url("nb"))
    assert sv.status_code == 200 and sv["Content-Type"] == "text/calendar; charset=utf-8"
    assert feed_url("sv") == "/sv/calendar/deadlines.ics" and feed_url("nb") == "/nb/calendar/deadlines.ics"
    uids = {deadline_uid(residency.translation_key), deadline_uid(trip.translation_key)}
    assert set(vevents(sv)) == uids and set(vevents(nb)) == uids
    sv_names = {str(e["SUMMARY"]) for e in vevents(sv).values()}
    nb_names = {str(e["SUMMARY"]) for e in vevents(nb).values()}
    assert any("Studieresa till Trondheim" in name for name in sv_names)
    assert any("Studietur til Trondheim" in name for name in nb_names)
    assert not any("Studieresa" in name for name in nb_names)
    assert "Gammal" not in sv.text


def test_a_timed_deadline_is_in_the_calls_zone_with_its_vtimezone(client, calls):
    residency, _trip = calls
    response = client.get(feed_url("sv"))
    event = vevents(response)[deadline_uid(residency.translation_key)]
    start = event["DTSTART"]
    assert start.params["TZID"] == "Europe/Oslo"
    assert start.dt == in_days(20, 12, 0, OSLO) and (start.dt.hour, start.dt.minute) == (12, 0)
    assert "DTEND" not in event  # a moment, not a span
    cal = parse(response.content)
    assert [str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")] == ["Europe/Oslo"]
    assert "RDATE" not in response.content.decode().split("BEGIN:VTIMEZONE")[1]
    assert residency.get_full_url() in str(event["URL"])


def test_a_deadline_at_the_end_of_a_day_is_an_all_day_entry_on_that_day(client, calls):
    _residency, trip = calls
    event = vevents(client.get(feed_url("nb")))[deadline_uid(trip.translation_key)]
    day = timezone.localdate() + timedelta(days=30)
    assert event["DTSTART"].dt == day and not isinstance(event["DTSTART"].dt, datetime)
    assert event["DTEND"].dt == day + timedelta(days=1)
    assert "23:59" in str(event["DESCRIPTION"])


def test_an_independent_expander_sees_each_deadline_once_at_its_time(client, calls):
    residency, trip = calls
    cal = parse(client.get(feed_url("sv")).content)
    found = recurring_ical_events.of(cal).between(timezone.now(), timezone.now() + timedelta(days=60))
    starts = {str(c["UID"]): c["DTSTART"].dt for c in found}
    assert starts == {
        deadline_uid(residency.translation_key): in_days(20, 12, 0, OSLO),
        deadline_uid(trip.translation_key): timezone.localdate() + timedelta(days=30),
    }
    assert isinstance(starts[deadline_uid(trip.translation_key)], date)


def test_the_feed_names_itself_and_tells_clients_how_often_to_poll(client, calls):
    text = client.get(feed_url("nb")).content.decode()
    assert "X-WR-CALNAME:Samspel63: " in text and "REFRESH-INTERVAL;VALUE=DURATION:PT6H" in text
    assert "\r\n" in text


def test_an_unchanged_feed_answers_304_and_a_changed_call_changes_the_etag(client, calls):
    residency, _trip = calls
    first = client.get(feed_url("sv"))
    assert first["ETag"] and first["Last-Modified"]
    again = client.get(feed_url("sv"), headers={"If-None-Match": first["ETag"]})
    assert again.status_code == 304 and again.content == b""
    assert client.get(feed_url("sv")).content == first.content  # byte-identical while nothing changed
    assert client.get(feed_url("nb"))["ETag"] != first["ETag"]
    residency.intake_closes_at = residency.intake_closes_at + timedelta(days=1)
    residency.save_revision().publish()
    changed = client.get(feed_url("sv"), headers={"If-None-Match": first["ETag"]})
    assert changed.status_code == 200 and changed["ETag"] != first["ETag"]


def test_a_recently_closed_deadline_stays_a_while_so_it_does_not_vanish_from_calendars(client, call_index):
    from residencies.factories import ResidencyPageFactory

    closed = ResidencyPageFactory(
        parent=call_index,
        title="Nyss stängd",
        slug="nyss",
        intake_opens_at=timezone.now() - timedelta(days=30),
        intake_closes_at=timezone.now() - timedelta(days=2),
    )
    closed.save_revision().publish()
    assert deadline_uid(closed.translation_key) in vevents(client.get(feed_url("sv")))


def test_the_call_index_and_the_events_listing_offer_the_subscription(client, calls, call_index, calendar):
    for url, language in ((call_index.url, "sv"), (call_index.nb.url, "nb"), (calendar.url, "sv")):
        text = client.get(url).text
        assert feed_url(language) in text and "webcal://" in text, url


def test_the_feed_links_to_the_calls_index_in_its_language(client, calls, call_index):
    """The calendar's URL (what calendar apps show as its page) is the calls' index, in full."""
    for language, index in (("sv", call_index), ("nb", call_index.nb)):
        calendar = parse(client.get(feed_url(language)).content)
        assert str(calendar["URL"]) == index.get_full_url()


def test_with_two_call_indexes_the_feed_links_the_first_in_the_tree_as_the_home_page_does(
    client, calls, call_index, home_sv
):
    """Not the first created: an index added later and moved above the old one is the one the home
    page's "All calls" link goes to, and the feed names the same page."""
    from residencies.factories import CallIndexPageFactory

    newer = CallIndexPageFactory(parent=home_sv, title="Aktuella utlysningar", slug="aktuella")
    newer.save_revision().publish()
    newer.move(call_index, pos="left")
    newer.refresh_from_db()
    call_index.refresh_from_db()
    assert newer.pk > call_index.pk and newer.path < call_index.path

    calendar = parse(client.get(feed_url("sv")).content)
    assert str(calendar["URL"]) == newer.get_full_url()
    assert f'href="{newer.url}"' in client.get("/sv/").text
