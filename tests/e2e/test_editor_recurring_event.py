"""Journey 1: an editor creates a weekly event in Swedish with one date left out, using the recurrence
widget in the Wagtail editor, publishes it, translates it to Norwegian with wagtail-localize and
publishes the translation; both public pages list the right dates, and each language's feed has the
event once."""

import uuid
from datetime import datetime, time, timedelta
from urllib.request import urlopen
from zoneinfo import ZoneInfo

import pytest
import recurring_ical_events
from django.contrib.auth import get_user_model
from django.utils import timezone
from icalendar import Calendar
from playwright.sync_api import expect

from events.models import EventPage
from tests.e2e.helpers import live_page

pytestmark = pytest.mark.browser

STOCKHOLM = ZoneInfo("Europe/Stockholm")
PASSWORD = "e2e-journey-password"
WEEKS = 6


def feed_events(url, uid):
    with urlopen(url, timeout=10) as response:  # noqa: S310 (the live server on loopback)
        calendar = Calendar.from_ical(response.read())
    return calendar, [event for event in calendar.walk("VEVENT") if str(event["UID"]) == uid]


def public_dates(page):
    return [
        datetime.fromisoformat(value)
        for value in page.locator(".event-dates time").evaluate_all(
            "times => times.map(t => t.getAttribute('datetime'))"
        )
    ]


def test_editor_makes_a_weekly_event_with_a_gap_and_translates_it(browsing):
    index_sv = live_page("eventindexpage", "sv")
    index_nb = live_page("eventindexpage", "nb")
    editor_name = f"editor-{uuid.uuid4().hex[:6]}"
    get_user_model().objects.create_superuser(editor_name, f"{editor_name}@example.com", PASSWORD)
    first_day = timezone.localdate() + timedelta(days=7)
    skipped_day = first_day + timedelta(days=14)
    expected = [
        datetime.combine(first_day + timedelta(weeks=n), time(18, 0), tzinfo=STOCKHOLM)
        for n in range(WEEKS)
        if first_day + timedelta(weeks=n) != skipped_day
    ]
    suffix = uuid.uuid4().hex[:4]
    title_sv, title_nb = f"Sångkväll i Duved {suffix}", f"Sangkveld i Duved {suffix}"
    summary_sv = "Vi sjunger visor från båda sidor om gränsen."
    summary_nb = "Vi synger viser fra begge sider av grensen."

    session = browsing("editor-recurring-event")
    page = session.page
    page.goto("/admin/login/")
    page.fill("#id_username", editor_name)
    page.fill("#id_password", PASSWORD)
    with page.expect_navigation():
        page.locator("form button[type=submit]").first.click()

    # From the Swedish calendar in the page explorer to a new event page.
    page.goto(f"/admin/pages/{index_sv.pk}/")
    session.shot("explorer", full_page=False)
    with page.expect_navigation():
        page.locator(f"a[href='/admin/pages/{index_sv.pk}/add_subpage/']").first.click()
    if "/add/events/eventpage/" not in page.url:  # when more than one page type may go here
        page.locator("main a[href*='/add/events/eventpage/']").first.click()
        page.wait_for_url("**/add/events/eventpage/**")
    page.fill("#id_title", title_sv)
    page.fill("#id_summary", summary_sv)
    page.fill("#id_start", f"{first_day:%Y-%m-%d} 18:00")
    page.fill("#id_end", f"{first_day:%Y-%m-%d} 20:00")

    # The recurrence widget: a weekly rule for six weeks, and one date left out.
    widget = page.locator("div.recurrence-widget")
    widget.locator(".add-rule").click()
    rule = widget.locator(".panel").nth(0)
    if rule.locator(".body.hidden").count():  # a new rule's form starts folded
        rule.locator(".header .recurrence-label").click()
    assert rule.locator("select[name=freq]").input_value() == "2", "a new rule is weekly"
    rule.locator("input[name=limit]").check()
    rule.locator("input[name=until_count][value=count]").check()
    rule.locator("input[name=count]").fill(str(WEEKS))
    rule.locator("input[name=count]").dispatch_event("change")
    widget.locator(".add-date").click()
    gap = widget.locator(".panel").nth(1)
    gap.locator("input[name=mode]").check()
    gap.locator("input.date-field").fill(f"{skipped_day:%Y-%m-%d}")
    gap.locator("input.date-field").dispatch_event("change")
    session.shot("recurrence-widget", element=widget)
    assert "RRULE:FREQ=WEEKLY;COUNT=6" in page.input_value("#id_recurrence")
    assert "EXDATE:" in page.input_value("#id_recurrence")

    # Publish (behind the footer's "more" toggle).
    page.locator("footer [data-w-dropdown-target=toggle]").last.click()
    with page.expect_navigation():
        page.locator("button[name=action-publish]").click()
    session.shot("published", full_page=False)
    event_sv = EventPage.objects.get(title=title_sv)
    assert event_sv.live and event_sv.locale.language_code == "sv"

    # Translate: the page's "more" menu, Norwegian, then localize's editor.
    page.goto(f"/admin/pages/{event_sv.pk}/edit/")
    page.locator("button.w-h-slim-header[data-w-dropdown-target=toggle]").click()
    page.locator(f"a[href='/admin/localize/submit/page/{event_sv.pk}/']").click()
    page.wait_for_url("**/localize/submit/**")
    page.locator(f"input[name=locales][value='{index_nb.locale_id}']").check()
    session.shot("translate-to-norwegian", full_page=False)
    with page.expect_navigation():
        page.locator("main form [type=submit]").first.click()
    # Segment by segment, in the order the editor lists them: the title, then the summary.
    for translation in (title_nb, summary_nb):
        page.get_by_role("button", name="Översätt").first.click()
        page.locator("main textarea").first.fill(translation)
        page.get_by_role("button", name="Spara").first.click()
        expect(page.get_by_text("Sparar")).to_have_count(0)
        expect(page.locator("main").get_by_text(translation, exact=True)).to_be_visible()
    session.shot("translated-segments", full_page=False)
    with page.expect_navigation():
        page.get_by_role("button", name="Publicera på").first.click()
    session.shot("translation-published", full_page=False)
    event_nb = EventPage.objects.get(translation_key=event_sv.translation_key, locale=index_nb.locale)
    assert event_nb.live and event_nb.title == title_nb and event_nb.summary == summary_nb
    assert str(event_nb.recurrence) == str(event_sv.recurrence), "dates are synchronised, not translated"

    # Both public pages list the five dates, without the skipped one.
    for event, title in ((event_sv, title_sv), (event_nb, title_nb)):
        public = browsing(f"editor-recurring-event/public-{event.locale.language_code}")
        response = public.page.goto(event.url)
        assert response.status == 200
        assert public.page.locator("h1").inner_text() == title
        assert public_dates(public.page) == expected
        public.shot("event-page")

    # Each language's feed has the event once: one series under one UID, expanding to the same dates.
    uid = f"{event_sv.translation_key}@samspel63.se"
    for index, title, other in ((index_sv, title_sv, title_nb), (index_nb, title_nb, title_sv)):
        listing = browsing(f"editor-recurring-event/feed-{index.locale.language_code}")
        listing.page.goto(index.url)
        feed_url = listing.page.locator("link[rel=alternate][type='text/calendar']").first.get_attribute(
            "href"
        )
        calendar, series = feed_events(feed_url, uid)
        assert len(series) == 1, f"{feed_url}: {len(series)} VEVENTs for the event"
        assert str(series[0]["SUMMARY"]) == title
        assert other not in calendar.to_ical().decode()
        window = (datetime.combine(first_day, time(0), tzinfo=STOCKHOLM), expected[-1] + timedelta(days=1))
        starts = [
            o["DTSTART"].dt
            for o in recurring_ical_events.of(calendar).between(*window)
            if str(o["UID"]) == uid
        ]
        assert starts == expected
