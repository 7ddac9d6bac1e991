"""The public form, the receipt and the private link, as a visitor meets them."""

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone, translation

from residencies import services
from residencies.consent import CONSENT_VERSION, consent_text_in
from residencies.models import IntakeState, Submission
from residencies.services.tokens import make_token, read_token
from residencies.views import occurrence_slug
from tests.residencies.conftest import WINDOWS_EXE, pdf_upload, person

pytestmark = pytest.mark.django_db


def form_url(page):
    return page.url + "register/"


def post_data(**extra):
    return {
        "name": "Ann Berg",
        "email": "ann@example.com",
        "organisation": "Teater Nord",
        "consent": "on",
        **extra,
    }


def call_answers(call):
    text, choice, yes_no = call.intake_questions_list()
    autumn_id = choice[2]["choices"].bound_blocks[1].id
    return {f"q_{text[0]}": "En dansföreställning", f"q_{choice[0]}": autumn_id, f"q_{yes_no[0]}": "yes"}


def test_form_shows_the_fixed_fields_the_page_asks_for_and_places_left(client, event):
    response = client.get(form_url(event))
    assert response.status_code == 200
    form = response.context["form"]
    assert list(form.fields) == ["name", "email", "organisation", "country", "consent"]
    assert response.context["places_left"] == 3


def test_a_call_asks_the_long_list_its_questions_and_files(client, call):
    form = client.get(form_url(call)).context["form"]
    assert list(form.fields)[:9] == [
        "name",
        "email",
        "organisation",
        "organisation_number",
        "country",
        "region",
        "phone",
        "art_form",
        "presentation",
    ]
    assert "attachments" in form.fields and "consent" in form.fields
    assert len([f for f in form.fields if f.startswith("q_")]) == 3


def test_registering_redirects_to_a_receipt_with_the_reference(client, event):
    response = client.post(form_url(event), post_data())
    assert response.status_code == 302
    submission = Submission.objects.get()
    assert response["Location"].startswith("/sv/natverkstraff/submission/")
    receipt = client.get(response["Location"])
    assert submission.reference in receipt.text
    assert receipt.context["just_submitted"] and receipt.context["public_status"] == "confirmed"
    assert submission.consent_text == consent_text_in("sv") and submission.consent_version == CONSENT_VERSION
    assert submission.language == "sv"


def test_waiting_list_receipt_shows_the_position(client, event):
    for n in range(4):
        services.submit(event, person(n), language="sv")
    response = client.post(form_url(event), post_data(), follow=True)
    assert response.context["position"] == 2


def test_a_validation_error_keeps_every_answer_and_speaks_the_visitors_language(client, call_nb):
    data = post_data(phone="070-123", art_form="", **call_answers(call_nb))
    data.pop("consent")
    response = client.post(form_url(call_nb), data)
    assert response.status_code == 200
    assert not Submission.objects.exists()
    html = response.text
    assert 'value="Ann Berg"' in html and 'value="070-123"' in html
    assert "En dansföreställning" in html
    choice_key = [k for k in data if k.startswith("q_")][1]
    assert re.search(rf'value="{data[choice_key]}"[^>]*checked', html)
    assert "Dette feltet er påkrevet." in html  # Django's own Norwegian "This field is required."
    assert 'lang="nb"' in html


def test_a_disguised_attachment_is_refused_in_the_form(client, call):
    data = post_data(country="NO", art_form="Dans", **call_answers(call))
    response = client.post(form_url(call), {**data, "attachments": [pdf_upload("cv.pdf", WINDOWS_EXE)]})
    assert response.status_code == 200
    assert response.context["form"].errors["attachments"]
    assert not Submission.objects.exists()


def test_an_application_with_answers_and_a_pdf_is_stored(client, call):
    data = post_data(country="NO", art_form="Dans", **call_answers(call))
    response = client.post(form_url(call), {**data, "attachments": [pdf_upload()]})
    assert response.status_code == 302
    submission = Submission.objects.get()
    text_key, choice_key, yes_no_key = (q[0] for q in call.intake_questions_list())
    assert submission.answers == {
        text_key: "En dansföreställning",
        choice_key: call_answers(call)[f"q_{choice_key}"],
        yes_no_key: True,
    }
    assert submission.files.count() == 1 and submission.status == "received"


def test_a_double_post_gives_one_submission_and_the_same_receipt(client, event):
    first = client.post(form_url(event), post_data())
    second = client.post(form_url(event), post_data())
    assert Submission.objects.count() == 1
    # The links are signed afresh (with a timestamp) each time: compare where they lead.
    assert second.status_code == 302
    leads_to = [
        read_token(re.search(r"submission/([\w-]+)/", r["Location"]).group(1)) for r in (first, second)
    ]
    assert leads_to == [Submission.objects.get()] * 2


def test_someone_else_using_a_registered_address_gets_a_clear_error_not_the_receipt(client, event):
    services.submit(event, {"name": "Ann", "email": "ann@example.com"}, language="sv")
    response = client.post(form_url(event), post_data(email="ANN@example.com"))
    assert response.status_code == 200
    with translation.override("sv"):
        assert response.context["form"].errors["email"] == [str(services.AlreadySubmitted.message)]
    assert "submission/" not in response.text
    assert Submission.objects.count() == 1


def test_the_form_refuses_before_opening_with_the_local_opening_time(client, event):
    event.intake_opens_at = datetime(2030, 5, 4, 9, 0, tzinfo=ZoneInfo("Europe/Oslo"))
    event.save_revision().publish()
    response = client.get(form_url(event))
    assert response.context["form"] is None
    assert response.context["intake_state"] == IntakeState.NOT_YET_OPEN
    assert "09:00" in response.text
    client.post(form_url(event), post_data())
    assert not Submission.objects.exists()


def test_the_form_refuses_after_closing(client, event):
    event.intake_closes_at = timezone.now() - timedelta(minutes=1)
    event.save_revision().publish()
    response = client.post(form_url(event), post_data())
    assert response.status_code == 200
    assert response.context["intake_state"] == IntakeState.CLOSED and response.context["form"] is None
    assert not Submission.objects.exists()


def test_a_page_without_registration_has_no_form(client, event):
    event.intake_policy = "none"
    event.save_revision().publish()
    assert client.get(form_url(event)).status_code == 404


def test_per_occurrence_forms_only_for_the_pages_occurrences(client, recurring):
    monday = datetime(2030, 3, 4, 18, 0, tzinfo=ZoneInfo("Europe/Stockholm"))
    assert client.get(recurring.url + f"register/{occurrence_slug(monday)}/").status_code == 200
    assert (
        client.get(recurring.url + f"register/{occurrence_slug(monday + timedelta(days=1))}/").status_code
        == 404
    )
    assert client.get(recurring.url + "register/not-a-date/").status_code == 404
    assert client.get(recurring.url + "register/").status_code == 404
    client.post(recurring.url + f"register/{occurrence_slug(monday)}/", post_data())
    assert Submission.objects.get().intake.occurrence == monday


def test_occurrence_slug_is_utc_and_round_trips():
    from residencies.views import parse_occurrence

    monday = datetime(2030, 3, 4, 18, 0, tzinfo=ZoneInfo("Europe/Stockholm"))
    assert occurrence_slug(monday) == "20300304T170000Z"
    assert parse_occurrence("20300304T170000Z") == monday


# --- The private link -----------------------------------------------------------


def status_url(page, submission, token=None):
    return page.url + f"submission/{token or make_token(submission)}/"


def test_the_private_link_shows_the_status(client, event):
    submission = services.submit(event, person(1), language="sv")
    response = client.get(status_url(event, submission))
    assert response.status_code == 200
    assert submission.reference in response.text
    assert response.context["public_status"] == "confirmed"
    assert response.context["can_cancel"]


def test_a_tampered_link_is_refused_kindly(client, event):
    import base64

    from django.core import signing

    submission = services.submit(event, person(1), language="sv")
    other = services.submit(event, person(2), language="sv")
    # Someone edits the readable payload to point at another person's reference.
    signed = base64.urlsafe_b64decode(make_token(submission) + "==").decode()
    payload, rest = signed.split(":", 1)
    forged_payload = signing.b64_encode(f'{{"ref":"{other.reference}"}}'.encode()).decode()
    forged = base64.urlsafe_b64encode(f"{forged_payload}:{rest}".encode()).decode().rstrip("=")
    response = client.get(status_url(event, submission, forged))
    assert response.status_code == 404
    assert response.context["expired"] is False
    assert client.get(status_url(event, submission, make_token(submission)[:-4] + "abcd")).status_code == 404
    assert client.get(status_url(event, submission, "garbage")).status_code == 404


def test_an_expired_link_says_so(client, event, settings):
    submission = services.submit(event, person(1), language="sv")
    settings.RESIDENCIES_LINK_MAX_AGE = timedelta(seconds=-1)
    response = client.get(status_url(event, submission))
    assert response.status_code == 410
    assert response.context["expired"] is True


def test_a_link_only_works_on_its_own_page(client, event, call):
    submission = services.submit(event, person(1), language="sv")
    assert client.get(status_url(call, submission)).status_code == 404


def test_the_link_from_either_language_reaches_the_same_submission(client, event, event_nb):
    submission = services.submit(event, person(1), language="sv")
    response = client.get(status_url(event_nb, submission))
    assert response.status_code == 200 and 'lang="nb"' in response.text


def test_cancelling_through_the_link_frees_the_place_for_the_waiting_list(client, event):
    subs = [services.submit(event, person(n), language="sv") for n in range(4)]
    confirm = client.get(status_url(event, subs[0]) + "cancel/")
    assert confirm.status_code == 200 and Submission.objects.get(pk=subs[0].pk).status == "confirmed"
    response = client.post(status_url(event, subs[0]) + "cancel/")
    assert response.status_code == 302 and response["Location"].endswith("?done=cancelled")
    assert Submission.objects.get(pk=subs[0].pk).status == "cancelled"
    assert Submission.objects.get(pk=subs[3].pk).status == "confirmed"
    after = client.get(response["Location"])
    assert not after.context["can_cancel"]


def test_a_reviewed_decision_is_not_visible_through_the_link_before_release(client, call):
    application = services.submit(call, person(1), language="sv")
    services.decide(application, "rejected")
    assert client.get(status_url(call, application)).context["public_status"] == "received"
    services.release_decisions(application.intake)
    response = client.get(status_url(call, application))
    assert response.context["public_status"] == "rejected" and not response.context["can_cancel"]


def test_the_page_itself_shows_the_signup_box(client, event):
    response = client.get(event.url)
    assert response.status_code == 200
    assert 'href="/sv/natverkstraff/register/"' in response.text
