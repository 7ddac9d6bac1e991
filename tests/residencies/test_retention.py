"""Personal data goes when the page's retention time is over; the statistics stay."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from residencies import services
from residencies.services.retention import erase_expired
from tests.residencies.conftest import pdf_upload, person

pytestmark = pytest.mark.django_db


def test_personal_data_is_erased_after_the_retention_time_and_statistics_kept(call, private_media):
    closes = timezone.now() + timedelta(days=1)
    call.intake_closes_at = closes
    call.intake_retention_days = 30
    call.save_revision().publish()
    submission = services.submit(
        call, person(1, country="NO", art_form="Dans", phone="123"), files=[pdf_upload()], language="nb"
    )
    stored = private_media / submission.files.get().file.name
    assert erase_expired(now=closes + timedelta(days=29)) == 0
    assert erase_expired(now=closes + timedelta(days=31)) == 1
    submission.refresh_from_db()
    assert (submission.name, submission.phone, submission.answers) == ("", "", {})
    assert submission.email.endswith("@invalid") and submission.erased_at
    assert (submission.country, submission.art_form, submission.status) == ("NO", "Dans", "received")
    assert not submission.files.exists() and not stored.exists()
    assert not submission.emails.exists()
    assert erase_expired(now=closes + timedelta(days=60)) == 0


def test_lists_without_an_end_keep_fresh_submissions(event, capsys):
    # Counted per submission instead (tests/privacy/test_retention.py); a new one stays.
    services.submit(event, person(1), language="sv")
    call_command("erase_expired_submissions")
    assert "erased 0" in capsys.readouterr().out
