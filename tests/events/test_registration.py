"""Registering for events through the one shared mechanism (residencies/): the page, the form, the rules."""

import json
import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from events.choices import EventStatus
from events.models import EventPage
from events.services.occurrences import next_occurrences
from home.cache import bump
from residencies import services
from residencies.choices import SubmissionStatus
from residencies.models import Intake, OutgoingEmail, Submission
from tests.events.conftest import answers_post, person, said

pytestmark = pytest.mark.django_db


def json_ld(response):
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', response.text, re.S)
    return json.loads(match.group(1))


def form_url(event, occurrence=None):
    return event.intake_form_url(occurrence)


def dates(event, count=6):
    return [o.start for o in next_occurrences(event, limit=count)]


def set_fields(event, **fields):
    """Change settings on the live page (and its translations: the fields are synchronised).

    A queryset update sends no signal: the content generation is bumped as an editor's publish would.
    """
    EventPage.objects.filter(translation_key=event.translation_key).update(**fields)
    bump()


# --- The event page -----------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["sv", "nb"])
def test_the_registration_form_page_names_the_events_date_and_place(client, workshop, language):
    """The form view shows the facts the event page works out for its content (content_context)."""
    event = workshop if language == "sv" else workshop.nb
    response = client.get(f"{event.url}register/")
    assert response.status_code == 200
    lead = re.search(r'<p class="lead">(.*?)</p>', response.text, re.S).group(1)
    assert "<time datetime=" in lead
    assert "Gamla Teatern" in lead


def test_a_single_event_shows_places_left_and_the_form_with_every_field(client, workshop):
    response = client.get(workshop.url)
    assert response.status_code == 200
    text = response.text
    assert 'id="registration"' in text and said("%(count)s place left.", "%(count)s places left.", 3) in text
    for name in ("name", "email", "organisation", "country", "consent"):
        assert f'name="{name}"' in text
    assert "Vad arbetar du med?" in text and "Hur deltar du?" in text and "Äter du vegetariskt?" in text
    assert f'action="{workshop.url}register/"' in text
    # Country is Sweden / Norway / other.
    assert 'value="SE"' in text and 'value="NO"' in text and 'value="other"' in text


def test_the_norwegian_page_asks_the_same_questions_in_norwegian(client, workshop):
    text = client.get(workshop.nb.url).text
    assert "Hva jobber du med?" in text and "På stedet" in text and "Vad arbetar du med?" not in text


def test_a_repeating_event_lists_each_coming_date_with_its_own_state(client, weekly):
    first, second, third = dates(weekly, 3)
    for n in range(2):
        services.submit(weekly, person(n), language="sv", occurrence=first)
    services.submit(weekly, person(9), language="sv", occurrence=second)
    response = client.get(weekly.url)
    shown = {o.start: o.registration for o in response.context["next_occurrences"]}
    assert shown[first].state == "waiting_list" and shown[first].places_left == 0
    assert shown[second].state == "open" and shown[second].places_left == 1
    assert shown[third].places_left == 2
    assert weekly.intake_form_url(second) in response.text
    assert said("Join the waiting list") in response.text


def test_registering_leads_to_the_receipt_with_status_and_answers_stored_under_stable_keys(client, workshop):
    response = client.post(form_url(workshop), answers_post(workshop, 1))
    assert response.status_code == 302 and "/submission/" in response["Location"]
    submission = Submission.objects.get()
    assert submission.status == SubmissionStatus.CONFIRMED
    assert submission.country == "NO" and submission.organisation == "Teater Nord"
    keys = [key for key, _type, _value in workshop.intake_questions_list()]
    assert set(submission.answers) == set(keys)
    assert submission.answers[keys[2]] is True
    receipt = client.get(response["Location"])
    assert said("Thank you for registering") in receipt.text


def test_swedish_and_norwegian_registrations_land_in_one_list_with_the_same_keys(client, workshop):
    client.post(form_url(workshop), answers_post(workshop, 1))
    nb_post = answers_post(workshop.nb, 2)
    client.post(form_url(workshop.nb), nb_post)
    assert Intake.objects.count() == 1
    sv, nb = Submission.objects.order_by("pk")
    assert (sv.language, nb.language) == ("sv", "nb")
    assert set(sv.answers) == set(nb.answers)
    assert sv.answers == nb.answers  # the same choice id, whichever language's label was shown


def test_consent_is_required_and_stored_with_the_text_shown(client, workshop):
    data = answers_post(workshop, 1)
    del data["consent"]
    response = client.post(form_url(workshop), data)
    assert response.status_code == 200 and not Submission.objects.exists()
    client.post(form_url(workshop.nb), answers_post(workshop.nb, 1))
    submission = Submission.objects.get()
    assert submission.consent_text and submission.consent_version
    assert "privacy notice" in submission.consent_text or "personvern" in submission.consent_text


def test_a_full_event_puts_people_on_the_waiting_list_and_tells_them_their_place(client, workshop):
    for n in range(3):
        services.submit(workshop, person(n), language="sv")
    page = client.get(workshop.url)
    assert page.context["registration"]["current"].state == "waiting_list"
    response = client.post(form_url(workshop), answers_post(workshop, 4))
    submission = Submission.objects.get(email="deltagare4@example.com")
    assert submission.status == SubmissionStatus.WAITING
    receipt = client.get(response["Location"])
    assert (
        said(
            "You are number %(position)s on the waiting list. We write to you if a place becomes free.",
            position=1,
        )
        in receipt.text
    )


def test_without_a_waiting_list_a_full_event_is_fully_booked_and_takes_nobody(client, workshop):
    set_fields(workshop, intake_waiting_list=False)
    for n in range(3):
        services.submit(workshop, person(n), language="sv")
    response = client.get(workshop.url)
    assert response.context["registration"]["current"].state == "full"
    assert 'name="consent"' not in response.text
    assert json_ld(response)["offers"]["availability"] == "https://schema.org/SoldOut"
    client.post(form_url(workshop), answers_post(workshop, 4))
    assert Submission.objects.count() == 3


def test_the_same_address_twice_for_one_date_gets_a_clear_message_and_no_second_record(client, workshop):
    client.post(form_url(workshop), answers_post(workshop, 1))
    from django.test import Client

    stranger = Client()
    response = stranger.post(form_url(workshop), answers_post(workshop, 1, name="Someone Else"))
    assert response.status_code == 200
    with translation.override("sv"):
        assert str(services.AlreadySubmitted.message) in response.text
    assert Submission.objects.count() == 1


def test_a_double_clicked_submit_creates_one_registration(client, workshop):
    first = client.post(form_url(workshop), answers_post(workshop, 1))
    second = client.post(form_url(workshop), answers_post(workshop, 1))
    assert Submission.objects.count() == 1
    # The second post lands on the receipt of the first (the link's token carries a timestamp).
    from residencies.services.tokens import read_token

    def receipt_of(response):
        assert response.status_code == 302
        return read_token(response["Location"].rstrip("/").rsplit("/", 1)[1])

    assert receipt_of(second) == receipt_of(first) == Submission.objects.get()


def test_the_same_address_can_register_for_two_different_dates(client, weekly):
    first, second = dates(weekly, 2)
    client.post(form_url(weekly, first), answers_post(weekly, 1))
    client.post(form_url(weekly, second), answers_post(weekly, 1))
    assert Submission.objects.filter(email="deltagare1@example.com").count() == 2
    assert Intake.objects.filter(translation_key=weekly.translation_key).count() == 2


def test_a_date_that_is_not_one_of_the_events_has_no_form(client, weekly):
    first = dates(weekly, 1)[0]
    assert client.get(form_url(weekly, first + timedelta(hours=1))).status_code == 404
    with pytest.raises(services.NoSuchOccurrence):
        services.submit(weekly, person(1), language="sv")  # a repeating event has no list without a date


# --- Cancelling and the waiting list ------------------------------------------------------------------


def test_a_cancellation_gives_the_place_to_the_first_waiting_once(client, workshop):
    placed = [services.submit(workshop, person(n), language="sv") for n in range(3)]
    waiting = [services.submit(workshop, person(n), language="nb") for n in (7, 8)]
    services.cancel(placed[0])
    services.cancel(placed[0])  # a second click changes nothing
    services.promote_waiting(placed[0].intake)
    assert Submission.objects.get(pk=waiting[0].pk).status == SubmissionStatus.CONFIRMED
    assert Submission.objects.get(pk=waiting[1].pk).waiting_position() == 1
    promoted = OutgoingEmail.objects.filter(kind="promoted")
    assert list(promoted.values_list("to", flat=True)) == ["deltagare7@example.com"]


def test_the_private_link_cancels_and_frees_the_place(client, workshop):
    response = client.post(form_url(workshop), answers_post(workshop, 1))
    receipt_url = response["Location"]
    page = client.get(receipt_url.rstrip("/") + "/cancel/")
    assert page.status_code == 200
    done = client.post(receipt_url.rstrip("/") + "/cancel/")
    assert done.status_code == 302
    assert Submission.objects.get().status == SubmissionStatus.CANCELLED
    assert client.get(workshop.url).context["registration"]["current"].places_left == 3


# --- Windows and per-date settings ------------------------------------------------------------------


def test_the_deadline_is_the_start_of_each_date_unless_told_otherwise(weekly):
    first, second = dates(weekly, 2)
    rules = EventPage.objects.get(pk=weekly.pk)
    assert rules.intake_window(first)[1] == first
    assert rules.intake_window(second)[1] == second
    rules.registration_closes_hours_before = 24
    assert rules.intake_window(second)[1] == second - timedelta(hours=24)
    rules.intake_closes_at = first - timedelta(days=2)
    assert rules.intake_window(second)[1] == first - timedelta(days=2)


def test_registration_after_the_deadline_is_refused(client, workshop):
    set_fields(workshop, registration_closes_hours_before=24 * 30)
    response = client.get(workshop.url)
    assert response.context["registration"]["current"].state == "closed"
    assert json_ld(response)["offers"]["availability"] == "https://schema.org/OutOfStock"
    with pytest.raises(services.NotOpen):
        services.submit(EventPage.objects.get(pk=workshop.pk), person(1), language="sv")


def test_registration_not_yet_open_says_when_it_opens(client, workshop):
    opens = timezone.now() + timedelta(days=2)
    set_fields(workshop, intake_opens_at=opens)
    response = client.get(workshop.url)
    current = response.context["registration"]["current"]
    assert current.state == "not_yet_open"
    data = json_ld(response)
    assert data["offers"]["availability"] == "https://schema.org/PreOrder"
    assert data["offers"]["validFrom"] == opens.isoformat()
    assert 'name="consent"' not in response.text


def test_open_registration_with_places_is_in_stock_and_points_to_the_form(client, workshop):
    set_fields(workshop, intake_places=50)
    data = json_ld(client.get(workshop.url))
    assert data["offers"]["availability"] == "https://schema.org/InStock"
    assert data["offers"]["url"].endswith(f"{workshop.url}register/")
    set_fields(workshop, intake_places=3)
    assert (
        json_ld(client.get(workshop.url))["offers"]["availability"]
        == "https://schema.org/LimitedAvailability"
    )


def test_one_date_can_have_its_own_places_or_no_registration(client, make_event, weekly):
    from events.models import OccurrenceException

    first, second, third = dates(weekly, 3)
    OccurrenceException.objects.create(page=weekly, date=first.date(), registration_places=5)
    OccurrenceException.objects.create(page=weekly, date=second.date(), registration_closed=True)
    OccurrenceException.objects.create(page=weekly, date=third.date(), cancelled=True)
    shown = {o.start: o.registration for o in client.get(weekly.url).context["next_occurrences"]}
    assert shown[first].places == 5 and shown[first].places_left == 5
    assert shown[second] is None
    assert shown[third] is None or shown[third].state == "closed"
    event = EventPage.objects.get(pk=weekly.pk)
    for n in range(5):
        services.submit(event, person(n), language="sv", occurrence=first)
    assert services.submit(event, person(6), language="sv", occurrence=first).status == "waiting"
    with pytest.raises(services.NotOpen):
        services.submit(event, person(1), language="sv", occurrence=second)
    with pytest.raises(services.NotOpen):
        services.submit(event, person(1), language="sv", occurrence=third)


@pytest.mark.parametrize("status", [EventStatus.CANCELLED, EventStatus.POSTPONED])
def test_a_cancelled_or_postponed_event_takes_no_registrations(client, workshop, status):
    set_fields(workshop, status=status)
    with pytest.raises(services.NotOpen):
        services.submit(EventPage.objects.get(pk=workshop.pk), person(1), language="sv")


def test_a_late_cancellation_does_not_promote_after_the_event_began(workshop):
    placed = [services.submit(workshop, person(n), language="sv") for n in range(3)]
    services.submit(workshop, person(8), language="sv")
    services.cancel(placed[0], now=workshop.start + timedelta(minutes=5))
    assert Submission.objects.filter(status="waiting").count() == 1


# --- The listing ----------------------------------------------------------------------------------------


def test_the_listing_shows_a_badge_per_date(client, calendar, weekly, workshop, make_event):
    make_event(title="Utan anmälan")
    first = dates(weekly, 1)[0]
    for n in range(2):
        services.submit(weekly, person(n), language="sv", occurrence=first)
    set_fields(workshop, intake_waiting_list=False)
    for n in range(3):
        services.submit(workshop, person(n), language="sv")
    response = client.get(calendar.url)
    badges = {(o.event.title, o.start): o.registration for o in response.context["occurrences"]}
    assert badges[("Måndagsverkstad", first)].state == "waiting_list"
    later = [b for (title, start), b in badges.items() if title == "Måndagsverkstad" and start != first]
    assert later and all(b.state == "open" and b.places_left == 2 for b in later)
    assert badges[("Verkstad", workshop.start)].state == "full"
    assert next(b for (title, _s), b in badges.items() if title == "Utan anmälan") is None
    text = response.text
    assert "tag--waiting_list" in text and "tag--full" in text
    assert said("%(count)s place left", "%(count)s places left", 2) in text


def test_the_norwegian_listing_shows_the_same_state(client, calendar, workshop):
    for n in range(3):
        services.submit(workshop, person(n), language="sv")
    response = client.get(calendar.nb.url)
    (occurrence,) = [o for o in response.context["occurrences"] if o.event.pk == workshop.nb.pk]
    assert occurrence.registration.state == "waiting_list"


def test_the_rules_of_the_source_page_apply_to_its_translation(client, calendar, workshop):
    # The Norwegian copy was not synced yet: it still says 3 places. The Swedish source rules.
    EventPage.objects.filter(pk=workshop.pk).update(intake_places=1)
    services.submit(workshop, person(1), language="sv")
    response = client.get(calendar.nb.url)
    (occurrence,) = [o for o in response.context["occurrences"] if o.event.pk == workshop.nb.pk]
    assert occurrence.registration.state == "waiting_list"


def test_personal_data_is_erased_a_retention_time_after_the_date(workshop):
    from residencies.services.retention import erase_expired

    services.submit(workshop, person(1), language="sv")
    assert erase_expired(now=workshop.start + timedelta(days=364)) == 0
    assert erase_expired(now=workshop.start + timedelta(days=366)) == 1
    assert Submission.objects.get().email.endswith("@invalid")


def test_the_editor_preview_shows_the_registration_box(client, superuser, workshop):
    client.force_login(superuser)
    response = client.get(reverse("wagtailadmin_pages:view_draft", args=[workshop.pk]))
    assert response.status_code == 200 and 'id="registration"' in response.text
