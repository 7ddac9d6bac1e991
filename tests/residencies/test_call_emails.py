"""Mails about applications: the applicant's language, draft reminders once before the deadline."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone, translation

from residencies import services
from residencies.models import OutgoingEmail, Submission
from tests.conftest import translate_and_publish
from tests.residencies.conftest import applicant

pytestmark = pytest.mark.django_db


@pytest.fixture
def trip_nb(study_trip, locale_nb):
    return translate_and_publish(study_trip, locale_nb, title="Studietur til Trondheim", slug="studietur")


def test_confirmation_is_in_the_applicants_language_whoever_triggers_it(
    study_trip, trip_nb, django_capture_on_commit_callbacks
):
    with translation.override("sv"), django_capture_on_commit_callbacks(execute=True):
        services.submit(trip_nb, applicant(1), language="nb")
        services.submit(study_trip, applicant(2), language="sv")
    by_to = {m.to[0]: m for m in mail.outbox}
    assert "Studietur til Trondheim" in by_to["sokande1@example.com"].subject
    assert "/nb/utlysninger/studietur/submission/" in by_to["sokande1@example.com"].body
    assert "Studieresa till Trondheim" in by_to["sokande2@example.com"].subject


def test_a_draft_reminder_goes_once_in_the_drafts_language_shortly_before_the_deadline(
    study_trip, trip_nb, django_capture_on_commit_callbacks, capsys
):
    closes = timezone.now() + timedelta(days=2)
    type(study_trip).objects.filter(translation_key=study_trip.translation_key).update(
        intake_closes_at=closes
    )
    draft_nb = services.submit(trip_nb, applicant(1), language="nb", draft=True)
    sent = services.submit(study_trip, applicant(2), language="sv")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_draft_reminders", days=1)  # not near enough yet
        call_command("send_draft_reminders", days=3)
        call_command("send_draft_reminders", days=3)  # no second reminder
    assert [m.to for m in mail.outbox] == [[draft_nb.email]]
    reminder = OutgoingEmail.objects.get(kind="draft_reminder")
    assert reminder.language == "nb" and "Studietur til Trondheim" in reminder.subject
    assert "/nb/" in reminder.body
    assert sent.email not in [m.to[0] for m in mail.outbox]
    assert "reminded 1" in capsys.readouterr().out


def test_no_reminder_after_the_deadline(study_trip):
    draft = services.submit(study_trip, applicant(1), language="sv", draft=True)
    from residencies.services.reminders import remind_drafts

    assert (
        remind_drafts(within=timedelta(days=30), now=study_trip.intake_closes_at + timedelta(minutes=1)) == 0
    )
    assert not Submission.objects.get(pk=draft.pk).reminded_at


def test_a_broken_mail_server_never_loses_an_application(
    study_trip, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "tests.residencies.failing_backend.EmailBackend"
    with django_capture_on_commit_callbacks(execute=True):
        submission = services.submit(study_trip, applicant(1), language="sv")
    assert Submission.objects.get(pk=submission.pk).status == "confirmed"
    assert OutgoingEmail.objects.get().status == "failed"
