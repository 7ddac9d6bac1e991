"""Every registration, application and request to join keeps the consent text it was shown, in the
language it was shown in, with its version; one staff added says so, who did it, and which notice applies."""

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape

from events.services.occurrences import next_occurrences
from residencies.consent import CONSENT_TEXT, CONSENT_VERSION, STAFF_CONSENT_VERSION
from residencies.models import Submission
from residencies.views import occurrence_slug
from tests.i18n import tr
from tests.privacy.conftest import answers_post, call_post, cv_slot, join_post, pdf_upload

pytestmark = pytest.mark.django_db


def consent_in(language):
    with translation.override(language):
        return str(CONSENT_TEXT)


def assert_consent(client, form_url, email, language):
    """Stored: the very text the form showed (the page in that language), its language and version."""
    submission = Submission.objects.get(email=email)
    assert submission.language == language
    assert submission.consent_version == CONSENT_VERSION
    assert submission.consent_text and escape(submission.consent_text) in client.get(form_url).text
    assert submission.consent_text == consent_in(language)


@pytest.mark.parametrize("language", ["sv", "nb"])
def test_an_event_registration_keeps_the_consent_shown_in_its_language(client, workshop, language):
    page = workshop if language == "sv" else workshop.nb
    response = client.post(page.url + "register/", answers_post(workshop, 1))
    assert response.status_code == 302
    assert_consent(client, page.url, "deltagare1@example.com", language)


@pytest.mark.parametrize("language", ["sv", "nb"])
def test_an_application_keeps_the_consent_shown_in_its_language(client, residency, residency_nb, language):
    page = residency if language == "sv" else residency_nb
    data = call_post(residency, 1)
    data[f"file_{cv_slot(residency)}"] = pdf_upload()
    assert client.post(page.url + "register/", data).status_code == 302
    assert_consent(client, page.url + "register/", "sokande1@example.com", language)


@pytest.mark.parametrize("language", ["sv", "nb"])
def test_a_request_to_join_keeps_the_consent_shown_in_its_language(client, join, language):
    page = join if language == "sv" else join.nb
    assert client.post(page.url, join_post(1)).status_code == 302
    assert_consent(client, page.url, "kim1@example.com", language)


def test_the_two_languages_store_different_texts_once_translated(client, workshop):
    # Guards the assertions above: were the texts the same, "in its language" would prove nothing.
    assert consent_in("sv") != consent_in("nb")
    client.post(workshop.url + "register/", answers_post(workshop, 1))
    client.post(workshop.nb.url + "register/", answers_post(workshop, 2))
    texts = dict(Submission.objects.values_list("language", "consent_text"))
    assert texts["sv"] != texts["nb"]


def test_someone_staff_added_is_recorded_as_added_by_staff_with_the_notice_in_their_language(
    client, superuser, weekly
):
    client.force_login(superuser)
    first = next_occurrences(weekly, limit=1)[0].start
    url = reverse("residencies_submissions:add", args=[weekly.translation_key])
    data = {
        "occurrence": occurrence_slug(first),
        "name": "Per Hand",
        "email": "per@example.com",
        "language": "nb",
    }
    assert client.post(url, data).status_code == 302
    added = Submission.objects.get(email="per@example.com")
    # Not a consent the person gave: the version says staff added them, the text who and when,
    # and the notice (in the registrant's language) that applies to them.
    assert added.consent_version == STAFF_CONSENT_VERSION != CONSENT_VERSION
    assert superuser.get_username() in added.consent_text
    assert consent_in("nb") in added.consent_text
    note = tr(
        "nb",
        "Added by staff (%(user)s) on %(date)s; the person did not fill in the form or tick the consent "
        "box. This notice applies to them: %(consent)s",
    )
    assert note.split("(")[0] and added.consent_text.startswith(note.split("(")[0])
