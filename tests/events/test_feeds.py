"""Calendar feeds, read back by icalendar and recurring-ical-events, match what the site lists."""

import calendar as pycalendar
from datetime import UTC, date, datetime, time, timedelta

import icalendar
import pytest
import recurrence
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone, translation
from recurrence import Recurrence, Rule

from events.choices import EventStatus
from events.feeds import event_uid
from events.services.occurrences import expand
from tests.events.icalhelpers import STOCKHOLM, as_local, expanded, parse, site_view

pytestmark = pytest.mark.django_db


def next_dst_start(today):
    """The next last Sunday of March after `today`."""
    year = today.year if today < date(today.year, 3, 20) else today.year + 1
    last = pycalendar.monthrange(year, 3)[1]
    day = date(year, 3, last)
    while day.weekday() != 6:
        day -= timedelta(days=1)
    return day


def feed_url(index, language="sv"):
    with translation.override(language):
        return reverse("events_feed", kwargs={"index": index.translation_key})


def get_feed(client, index, language="sv", **headers):
    return client.get(feed_url(index, language), headers=headers)


def weekly_tuesdays_over_dst():
    """Tuesdays at 18:00 from three weeks before to three weeks after the change to summer time."""
    change = next_dst_start(timezone.localdate())
    first_tuesday = change - timedelta(days=change.weekday() - 1 + 21)
    start = datetime.combine(first_tuesday, time(18), STOCKHOLM)
    until = datetime.combine(first_tuesday + timedelta(weeks=6), time(0), STOCKHOLM)
    return start, Recurrence(rrules=[Rule(recurrence.WEEKLY, byday=[recurrence.TU], until=until)])


def compare(client, index, events, after, before, language="sv"):
    body = get_feed(client, index, language).content
    from_feed = as_local(expanded(body, after, before))
    from_site = as_local(site_view(expand(events, after, before), event_uid))
    return from_feed, from_site


def test_weekly_event_stays_at_1800_local_across_the_change_to_summer_time(client, calendar, make_event):
    start, rule = weekly_tuesdays_over_dst()
    event = make_event(start=start, end=start + timedelta(hours=2), recurrence=rule)
    after, before = start - timedelta(days=1), start + timedelta(weeks=8)
    from_feed, from_site = compare(client, calendar, [event], after, before)
    assert len(from_feed) == 7
    assert from_feed == from_site
    assert {item[1][11:16] for item in from_feed} == {"18:00"}
    assert {item[1][-6:] for item in from_feed} == {"+01:00", "+02:00"}


def test_feed_writes_local_rrule_utc_until_and_compact_timezone(client, calendar, make_event):
    start, rule = weekly_tuesdays_over_dst()
    make_event(start=start, end=start + timedelta(hours=2), recurrence=rule)
    text = get_feed(client, calendar).content.decode()
    assert "DTSTART;TZID=Europe/Stockholm:" in text
    rrule_line = next(line for line in text.split("\r\n") if line.startswith("RRULE:FREQ=WEEKLY"))
    assert "BYDAY=TU" in rrule_line and rrule_line.split("UNTIL=")[1].split(";")[0].endswith("Z")
    vtimezone = text.split("BEGIN:VTIMEZONE")[1].split("END:VTIMEZONE")[0]
    assert "RDATE" not in vtimezone
    rules = sorted(
        sorted(line.removeprefix("RRULE:").split(";"))
        for line in vtimezone.split("\r\n")
        if line.startswith("RRULE:")
    )
    assert rules == [["BYDAY=-1SU", "BYMONTH=10", "FREQ=YEARLY"], ["BYDAY=-1SU", "BYMONTH=3", "FREQ=YEARLY"]]


def test_compact_timezone_matches_zoneinfo_for_decades():
    from events.feeds import compact_vtimezone

    for tzid in ("Europe/Stockholm", "Europe/Oslo"):
        tz = compact_vtimezone(tzid).to_tz()
        zone = STOCKHOLM.__class__(tzid)
        for year in range(2000, 2038):
            for month, day, hour in ((3, 31, 12), (1, 15, 12), (7, 1, 12), (10, 31, 12), (3, 25, 1)):
                naive = datetime(year, month, day, hour)
                assert naive.replace(tzinfo=tz).utcoffset() == naive.replace(tzinfo=zone).utcoffset()


def test_excluded_dates_carry_tzid_and_stay_excluded(client, calendar, make_event):
    start, rule = weekly_tuesdays_over_dst()
    # The widget sends whole days as midnight in the editor's zone, in UTC.
    skipped = (start + timedelta(weeks=2)).date()
    rule.exdates = [datetime.combine(skipped, time(0), STOCKHOLM).astimezone(UTC)]
    event = make_event(start=start, end=start + timedelta(hours=2), recurrence=rule)
    text = get_feed(client, calendar).content.decode()
    assert f"EXDATE;TZID=Europe/Stockholm:{skipped:%Y%m%d}T180000" in text
    after, before = start - timedelta(days=1), start + timedelta(weeks=8)
    from_feed, from_site = compare(client, calendar, [event], after, before)
    assert len(from_feed) == 6
    assert from_feed == from_site
    assert skipped.isoformat() not in {item[1][:10] for item in from_feed}


def test_extra_date_is_added_at_the_event_start_time(client, calendar, make_event):
    start, rule = weekly_tuesdays_over_dst()
    extra = (start + timedelta(days=3)).date()
    rule.rdates = [datetime.combine(extra, time(0), STOCKHOLM)]
    event = make_event(start=start, end=start + timedelta(hours=2), recurrence=rule)
    after, before = start - timedelta(days=1), start + timedelta(weeks=8)
    from_feed, from_site = compare(client, calendar, [event], after, before)
    assert from_feed == from_site
    assert f"{extra.isoformat()}T18:00:00+01:00" in {item[1] for item in from_feed}


def test_all_day_events_are_dates_with_exclusive_end(client, calendar, make_event):
    first = timezone.localdate() + timedelta(days=20)
    event = make_event(
        all_day=True,
        start=datetime.combine(first, time(9), STOCKHOLM),
        end=datetime.combine(first + timedelta(days=2), time(17), STOCKHOLM),
        recurrence=Recurrence(
            rrules=[Rule(recurrence.WEEKLY, count=4)],
            exdates=[datetime.combine(first + timedelta(weeks=2), time(0), STOCKHOLM)],
        ),
    )
    text = get_feed(client, calendar).content.decode()
    assert f"DTSTART;VALUE=DATE:{first:%Y%m%d}" in text
    assert f"DTEND;VALUE=DATE:{first + timedelta(days=3):%Y%m%d}" in text
    assert f"EXDATE;VALUE=DATE:{first + timedelta(weeks=2):%Y%m%d}" in text
    after = datetime.combine(first - timedelta(days=1), time(0), STOCKHOLM)
    from_feed, from_site = compare(client, calendar, [event], after, after + timedelta(weeks=5))
    assert len(from_feed) == 3
    assert from_feed == from_site


def test_cancelled_single_occurrence_is_a_recurrence_id_override(client, calendar, make_event):
    start, rule = weekly_tuesdays_over_dst()
    cancelled_day = (start + timedelta(weeks=1)).date()
    noted_day = (start + timedelta(weeks=4)).date()
    event = make_event(
        start=start,
        end=start + timedelta(hours=2),
        recurrence=rule,
        exceptions=[
            {"date": cancelled_day, "cancelled": True},
            {"date": noted_day, "note": "Flyttat till sal B"},
        ],
    )
    body = get_feed(client, calendar).content
    text = body.decode()
    assert f"RECURRENCE-ID;TZID=Europe/Stockholm:{cancelled_day:%Y%m%d}T180000" in text
    assert f"RECURRENCE-ID;TZID=Europe/Stockholm:{noted_day:%Y%m%d}T180000" in text
    assert "Flyttat till sal B" in text
    after, before = start - timedelta(days=1), start + timedelta(weeks=8)
    from_feed, from_site = compare(client, calendar, [event], after, before)
    assert from_feed == from_site
    statuses = {item[1][:10]: item[3] for item in from_feed}
    assert statuses[cancelled_day.isoformat()] == "CANCELLED"
    assert statuses[noted_day.isoformat()] == "CONFIRMED"
    uids = {item[0] for item in from_feed}
    assert uids == {event_uid(event)}


def test_cancelled_event_stays_with_status_cancelled_then_drops_out(client, calendar, make_event):
    soon = make_event(title="Inställd snart", status=EventStatus.CANCELLED)
    ended = timezone.now() - timedelta(days=10)
    recent = make_event(
        title="Inställd nyss", status=EventStatus.CANCELLED, start=ended - timedelta(hours=2), end=ended
    )
    long_ago = timezone.now() - timedelta(days=45)
    make_event(title="Inställd länge sedan", status=EventStatus.CANCELLED, start=long_ago, end=long_ago)
    cal = parse(get_feed(client, calendar).content)
    by_uid = {str(e["UID"]): e for e in cal.walk("VEVENT")}
    assert set(by_uid) == {event_uid(soon), event_uid(recent)}
    for component in by_uid.values():
        assert component["STATUS"] == "CANCELLED"
        assert str(component["SUMMARY"]).startswith("Cancelled: ") or "Inställt" in str(component["SUMMARY"])
    after = timezone.now() - timedelta(days=20)
    from_feed, from_site = compare(client, calendar, [soon, recent], after, after + timedelta(days=60))
    assert from_feed == from_site


def test_unchanged_feed_is_byte_identical(client, calendar, make_event):
    start, rule = weekly_tuesdays_over_dst()
    make_event(
        start=start,
        end=start + timedelta(hours=2),
        recurrence=rule,
        exceptions=[{"date": start.date(), "note": "x"}],
    )
    make_event()
    first = get_feed(client, calendar)
    cache.clear()  # build the second body afresh instead of reusing the one kept under its ETag
    second = get_feed(client, calendar)
    assert first.status_code == 200
    assert first.content == second.content
    assert first["ETag"] == second["ETag"]
    assert first["Content-Type"] == "text/calendar; charset=utf-8"


def test_feed_answers_304_to_its_etag_and_last_modified(client, calendar, make_event):
    event = make_event()
    first = get_feed(client, calendar)
    assert first["ETag"] and first["Last-Modified"]
    again = get_feed(client, calendar, **{"If-None-Match": first["ETag"]})
    assert again.status_code == 304 and again.content == b""
    assert again["ETag"] == first["ETag"]
    since = get_feed(client, calendar, **{"If-Modified-Since": first["Last-Modified"]})
    assert since.status_code == 304
    event.title = "Ny titel"
    event.save_revision().publish()
    changed = get_feed(client, calendar, **{"If-None-Match": first["ETag"]})
    assert changed.status_code == 200
    assert changed["ETag"] != first["ETag"]


def test_unpublishing_an_event_changes_etag_and_last_modified(client, calendar, make_event):
    from events.models import EventPage, Venue

    event = make_event()
    make_event()
    # Published a while ago: HTTP dates have whole seconds.
    EventPage.objects.update(last_published_at=timezone.now() - timedelta(minutes=5))
    Venue.objects.update(updated_at=timezone.now() - timedelta(minutes=5))
    first = get_feed(client, calendar)
    event.unpublish(log_action=True)
    etag = get_feed(client, calendar, **{"If-None-Match": first["ETag"]})
    since = get_feed(client, calendar, **{"If-Modified-Since": first["Last-Modified"]})
    assert etag.status_code == 200
    assert since.status_code == 200
    assert event_uid(event) not in etag.content.decode()


def test_swedish_and_norwegian_feeds_share_uids_and_differ_in_names(client, calendar, make_event, translate):
    event = make_event(title="Kulturfrukost")
    translate(event, title="Kulturfrokost")
    calendar.nb.title = "Arrangementer, kurs"
    calendar.nb.save_revision().publish()
    sv, nb = parse(get_feed(client, calendar, "sv").content), parse(get_feed(client, calendar, "nb").content)
    assert (
        [str(e["UID"]) for e in sv.walk("VEVENT")]
        == [str(e["UID"]) for e in nb.walk("VEVENT")]
        == [event_uid(event)]
    )
    assert str(sv.walk("VEVENT")[0]["SUMMARY"]) == "Kulturfrukost"
    assert str(nb.walk("VEVENT")[0]["SUMMARY"]) == "Kulturfrokost"
    assert str(sv["X-WR-CALNAME"]) != str(nb["X-WR-CALNAME"])
    assert "Arrangementer" in str(nb["X-WR-CALNAME"]) and "Arrangementer" in str(nb["NAME"])
    assert "/nb/" in str(nb.walk("VEVENT")[0]["URL"]) and "/sv/" in str(sv.walk("VEVENT")[0]["URL"])
    assert str(sv["X-WR-CALDESC"]) and str(nb["X-WR-CALDESC"])
    assert (
        "X-WR-CALNAME:Samspel63: Arrangementer\\, kurs" in get_feed(client, calendar, "nb").content.decode()
    )


def test_drafts_and_private_events_are_absent(client, calendar, make_event):
    from wagtail.models import PageViewRestriction

    public = make_event(title="Öppet")
    draft = make_event(title="Utkast", live=False, publish=False)
    private = make_event(title="Privat")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    text = get_feed(client, calendar).content.decode()
    assert event_uid(public) in text
    assert event_uid(draft) not in text and "Utkast" not in text
    assert event_uid(private) not in text and "Privat" not in text


def test_feed_polling_headers_and_line_format(client, calendar, make_event):
    make_event(summary="Kaffe, smörgås; och samtal\\nom kultur " + "lång text " * 20)
    body = get_feed(client, calendar).content
    text = body.decode()
    assert "REFRESH-INTERVAL;VALUE=DURATION:PT6H" in text
    assert "X-PUBLISHED-TTL:PT6H" in text
    assert "Kaffe\\, smörgås\\; och samtal\\\\nom" in text
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    assert body.count(b"\r\n") == body.count(b"\n")


def test_sequence_rises_when_times_place_or_status_change(make_event, venue):
    from events.factories import VenueFactory

    event = make_event()
    assert event.sequence == 0
    event.summary = "Ny text"
    event.save_revision().publish()
    event.refresh_from_db()
    assert event.sequence == 0
    event.start += timedelta(hours=1)
    event.end += timedelta(hours=1)
    event.save_revision().publish()
    event.refresh_from_db()
    assert event.sequence == 1
    event.venue = VenueFactory()
    event.save_revision().publish()
    event.refresh_from_db()
    assert event.sequence == 2
    event.status = EventStatus.CANCELLED
    event.save_revision().publish()
    event.refresh_from_db()
    assert event.sequence == 3


def test_sequence_is_shared_by_the_translation(make_event, translate):
    event = make_event()
    event.start += timedelta(days=1)
    event.end += timedelta(days=1)
    event.save_revision().publish()
    event.refresh_from_db()
    event_nb = translate(event)
    assert event_nb.sequence == event.sequence == 1


def test_category_and_activity_feeds_hold_only_their_events(client, calendar, make_event, seminar, programme):
    from home.factories import ActivityPageFactory

    activity = ActivityPageFactory(parent=programme, title="Hilmarfestivalen")
    in_both = make_event(category=seminar, activity=activity)
    only_category = make_event(category=seminar)
    other = make_event()
    category = client.get(
        reverse("events_category_feed", kwargs={"index": calendar.translation_key, "category": "seminar"})
    ).content.decode()
    assert event_uid(in_both) in category and event_uid(only_category) in category
    assert event_uid(other) not in category
    by_activity = client.get(
        reverse(
            "events_activity_feed",
            kwargs={"index": calendar.translation_key, "activity": activity.translation_key},
        )
    ).content.decode()
    assert event_uid(in_both) in by_activity
    assert event_uid(only_category) not in by_activity and event_uid(other) not in by_activity
    missing = client.get(
        reverse("events_category_feed", kwargs={"index": calendar.translation_key, "category": "finns-inte"})
    )
    assert missing.status_code == 404


def test_single_event_calendar_file(client, make_event):
    event = make_event(title="Studieresa")
    response = client.get(reverse("events_event_ics", kwargs={"event": event.translation_key}))
    assert response.status_code == 200
    cal = parse(response.content)
    assert [str(e["UID"]) for e in cal.walk("VEVENT")] == [event_uid(event)]
    assert str(cal["X-WR-CALNAME"]) == "Studieresa"
    again = client.get(
        reverse("events_event_ics", kwargs={"event": event.translation_key}),
        headers={"If-None-Match": response["ETag"]},
    )
    assert again.status_code == 304


def test_the_feed_is_byte_for_byte_what_icalendar_writes(client, calendar, make_event, seminar):
    """events.ical writes the VEVENT lines itself, for speed: icalendar reading the feed and writing it
    again must not change one byte (property order, escaping, TZID and DATE values, folding)."""
    start, rule = weekly_tuesdays_over_dst()
    rule.exdates = [datetime.combine((start + timedelta(weeks=2)).date(), time(0), STOCKHOLM).astimezone(UTC)]
    rule.rdates = [datetime.combine((start + timedelta(days=3)).date(), time(0), STOCKHOLM)]
    make_event(
        title="Vävning, broderi; och \\ sömnad – en lång kväll med åäö och 😀 som viker raden",
        start=start,
        end=start + timedelta(hours=2),
        recurrence=rule,
        category=seminar,
        summary="Rad ett,\nrad två; med backslash \\ och ett ^ tecken, lång nog att vikas " * 2,
        exceptions=[
            {"date": (start + timedelta(weeks=1)).date(), "cancelled": True, "note": "Sal B, plan 2"}
        ],
    )
    first = timezone.localdate() + timedelta(days=20)
    make_event(
        all_day=True,
        start=datetime.combine(first, time(0), STOCKHOLM),
        end=datetime.combine(first + timedelta(days=1), time(0), STOCKHOLM),
        recurrence=Recurrence(rrules=[Rule(recurrence.DAILY, count=3)]),
    )
    make_event(status=EventStatus.POSTPONED, is_free=False, price=250, price_note="Fika ingår, 50 kr")
    make_event(status=EventStatus.MOVED_ONLINE, online_url="https://example.org/möte?a=1;b=2")
    make_event(status=EventStatus.CANCELLED)
    body = get_feed(client, calendar).content
    assert body.count(b"BEGIN:VEVENT") == 6
    assert icalendar.Calendar.from_ical(body).to_ical() == body
