"""With TASKS_BACKEND=database (several hosts), mail waits in PostgreSQL until a worker sends it."""

import pytest
from django.core import mail
from django.core.management import call_command
from django_tasks_db.management.commands import db_worker
from django_tasks_db.models import DBTaskResult

from residencies import services
from residencies.models import OutgoingEmail
from tests.residencies.conftest import person

pytestmark = pytest.mark.django_db

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def test_a_registration_mail_is_queued_in_the_database_and_sent_by_the_worker(
    event, settings, django_capture_on_commit_callbacks, monkeypatch
):
    settings.TASKS = DATABASE_TASKS
    # The worker closes stale connections between tasks; here that would be the test's transaction.
    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)
    with django_capture_on_commit_callbacks(execute=True):
        services.submit(event, person(1), language="sv")
    # Committed: the task waits for a worker, nothing has been sent by the request.
    assert DBTaskResult.objects.filter(status="READY").exists()
    assert mail.outbox == []

    call_command("db_worker", "--batch", "--no-startup-delay", "--interval", "0")

    assert ["person1@example.com"] in [m.to for m in mail.outbox]
    assert set(OutgoingEmail.objects.values_list("status", flat=True)) == {"sent"}
    assert set(DBTaskResult.objects.values_list("status", flat=True)) == {"SUCCESSFUL"}
