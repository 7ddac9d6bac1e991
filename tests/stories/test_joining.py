"""Asking to join the network goes through the shared submission mechanism (reviewed), and an
accepted request, once the applicant is told, becomes one draft profile in the applicant's language."""

import re

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import translation
from wagtail.models import ModelLogEntry

from home.models import SiteSettings
from residencies import services
from residencies.models import Intake, OutgoingEmail, Submission
from stories.factories import JoinNetworkPageFactory
from stories.models import JoinRequestDraft, StorytellerPage
from tests.conftest import translate_and_publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def join(directory, art_forms, locale_nb):
    """The Swedish join page (reviewed by default) with its Norwegian translation as `.nb`."""
    page = JoinNetworkPageFactory(parent=directory, intake_notify_email="natverket@example.com")
    page.nb = translate_and_publish(page, locale_nb, title="Bli med i nettverket", slug="bli-med")
    return page


@pytest.fixture
def admin_client(client, superuser):
    client.force_login(superuser)
    return client


def request_data(n=1, **extra):
    return {
        "name": f"Kim Berg {n}",
        "email": f"kim{n}@example.com",
        "region": "trondelag",
        "art_form": ["musik", "hantverk"],
        "presentation": "Jag berättar om flottningen\npå älven.",
        "consent": "on",
        **extra,
    }


def request_from(page, n=1, language="sv", **extra):
    """A request sent as the form would send it: the fixed fields and the slugs joined."""
    data = request_data(n, **extra)
    data["art_form"] = ",".join(data["art_form"])
    return services.submit(page, data, language=language)


def accept_and_release(submission, decision="confirmed"):
    services.decide(submission, decision)
    return services.release_decisions(submission.intake)


def drafts():
    return StorytellerPage.objects.filter(live=False)


# --- The form -----------------------------------------------------------------------------------


def test_requests_from_the_swedish_and_norwegian_forms_land_in_one_list(client, join):
    sent_sv = client.post(join.url, request_data(1))
    sent_nb = client.post(join.nb.url, request_data(2, region="jamtland-harjedalen", art_form=["film"]))
    assert sent_sv.status_code == 302 and "/sv/natverket/ga-med/submission/" in sent_sv["Location"]
    assert sent_nb.status_code == 302 and "/nb/nettverket/bli-med/submission/" in sent_nb["Location"]
    assert Intake.objects.count() == 1
    intake = Intake.objects.get()
    requests = {s.language: s for s in intake.submissions.all()}
    assert set(requests) == {"sv", "nb"}
    assert {s.status for s in requests.values()} == {"received"}
    # Stable slugs whatever the language; the applicant's own words as they wrote them.
    assert requests["sv"].art_form == "musik,hantverk"
    assert requests["nb"].art_form == "film"
    assert requests["sv"].presentation == "Jag berättar om flottningen\npå älven."
    assert requests["sv"].consent_version and requests["sv"].consent_text


def test_the_form_names_regions_and_art_forms_in_the_visitors_language(client, join):
    html_nb = client.get(join.nb.url).text
    assert '<label for="id_art_form_1">Håndverk</label>' in html_nb
    assert "<legend>" in html_nb and 'name="consent"' in html_nb
    assert 'value="trondelag"' in html_nb and 'value="cross-border"' not in html_nb
    html_sv = client.get(join.url).text
    assert '<label for="id_art_form_1">Hantverk</label>' in html_sv
    # Also reachable where every page that takes submissions has its form.
    assert client.get(join.url + "register/").status_code == 200


def test_a_refused_form_keeps_every_answer(client, join):
    response = client.post(join.nb.url, request_data(1, presentation="", region=""))
    assert response.status_code == 200
    html = response.text
    assert 'id="form-errors"' in html
    assert 'value="Kim Berg 1"' in html and 'value="kim1@example.com"' in html
    for slug in ("musik", "hantverk"):
        assert re.search(rf'<input type="checkbox" name="art_form" value="{slug}"[^>]*checked', html), slug
    assert 'name="consent"' in html and "checked" in html.split('name="consent"')[1].split(">")[0]
    assert not Submission.objects.exists()


def test_a_second_request_from_the_same_address_is_refused_in_either_language(client, join):
    assert client.post(join.url, request_data(1)).status_code == 302
    stranger = Client()  # another browser: no receipt to send them back to
    response = stranger.post(join.nb.url, request_data(1, email="KIM1@example.com", name="Someone Else"))
    assert response.status_code == 200
    assert 'value="Someone Else"' in response.text
    assert Submission.objects.count() == 1


def test_receipt_confirmation_and_staff_notification(client, join, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(join.nb.url, request_data(1), follow=True)
    submission = Submission.objects.get()
    assert response.status_code == 200 and submission.reference in response.text
    by_address = {m.to[0]: m for m in mail.outbox}
    applicant, staff = by_address["kim1@example.com"], by_address["natverket@example.com"]
    # The applicant's mail is in their language: the Norwegian page, its Norwegian link.
    assert (
        "Bli med i nettverket" in applicant.subject and "/nb/nettverket/bli-med/submission/" in applicant.body
    )
    assert submission.reference in applicant.body
    assert staff.reply_to == ["kim1@example.com"] and submission.reference in staff.subject
    assert OutgoingEmail.objects.get(to="kim1@example.com").language == "nb"


def test_staff_hear_at_the_sites_contact_address_when_the_page_names_none(
    join, site, django_capture_on_commit_callbacks
):
    join.intake_notify_email = ""
    join.save_revision().publish()
    SiteSettings.objects.update_or_create(site=site, defaults={"contact_email": "info@example.com"})
    with django_capture_on_commit_callbacks(execute=True):
        request_from(join, 1)
    assert ["info@example.com"] in [m.to for m in mail.outbox]


def test_staff_review_requests_in_the_same_lists_as_calls(admin_client, join):
    submission = request_from(join.nb, 1, language="nb")
    lists = admin_client.get(reverse("residencies_intakes:index")).text
    assert join.title in lists
    listed = admin_client.get(reverse("residencies_submissions:index") + f"?intake={submission.intake_id}")
    assert submission.reference in listed.text
    inspect = admin_client.get(reverse("residencies_submissions:inspect", args=[submission.pk]))
    assert inspect.status_code == 200 and "flottningen" in inspect.text


def test_the_private_link_edits_a_request_with_its_art_forms_ticked(client, join):
    receipt = client.get(client.post(join.url, request_data(1))["Location"])
    edit = client.get(re.search(r'href="([^"]+/edit/)"', receipt.text).group(1))
    assert edit.status_code == 200
    assert re.search(r'value="musik"[^>]*checked', edit.text)
    assert not re.search(r'value="film"[^>]*checked', edit.text)


def test_a_page_taking_no_requests_says_so_and_has_no_form(client, join):
    join.intake_policy = "none"
    join.save_revision().publish()
    response = client.get(join.url)
    assert response.status_code == 200 and 'name="consent"' not in response.text
    assert "notice--warning" in response.text
    assert client.get(join.url + "register/").status_code == 404


# --- Decisions ----------------------------------------------------------------------------------


def test_acceptance_makes_no_profile_until_the_applicant_is_told(join):
    submission = request_from(join.nb, 1, language="nb")
    services.decide(submission, "confirmed")
    assert not drafts().exists()


def test_released_acceptance_makes_one_draft_profile_in_the_applicants_language(join, art_forms):
    submission = request_from(join.nb, 1, language="nb")
    assert accept_and_release(submission) == 1
    profile = drafts().get()
    assert profile.locale.language_code == "nb" and not profile.live
    assert profile.get_parent().pk == join.nb.get_parent().pk  # the Norwegian directory
    assert (profile.title, profile.email, profile.region, profile.country) == (
        "Kim Berg 1",
        "kim1@example.com",
        "trondelag",
        "NO",
    )
    assert not profile.show_contact
    assert "flottningen" in profile.bio and "<br>" in profile.bio
    linked = {link.art_form.pk for link in profile.art_form_links.all()}
    assert linked == {art_forms["musik"].nb.pk, art_forms["hantverk"].nb.pk}
    assert JoinRequestDraft.objects.get(submission=submission).profile.pk == profile.pk


def test_releasing_again_never_makes_a_second_profile(join):
    submission = request_from(join, 1, language="sv")
    accept_and_release(submission)
    assert services.release_decisions(submission.intake) == 0
    # A decision changed and changed back is released (and handed to the page) once more.
    services.decide(submission, "waiting")
    accept_and_release(submission)
    assert drafts().count() == 1 and JoinRequestDraft.objects.count() == 1
    assert drafts().get().locale.language_code == "sv"


def test_a_draft_an_editor_deleted_is_not_made_again(join):
    submission = request_from(join, 1)
    accept_and_release(submission)
    drafts().get().delete()
    services.decide(submission, "waiting")
    accept_and_release(submission)
    assert not drafts().exists()


@pytest.mark.parametrize("decision", ["rejected", "waiting"])
def test_a_rejection_or_reserve_place_makes_no_profile(join, decision):
    submission = request_from(join.nb, 1, language="nb")
    assert accept_and_release(submission, decision) == 1
    assert not drafts().exists() and not JoinRequestDraft.objects.exists()


def test_the_decision_mail_is_in_the_applicants_language(join, django_capture_on_commit_callbacks):
    submission = request_from(join.nb, 1, language="nb")
    services.decide(submission, "confirmed")
    mail.outbox.clear()
    # Staff work in Swedish; the Norwegian applicant still hears in Norwegian.
    with translation.override("sv"), django_capture_on_commit_callbacks(execute=True):
        services.release_decisions(submission.intake)
    (message,) = mail.outbox
    assert "Bli med i nettverket" in message.subject and "/nb/nettverket/bli-med/" in message.body
    assert OutgoingEmail.objects.get(kind="decision_confirmed").language == "nb"


def test_staff_accept_and_release_from_the_admin(admin_client, join, django_capture_on_commit_callbacks):
    submission = request_from(join, 1)
    admin_client.post(
        reverse("residencies_submissions:decide", args=[submission.pk]), {"decision": "confirmed"}
    )
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(reverse("residencies_intakes:release", args=[submission.intake_id]))
    assert drafts().get().title == "Kim Berg 1"
    # In the request's history, by page id only: the log outlives the erasure of the name.
    entry = ModelLogEntry.objects.get(action="stories.draft_profile")
    assert entry.object_id == str(submission.pk) and "Kim" not in str(entry.data)
    history = admin_client.get(reverse("residencies_submissions:history", args=[submission.pk]))
    assert history.status_code == 200


def test_editors_edit_the_join_page_with_its_request_settings(admin_client, join):
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[join.pk]))
    assert response.status_code == 200
    assert 'name="intake_policy"' in response.text and 'name="intake_notify_email"' in response.text
    # Places and waiting lists mean nothing for a network: not offered.
    assert 'name="intake_places"' not in response.text
