"""Journey 5: a subscriber uses the calendar controls on the events listing (the webcal link and the
copy button) and gets a feed that parses, in the listing's language."""

from urllib.request import urlopen

import pytest
from icalendar import Calendar
from playwright.sync_api import expect

from events.models import EventPage
from tests.e2e.helpers import live_page

pytestmark = pytest.mark.browser


def fetch_calendar(url):
    with urlopen(url, timeout=10) as response:  # noqa: S310 (the live server on loopback)
        assert response.status == 200
        assert response.headers["Content-Type"].startswith("text/calendar")
        return Calendar.from_ical(response.read())


def summaries(calendar):
    return {str(event["SUMMARY"]) for event in calendar.walk("VEVENT")}


@pytest.mark.parametrize("lang", ["sv", "nb"])
def test_subscriber_gets_a_feed_that_parses_from_the_listing_controls(browsing, lang):
    index = live_page("eventindexpage", lang)
    titles = set(EventPage.objects.live().filter(locale__language_code=lang).values_list("title", flat=True))
    session = browsing(f"subscribe-{lang}", permissions=["clipboard-read", "clipboard-write"])
    page = session.page
    page.goto(index.url)
    feed = page.locator(".subscribe__feed").first
    feed.scroll_into_view_if_needed()
    session.shot("subscribe-controls", full_page=False)

    # The subscribe link speaks webcal:, which calendar programs take over; it is the same feed over http.
    webcal = feed.get_by_role("link").first.get_attribute("href")
    assert webcal.startswith("webcal://127.0.0.1:")
    by_webcal = fetch_calendar("http://" + webcal.removeprefix("webcal://"))

    # The copy button puts the feed's address on the clipboard.
    copy = feed.locator("button[data-copy]")
    assert copy.is_visible(), "the copy button shows when the clipboard can be used"
    # Several feeds, several "Copy" buttons: each is described by its feed's name.
    expect(copy).to_have_accessible_description(feed.locator("h3").inner_text())
    copy.click()
    expect(copy).to_have_text(copy.get_attribute("data-copied-text"))
    session.shot("copied", full_page=False)
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == feed.locator("input[readonly]").input_value()
    assert copied.removeprefix("http://") == webcal.removeprefix("webcal://")
    by_copy = fetch_calendar(copied)

    # Every other feed offered there (application deadlines, ...) parses too.
    for other in page.locator(".subscribe__feed").all()[1:]:
        link = other.get_by_role("link").first.get_attribute("href")
        assert fetch_calendar("http://" + link.removeprefix("webcal://"))["VERSION"] == "2.0"

    for calendar in (by_webcal, by_copy):
        assert calendar["VERSION"] == "2.0"
        found = summaries(calendar)
        assert found, "the feed has events"
        # A cancelled date keeps its title behind a word such as "Inställt:" / "Avlyst:".
        named = {title for title in titles if any(summary.endswith(title) for summary in found)}
        assert all(any(summary.endswith(title) for title in titles) for summary in found), found
        assert named == titles, f"events missing from the feed: {titles - named}"
        assert calendar.walk("VTIMEZONE"), "local times come with their zone"
