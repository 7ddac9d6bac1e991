"""Registration mail for events: sent after commit, in the registrant's language, with the date as .ics."""

from datetime import UTC, timedelta

import icalendar
import pytest
import recurring_ical_events
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

from events.feeds import event_uid
from events.models import EventPage
from events.registration_calendar import registration_uid
from events.services.occurrences import next_occurrences
from residencies import services
from residencies.models import OutgoingEmail
from tests.events.conftest import answers_post, person

pytestmark = pytest.mark.django_db
FAILING = "tests.residencies.failing_backend.EmailBackend"


def ics_of(message):
    (attachment,) = [a for a in message.attachments if a[0].endswith(".ics")]
    filename, content, mimetype = attachment
    assert mimetype.startswith("text/calendar")
    body = content.encode() if isinstance(content, str) else content
    return filename, icalendar.Calendar.from_ical(body)


def test_the_confirmation_carries_the_date_as_a_calendar_file(
    client, workshop, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(workshop.intake_form_url(), answers_post(workshop, 1))
    assert response.status_code == 302
    (message,) = mail.outbox
    assert "Verkstad" in message.subject
    assert "/sv/evenemang/verkstad/submission/" in message.body  # the private link to see or cancel
    filename, cal = ics_of(message)
    assert filename == f"verkstad-{workshop.local_start:%Y%m%d}.ics"
    (vevent,) = cal.walk("VEVENT")
    assert str(vevent["UID"]) == event_uid(workshop)  # the same UID as in the event feeds
    assert vevent["DTSTART"].dt == workshop.local_start
    assert vevent["DTSTART"].params["TZID"] == "Europe/Stockholm"
    assert [str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")] == ["Europe/Stockholm"]
    assert str(vevent["SUMMARY"]) == "Verkstad"
    assert str(cal["METHOD"]) == "PUBLISH"
    # An independent expander sees exactly this one date.
    found = recurring_ical_events.of(cal).between(
        workshop.start - timedelta(days=1), workshop.start + timedelta(days=400)
    )
    assert [c["DTSTART"].dt for c in found] == [workshop.local_start]


def test_one_date_of_a_series_gets_its_own_uid_and_its_own_start(weekly, django_capture_on_commit_callbacks):
    third = next_occurrences(weekly, limit=3)[2].start
    with django_capture_on_commit_callbacks(execute=True):
        services.submit(weekly, person(1), language="sv", occurrence=third)
    _filename, cal = ics_of(mail.outbox[0])
    (vevent,) = cal.walk("VEVENT")
    assert vevent["DTSTART"].dt == third and vevent["DTSTART"].params["TZID"] == "Europe/Stockholm"
    assert vevent["DTEND"].dt == third + timedelta(hours=2)
    assert "RRULE" not in vevent and "RECURRENCE-ID" not in vevent
    assert str(vevent["UID"]) == registration_uid(weekly, third)
    assert (
        str(vevent["UID"]) == f"{weekly.translation_key}-{third.astimezone(UTC):%Y%m%dT%H%M%SZ}@samspel63.se"
    )


def test_an_oslo_event_is_written_in_oslo_time(make_event, django_capture_on_commit_callbacks):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from tests.events.conftest import registration

    oslo = ZoneInfo("Europe/Oslo")
    start = datetime.combine(
        (datetime.now(oslo) + timedelta(days=20)).date(), datetime.min.time(), oslo
    ).replace(hour=13)
    event = make_event(start=start, end=start + timedelta(hours=3), time_zone="Europe/Oslo", **registration())
    with django_capture_on_commit_callbacks(execute=True):
        services.submit(event, person(1), language="nb")
    _filename, cal = ics_of(mail.outbox[0])
    (vevent,) = cal.walk("VEVENT")
    assert vevent["DTSTART"].params["TZID"] == "Europe/Oslo"
    assert vevent["DTSTART"].dt.hour == 13
    assert [str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")] == ["Europe/Oslo"]


def test_mail_and_calendar_file_are_in_the_registrants_language_not_the_requests(
    client, workshop, django_capture_on_commit_callbacks
):
    """A Swedish request (someone cancelling on the Swedish page) promotes a Norwegian registrant."""
    placed = [services.submit(workshop, person(n), language="sv") for n in range(3)]
    services.submit(workshop.nb, person(7), language="nb")
    mail.outbox.clear()
    with translation.override("sv"), django_capture_on_commit_callbacks(execute=True):
        services.cancel(placed[0])
    promoted = next(m for m in mail.outbox if m.to == ["deltagare7@example.com"])
    assert "Verksted" in promoted.subject and "/nb/" in promoted.body
    assert OutgoingEmail.objects.get(to="deltagare7@example.com", kind="promoted").language == "nb"
    _filename, cal = ics_of(promoted)
    assert str(cal.walk("VEVENT")[0]["SUMMARY"]) == "Verksted"
    cancelled = next(m for m in mail.outbox if m.to == ["deltagare0@example.com"])
    assert "Verkstad" in cancelled.subject
    assert not [a for a in cancelled.attachments if a[0].endswith(".ics")]  # no place, no calendar entry


def test_the_waiting_list_mail_gives_the_position_and_no_calendar_file(
    workshop, django_capture_on_commit_callbacks
):
    for n in range(3):
        services.submit(workshop, person(n), language="sv")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.submit(workshop.nb, person(8), language="nb")
    (message,) = mail.outbox
    text = " ".join(message.body.split())
    assert "Verksted" in message.subject
    assert "as number 1." in text or "som nummer 1." in text  # English until the catalogues are compiled
    assert not message.attachments


def test_the_organiser_is_told_in_the_pages_language(workshop, django_capture_on_commit_callbacks):
    EventPage.objects.filter(translation_key=workshop.translation_key).update(
        intake_notify_email="arrangor@example.com"
    )
    with django_capture_on_commit_callbacks(execute=True):
        services.submit(workshop.nb, person(1), language="nb")
    (organiser,) = [m for m in mail.outbox if m.to == ["arrangor@example.com"]]
    assert "Verkstad" in organiser.subject and organiser.reply_to == ["deltagare1@example.com"]
    assert not organiser.attachments


def test_a_failed_send_is_visible_to_staff_and_retried_with_its_attachment(
    client, superuser, workshop, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = FAILING
    with django_capture_on_commit_callbacks(execute=True):
        services.submit(workshop, person(1), language="sv")
    outgoing = OutgoingEmail.objects.get()
    assert outgoing.status == "failed" and "SMTPServerDisconnected" in outgoing.last_error
    client.force_login(superuser)
    listing = client.get(reverse("residencies_emails:index"), {"status": "failed"})
    assert listing.status_code == 200 and "deltagare1@example.com" in listing.text
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("send_pending_emails")
    outgoing.refresh_from_db()
    assert outgoing.status == "sent" and outgoing.attempts == 2
    (message,) = mail.outbox
    _filename, cal = ics_of(message)
    assert str(cal.walk("VEVENT")[0]["UID"]) == event_uid(workshop)
    call_command("send_pending_emails")
    assert len(mail.outbox) == 1  # sent once, not again


def test_a_calendar_file_that_cannot_be_built_does_not_hold_back_the_mail(
    workshop, monkeypatch, django_capture_on_commit_callbacks
):
    import events.registration_calendar

    def broken(*args, **kwargs):
        raise RuntimeError("no calendar today")

    monkeypatch.setattr(events.registration_calendar, "registration_calendar", broken)
    with django_capture_on_commit_callbacks(execute=True):
        services.submit(workshop, person(1), language="sv")
    (message,) = mail.outbox
    assert not message.attachments
    assert OutgoingEmail.objects.get().status == "sent"
