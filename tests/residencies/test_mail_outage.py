"""The mail server is down while someone applies: the application and its file are kept, the
applicant sees the confirmation page in their language, and the mail goes out once the server is back."""

import pytest
from django.core import mail
from django.core.management import call_command

from residencies.models import OutgoingEmail, Submission
from tests.residencies.conftest import pdf_upload
from tests.residencies.test_views import call_answers, form_url, post_data

pytestmark = pytest.mark.django_db
FAILING = "tests.residencies.failing_backend.EmailBackend"


@pytest.mark.parametrize("language", ["sv", "nb"])
def test_an_application_sent_while_the_mail_server_is_down_is_kept_confirmed_and_mailed_later(
    client, call, call_nb, settings, django_capture_on_commit_callbacks, language
):
    page = call if language == "sv" else call_nb
    settings.EMAIL_BACKEND = FAILING
    data = {**post_data(country="NO", art_form="Dans", **call_answers(page)), "attachments": [pdf_upload()]}
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(form_url(page), data)
    assert response.status_code == 302

    submission = Submission.objects.get()
    assert submission.files.count() == 1 and submission.language == language
    outgoing = OutgoingEmail.objects.get()
    assert outgoing.status == "failed" and "SMTPServerDisconnected" in outgoing.last_error

    receipt = client.get(response["Location"])
    assert receipt.status_code == 200 and receipt.context["just_submitted"]
    assert submission.reference in receipt.text and f'lang="{language}"' in receipt.text

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("send_pending_emails")
    (message,) = mail.outbox
    assert message.to == ["ann@example.com"] and submission.reference in message.body
    assert OutgoingEmail.objects.get().status == "sent"
