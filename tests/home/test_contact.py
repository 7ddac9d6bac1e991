"""The contact form keeps every valid message, then tells staff by e-mail after commit."""

import smtplib

import pytest
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.utils import translation

from home.factories import ContactPageFactory
from home.forms import CONTACT_CONSENT_TEXT
from home.models import ContactMessage, SiteSettings
from tests.conftest import translate_and_publish

pytestmark = pytest.mark.django_db

STAFF = "info@samspel63.se"
VALID = {
    "name": "Eva Eriksson",
    "email": "eva@example.se",
    "message": "Hej! Jag vill veta mer.",
    "consent": "on",
}


class FailingEmailBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        raise smtplib.SMTPException("the mail server is down")


@pytest.fixture
def contact(site, locale_nb):
    settings_obj = SiteSettings.for_site(site)
    settings_obj.contact_email = STAFF
    settings_obj.save()
    page = ContactPageFactory(parent=site.home_sv, title="Kontakt", slug="kontakt")
    page.nb = translate_and_publish(page, locale_nb, title="Kontakt oss", slug="kontakt")
    return page


def post(client, capture, path, data):
    with capture(execute=True):
        return client.post(path, data)


def test_valid_message_is_stored_with_language_and_consent_text(
    client, contact, django_capture_on_commit_callbacks
):
    response = post(client, django_capture_on_commit_callbacks, "/nb/kontakt/", VALID)
    assert response.status_code == 302
    assert response["Location"] == "/nb/kontakt/thanks/"
    message = ContactMessage.objects.get()
    assert (message.name, message.email, message.message) == (
        "Eva Eriksson",
        "eva@example.se",
        "Hej! Jag vill veta mer.",
    )
    assert message.page_id == contact.nb.pk
    assert message.language == "nb"
    with translation.override("nb"):
        assert message.consent_text == str(CONTACT_CONSENT_TEXT)


def test_thanks_page_is_shown_in_the_visitors_language(client, contact):
    response = client.get("/nb/kontakt/thanks/")
    assert response.status_code == 200
    assert '<html lang="nb"' in response.text
    with translation.override("nb"):
        assert translation.gettext("Thank you for your message") in response.text


def test_staff_get_an_email_they_can_reply_to(client, contact, django_capture_on_commit_callbacks):
    post(client, django_capture_on_commit_callbacks, "/sv/kontakt/", VALID)
    assert len(mail.outbox) == 1
    email = mail.outbox[0]
    assert email.to == [STAFF]
    assert email.reply_to == ["Eva Eriksson <eva@example.se>"]
    assert "Eva Eriksson" in email.subject
    assert "Hej! Jag vill veta mer." in email.body


def test_email_waits_for_the_commit(client, contact, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        client.post("/sv/kontakt/", VALID)
    assert ContactMessage.objects.count() == 1
    assert mail.outbox == []
    assert len(callbacks) == 1
    callbacks[0]()
    assert len(mail.outbox) == 1


def test_a_name_with_line_breaks_cannot_add_mail_headers(client, contact, django_capture_on_commit_callbacks):
    data = dict(VALID, name="Eva\r\nBcc: victim@example.com")
    post(client, django_capture_on_commit_callbacks, "/sv/kontakt/", data)
    email = mail.outbox[0]
    message = email.message()
    assert message["Bcc"] is None
    # Long encoded headers are folded onto continuation lines; no line may start a header of its own.
    headers = message.as_string().split("\n\n", 1)[0]
    assert not [line for line in headers.splitlines() if line.lower().startswith("bcc:")]
    assert "\n" not in email.subject and all("\n" not in address for address in email.reply_to)
    assert email.recipients() == [STAFF]


def test_without_a_contact_address_the_message_is_still_kept(
    client, contact, site, django_capture_on_commit_callbacks
):
    settings_obj = SiteSettings.for_site(site)
    settings_obj.contact_email = ""
    settings_obj.save()
    response = post(client, django_capture_on_commit_callbacks, "/sv/kontakt/", VALID)
    assert response.status_code == 302
    assert ContactMessage.objects.count() == 1
    assert mail.outbox == []


def test_broken_mail_server_still_keeps_the_message_and_thanks(
    client, contact, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = f"{__name__}.FailingEmailBackend"
    response = post(client, django_capture_on_commit_callbacks, "/sv/kontakt/", VALID)
    assert response.status_code == 302
    assert response["Location"] == "/sv/kontakt/thanks/"
    assert ContactMessage.objects.count() == 1
    assert client.get(response["Location"]).status_code == 200


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"consent": ""}, "consent"),
        ({"email": "inte-en-adress"}, "email"),
        ({"message": "   "}, "message"),
        ({"name": ""}, "name"),
    ],
)
def test_invalid_message_shows_errors_and_stores_nothing(
    client, contact, django_capture_on_commit_callbacks, change, field
):
    data = {k: v for k, v in (VALID | change).items() if v != ""}
    response = post(client, django_capture_on_commit_callbacks, "/sv/kontakt/", data)
    assert response.status_code == 200
    assert list(response.context["form"].errors) == [field]
    assert 'role="alert"' in response.text
    assert 'aria-invalid="true"' in response.text or "field--error" in response.text
    assert ContactMessage.objects.count() == 0
    assert mail.outbox == []
    # What the visitor typed is kept, so they need not start over.
    if field != "message":
        assert "Hej! Jag vill veta mer." in response.text
