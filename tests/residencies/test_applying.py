"""Applying to a call: files kept across errors, drafts and the private link, edits, follow-up, refusals."""

import re
import time
from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from residencies import services
from residencies.models import OutgoingEmail, PendingUpload, Submission
from residencies.services import pending
from residencies.services.tokens import make_token
from tests.i18n import tr
from tests.residencies.conftest import (
    SMALL_PDF,
    WINDOWS_EXE,
    applicant,
    call_post,
    cv_slot,
    pdf_upload,
)

pytestmark = pytest.mark.django_db


def register_url(page):
    return page.url + "register/"


def link(page, submission, suffix=""):
    return page.url + f"submission/{make_token(submission)}/" + (f"{suffix}/" if suffix else "")


def kept_tokens(html):
    return re.findall(r'name="kept" value="([^"]+)"', html)


# --- Errors keep answers and files --------------------------------------------------


def test_an_error_keeps_every_answer_and_every_valid_file_and_the_next_post_uses_them(client, residency):
    data = call_post(residency, presentation="")  # a required field left empty
    data[f"file_{cv_slot(residency)}"] = pdf_upload("Mitt CV.pdf")
    response = client.post(register_url(residency), data)
    assert response.status_code == 200 and response.context["form"].errors["presentation"]
    assert not Submission.objects.exists()
    html = response.text
    assert 'value="Sökande 1"' in html and "En turnerande föreställning" in html
    assert "Mitt CV.pdf" in html
    (token,) = kept_tokens(html)
    assert PendingUpload.objects.count() == 1
    # The visitor fixes the field and sends without choosing the file again.
    fixed = call_post(residency, kept=[token])
    response = client.post(register_url(residency), fixed)
    assert response.status_code == 302
    (attachment,) = Submission.objects.get().files.all()
    assert (attachment.original_name, attachment.slot) == ("Mitt CV.pdf", cv_slot(residency))
    assert attachment.file.read() == SMALL_PDF
    assert not PendingUpload.objects.exists()


def test_a_file_refused_by_its_content_is_not_kept_but_the_others_are(client, residency):
    slots = [key for key, *_rest in residency.intake_attachment_slots()]
    data = call_post(residency)
    data[f"file_{slots[0]}"] = pdf_upload("cv.pdf")
    data[f"file_{slots[1]}"] = pdf_upload("portfolio.pdf", WINDOWS_EXE)  # an exe named .pdf
    response = client.post(register_url(residency), data)
    assert response.context["form"].errors[f"file_{slots[1]}"]
    assert [p.original_name for p in PendingUpload.objects.all()] == ["cv.pdf"]
    assert len(kept_tokens(response.text)) == 1


def test_a_required_attachment_is_required_unless_one_is_held(client, residency):
    response = client.post(register_url(residency), call_post(residency))
    assert response.context["form"].errors[f"file_{cv_slot(residency)}"]


def test_a_forged_or_foreign_held_file_token_is_ignored(client, residency, study_trip):
    (held,) = pending.hold(study_trip, [pdf_upload("other.pdf")])
    other_page_token = pending.token_for(held)
    response = client.post(
        register_url(residency), call_post(residency, kept=[other_page_token, "forged:token"])
    )
    assert response.status_code == 200 and "other.pdf" not in response.text
    assert response.context["form"].errors[f"file_{cv_slot(residency)}"]


def test_removing_a_held_file_drops_it_even_when_the_token_was_signed_in_another_second(
    client, residency, monkeypatch
):
    data = call_post(residency, presentation="")
    data[f"file_{cv_slot(residency)}"] = pdf_upload()
    (token,) = kept_tokens(client.post(register_url(residency), data).text)
    # Tokens carry a timestamp and are re-signed each time the form is shown.
    later = time.time() + 5
    monkeypatch.setattr("django.core.signing.time.time", lambda: later)
    response = client.post(
        register_url(residency), call_post(residency, presentation="", kept=[token], drop=[token])
    )
    assert kept_tokens(response.text) == []


def test_stale_held_files_are_cleaned_up(residency, private_media):
    from django.core.management import call_command

    (held,) = pending.hold(residency, [pdf_upload()])
    path = private_media / held.file.name
    assert path.exists()
    PendingUpload.objects.update(created_at=timezone.now() - timedelta(days=2))
    call_command("clean_pending_uploads")
    assert not PendingUpload.objects.exists() and not path.exists()


# --- Sending, receipt and mails ----------------------------------------------------------


def test_sending_shows_the_reference_and_mails_the_applicant_and_the_contact_person(
    client, residency_nb, residency, django_capture_on_commit_callbacks
):
    from home.factories import PersonFactory

    residency.contact_person = PersonFactory(name="Ola Kontakt", email="ola@example.com")
    residency.save_revision().publish()
    data = call_post(residency_nb)
    data[f"file_{cv_slot(residency_nb)}"] = pdf_upload()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(register_url(residency_nb), data, follow=True)
    submission = Submission.objects.get()
    assert submission.reference in response.text and submission.language == "nb"
    by_to = {m.to[0]: m for m in mail.outbox}
    assert "/nb/" in by_to["sokande1@example.com"].body
    assert by_to["ola@example.com"].reply_to == ["sokande1@example.com"]
    assert OutgoingEmail.objects.get(to="ola@example.com").language == "sv"  # the contact person's page


def test_the_same_address_twice_keeps_one_application(client, residency):
    services.submit(residency, applicant(1), files=[_cv(residency)], language="sv")
    data = call_post(residency)
    data[f"file_{cv_slot(residency)}"] = pdf_upload()
    response = client.post(register_url(residency), data)
    assert response.status_code == 200 and response.context["form"].errors["email"]
    assert Submission.objects.count() == 1
    assert kept_tokens(response.text)  # the file is not lost either


def _cv(page, name="cv.pdf"):
    upload = pdf_upload(name)
    upload.slot = cv_slot(page)
    return upload


# --- Drafts and the private link --------------------------------------------------------


def test_saving_a_draft_needs_little_holds_no_place_and_mails_the_link(
    client, study_trip, django_capture_on_commit_callbacks
):
    data = {"name": "Ann", "email": "ann@example.com", "consent": "on", "action": "save"}
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(register_url(study_trip), data)
    assert response.status_code == 302
    draft = Submission.objects.get()
    assert draft.status == "draft" and draft.reference
    assert services.places_left(study_trip) == 2
    (message,) = mail.outbox
    assert "/submission/" in message.body
    status = client.get(response["Location"])
    assert status.context["is_draft"] and status.context["can_edit"]


def test_a_draft_is_continued_and_sent_through_the_link(
    client, residency, django_capture_on_commit_callbacks
):
    draft = services.submit(residency, applicant(1, presentation=""), language="sv", draft=True)
    edit = client.get(link(residency, draft, "edit"))
    assert edit.status_code == 200 and edit.context["form"].mode == "draft"
    assert 'value="Sökande 1"' in edit.text
    data = call_post(residency)
    data.pop("consent")
    data[f"file_{cv_slot(residency)}"] = pdf_upload()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(link(residency, draft, "edit"), {**data, "action": "send"})
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.status == "received" and draft.files.count() == 1
    assert draft.email == "sokande1@example.com"  # the address cannot be changed
    assert OutgoingEmail.objects.filter(kind="received").exists()


def test_someone_with_a_draft_who_applies_again_gets_the_link_again(
    client, residency, django_capture_on_commit_callbacks
):
    draft = services.submit(residency, applicant(1), language="sv", draft=True)
    data = call_post(residency)
    data[f"file_{cv_slot(residency)}"] = pdf_upload()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(register_url(residency), data)
    assert response.context["form"].errors["email"] == [str(services.AlreadySubmitted.draft_message)]
    assert OutgoingEmail.objects.filter(submission=draft, kind="draft_saved").count() == 2
    assert Submission.objects.count() == 1


def test_sending_a_draft_twice_is_harmless(residency):
    draft = services.submit(residency, applicant(1), files=[_cv(residency)], language="sv", draft=True)
    first = services.send_draft(draft, {})
    second = services.send_draft(draft, {})
    assert first.status == second.status == "received"
    assert OutgoingEmail.objects.filter(kind="received").count() == 1


def test_a_draft_cannot_be_sent_after_the_deadline(residency):
    draft = services.submit(residency, applicant(1), files=[_cv(residency)], language="sv", draft=True)
    with pytest.raises(services.NotOpen):
        services.send_draft(draft, {}, now=residency.intake_closes_at + timedelta(seconds=1))
    draft.refresh_from_db()
    assert draft.status == "draft"


def test_a_sent_application_can_be_edited_and_its_file_replaced_until_the_deadline(
    client, residency, private_media, django_capture_on_commit_callbacks
):
    application = services.submit(residency, applicant(1), files=[_cv(residency, "old.pdf")], language="sv")
    old = application.files.get()
    old_path = private_media / old.file.name
    data = call_post(residency, presentation="Ny presentation")
    data[f"file_{cv_slot(residency)}"] = pdf_upload("new.pdf")
    with django_capture_on_commit_callbacks(execute=True):  # the old file goes once the change is committed
        response = client.post(link(residency, application, "edit"), data)
    assert response.status_code == 302 and response["Location"].endswith("?done=saved")
    application.refresh_from_db()
    assert application.presentation == "Ny presentation"
    assert [f.original_name for f in application.files.all()] == ["new.pdf"]
    assert not old_path.exists()
    # After the deadline the link shows the status, not the form.
    type(residency).objects.filter(pk=residency.pk).update(
        intake_closes_at=timezone.now() - timedelta(seconds=1)
    )
    assert client.get(link(residency, application, "edit")).status_code == 302
    with pytest.raises(services.NoLongerEditable):
        services.update_submission(application, {"presentation": "För sent"})


def test_withdrawing_through_the_link(client, residency):
    application = services.submit(residency, applicant(1), files=[_cv(residency)], language="sv")
    response = client.post(link(residency, application, "cancel"))
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == "cancelled"


def test_the_follow_up_form_opens_only_after_a_released_acceptance(client, residency):
    application = services.submit(residency, applicant(1), files=[_cv(residency)], language="sv")
    follow_up = link(residency, application, "follow-up")
    assert client.get(follow_up).status_code == 302
    services.decide(application, "confirmed")
    assert client.get(follow_up).status_code == 302  # decided, not yet told
    services.release_decisions(application.intake)
    response = client.get(follow_up)
    assert response.status_code == 200
    key = residency.intake_follow_up_list()[0][0]
    response = client.post(follow_up, {f"q_{key}": "Vegetarian"})
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.follow_up == {key: "Vegetarian"} and application.follow_up_at


# --- Refusals -----------------------------------------------------------------------


def test_after_the_deadline_the_form_refuses_with_a_clear_message(client, residency):
    type(residency).objects.filter(pk=residency.pk).update(
        intake_opens_at=timezone.now() - timedelta(days=9),
        intake_closes_at=timezone.now() - timedelta(seconds=1),
    )
    response = client.post(register_url(residency), call_post(residency))
    assert response.context["form"] is None and response.context["intake_state"] == "closed"
    assert tr("sv", "This call is closed. Applications can no longer be sent.") in response.text
    assert not Submission.objects.exists()


def test_a_first_come_call_without_places_or_waiting_list_refuses_up_front(client, study_trip):
    for n in range(2):
        services.submit(study_trip, applicant(n), language="sv")
    page = client.get(study_trip.url)
    assert page.context["intake_state"] == "full" and page.context.get("form") is None
    response = client.post(register_url(study_trip), {**applicant(5), "consent": "on"})
    assert response.context["intake_state"] == "full"
    assert Submission.objects.count() == 2


def test_a_study_trip_with_a_waiting_list_takes_people_in_order(study_trip):
    type(study_trip).objects.filter(pk=study_trip.pk).update(intake_waiting_list=True)
    statuses = [services.submit(study_trip, applicant(n), language="sv").status for n in range(3)]
    assert statuses == ["confirmed", "confirmed", "waiting"]
