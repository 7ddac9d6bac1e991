"""Mail leaves after commit, in the submission's language, and a broken mail server loses nothing."""

import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import transaction
from django.utils import translation

from residencies import services
from residencies.models import OutgoingEmail, Submission
from tests.residencies.conftest import person

pytestmark = pytest.mark.django_db
FAILING = "tests.residencies.failing_backend.EmailBackend"


def test_mail_waits_for_the_commit(event, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        services.submit(event, person(1), language="sv")
        assert mail.outbox == []
        assert OutgoingEmail.objects.get().status == "pending"
    for callback in callbacks:
        callback()
    assert [m.to for m in mail.outbox] == [["person1@example.com"]]
    assert OutgoingEmail.objects.get().status == "sent"


def test_a_rolled_back_submission_sends_nothing(event, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(RuntimeError), transaction.atomic():
        services.submit(event, person(1), language="sv")
        raise RuntimeError("the surrounding work failed")
    assert mail.outbox == []
    assert not Submission.objects.exists() and not OutgoingEmail.objects.exists()


def test_confirmation_carries_the_private_link_and_reference(event, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        submission = services.submit(event, person(1), language="sv")
    (message,) = mail.outbox
    assert "Nätverksträff" in message.subject
    assert submission.reference in message.body
    assert "http://localhost/sv/natverkstraff/submission/" in message.body


def test_organiser_is_told_when_the_page_asks_for_it(event, django_capture_on_commit_callbacks):
    event.intake_notify_email = "arrangor@example.com"
    event.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        services.submit(event, person(1), language="sv")
    organiser = [m for m in mail.outbox if m.to == ["arrangor@example.com"]]
    assert len(organiser) == 1 and organiser[0].reply_to == ["person1@example.com"]


def test_mail_language_is_the_submissions_not_the_requests(
    recurring, locale_nb, django_capture_on_commit_callbacks
):
    from tests.conftest import translate_and_publish

    recurring_nb = translate_and_publish(
        recurring, locale_nb, title="Mandagsverksted", slug="mandagsverksted"
    )
    occurrence = datetime(2031, 1, 6, 18, 0, tzinfo=ZoneInfo("Europe/Stockholm"))
    # A Swedish-speaking request (e.g. staff in the admin) makes the Norwegian person's mail.
    with translation.override("sv"), django_capture_on_commit_callbacks(execute=True):
        services.submit(recurring_nb, person(1), language="nb", occurrence=occurrence)
        services.submit(recurring, person(2), language="sv", occurrence=occurrence)
    by_person = {m.to[0]: m for m in mail.outbox}
    nb, sv = by_person["person1@example.com"], by_person["person2@example.com"]
    assert "Mandagsverksted" in nb.subject and "/nb/mandagsverksted/" in nb.body
    assert "6. januar 2031" in nb.body  # Norwegian date format and month
    assert "Måndagsverkstad" in sv.subject and "6 januari 2031" in sv.body
    assert OutgoingEmail.objects.get(to="person1@example.com").language == "nb"


def test_a_failing_mail_server_keeps_the_submission_and_marks_the_mail_failed(
    event, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = FAILING
    with django_capture_on_commit_callbacks(execute=True):
        submission = services.submit(event, person(1), language="sv")
    assert Submission.objects.get(pk=submission.pk).status == "confirmed"
    outgoing = OutgoingEmail.objects.get()
    assert outgoing.status == "failed" and outgoing.attempts == 1
    assert "SMTPServerDisconnected" in outgoing.last_error


def test_send_pending_emails_retries_failed_ones_once_the_server_is_back(
    event, settings, django_capture_on_commit_callbacks, capsys
):
    settings.EMAIL_BACKEND = FAILING
    with django_capture_on_commit_callbacks(execute=True):
        services.submit(event, person(1), language="sv")
    call_command("send_pending_emails")
    assert OutgoingEmail.objects.get().attempts == 2
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("send_pending_emails")
    call_command("send_pending_emails")  # nothing left: no second copy
    outgoing = OutgoingEmail.objects.get()
    assert (outgoing.status, outgoing.attempts, outgoing.last_error) == ("sent", 3, "")
    assert len(mail.outbox) == 1
    assert "sent 1" in capsys.readouterr().out


def test_a_mail_already_sent_is_never_sent_again(event, django_capture_on_commit_callbacks):
    from residencies.services.emails import deliver

    with django_capture_on_commit_callbacks(execute=True):
        services.submit(event, person(1), language="sv")
    assert deliver(OutgoingEmail.objects.get().pk) == "skipped"
    assert len(mail.outbox) == 1


def test_waiting_list_mail_gives_the_position(event, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        for n in range(5):
            services.submit(event, person(n), language="sv")

    def position_in(email):
        body = next(m.body for m in mail.outbox if m.to == [email])
        # Leave out the greeting (Person N), the link and the reference.
        lines = [line for line in body.splitlines() if not any(x in line for x in ("Person", "http", "S63-"))]
        text = " ".join(lines)
        return re.findall(r"\b\d\b", text)

    assert position_in("person3@example.com") == ["1"]
    assert position_in("person4@example.com") == ["2"]
