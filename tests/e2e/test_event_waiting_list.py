"""Journey 4: a visitor takes the last place of an event, the next lands on the waiting list; the first
cancels through the link in their mail, and the second is promoted and told so."""

import uuid

import pytest

from events.factories import EventPageFactory
from residencies import services
from residencies.choices import IntakePolicy, SubmissionStatus
from residencies.models import Submission
from tests.e2e.helpers import link_path, live_page, mails_to, unique_email

pytestmark = pytest.mark.browser


def register(session, event, name, email):
    page = session.page
    page.goto(event.url)
    form = page.locator("#registration form")
    form.locator("#id_name").fill(name)
    form.locator("#id_email").fill(email)
    form.locator("#id_country").select_option("SE")
    form.locator("#id_consent").check()
    session.shot("form-filled", full_page=False)
    with page.expect_navigation():
        form.locator("button[name=action][value=send]").click()
    assert "/submission/" in page.url, "the registration was refused"
    return Submission.objects.get(email=email)


def test_last_place_then_waiting_list_then_promotion_after_a_cancellation(browsing):
    index = live_page("eventindexpage", "sv")
    suffix = uuid.uuid4().hex[:4]
    event = EventPageFactory(
        parent=index,
        title=f"Visverkstad {suffix}",
        slug=f"visverkstad-{suffix}",
        intake_policy=IntakePolicy.FIRST_COME,
        intake_places=2,
        intake_waiting_list=True,
    )
    # Someone registered earlier: one place is left.
    services.submit(
        event, {"name": "Tidig Gäst", "email": unique_email("tidig"), "country": "SE"}, language="sv"
    )

    first = browsing("event-waiting-list/first-visitor")
    first.page.goto(event.url)
    first.shot("one-place-left")
    assert "1 plats kvar" in first.page.locator("#registration").inner_text()
    first_email = unique_email("forsta")
    taken = register(first, event, "Första Besökare", first_email)
    assert taken.status == SubmissionStatus.CONFIRMED
    first.shot("place-confirmed")

    second = browsing("event-waiting-list/second-visitor")
    second.page.goto(event.url)
    assert "väntelistan" in second.page.locator("#registration").inner_text()
    second.shot("full-waiting-list-offered")
    second_email = unique_email("andra")
    waiting = register(second, event, "Andra Besökare", second_email)
    assert waiting.status == SubmissionStatus.WAITING
    second.shot("on-the-waiting-list")

    # The first visitor cancels through the link in their confirmation.
    (confirmation,) = mails_to(first_email)
    first.page.goto(link_path(confirmation.body))
    first.page.locator("a[href$='/cancel/']").click()
    first.page.wait_for_url("**/cancel/")
    first.shot("cancel-confirm")
    with first.page.expect_navigation():
        first.page.locator("main form button[type=submit]").click()
    first.shot("cancelled")
    taken.refresh_from_db()
    assert taken.status == SubmissionStatus.CANCELLED

    # The place goes to the one waiting, who is told.
    waiting.refresh_from_db()
    assert waiting.status == SubmissionStatus.CONFIRMED
    promoted = mails_to(second_email)[-1]
    assert promoted is not mails_to(second_email)[0]
    second.page.goto(link_path(promoted.body))
    second.shot("promoted")
    assert waiting.reference in second.page.locator("main").inner_text()
