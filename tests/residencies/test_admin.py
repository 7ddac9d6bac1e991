"""Staff see submissions per list, download attachments safely, and act only through the services."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.urls import reverse
from django.utils import translation

from residencies import services
from residencies.choices import IntakePolicy
from residencies.models import OutgoingEmail, Submission
from tests.residencies.conftest import SMALL_PDF, pdf_upload, person

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, superuser):
    client.force_login(superuser)
    return client


@pytest.fixture
def editor(django_user_model):
    """An admin user who may use the admin but not see submissions."""
    user = django_user_model.objects.create_user("editor", "editor@example.com", "password")
    group = Group.objects.create(name="Plain editors")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    return user


@pytest.fixture
def application(call):
    return services.submit(call, person(1), files=[pdf_upload("Portfolio.pdf")], language="nb")


def test_submissions_are_listed_and_filtered_by_status(admin_client, event):
    for n in range(4):
        services.submit(event, person(n), language="sv")
    url = reverse("residencies_submissions:index")
    response = admin_client.get(url)
    assert response.status_code == 200 and "person3@example.com" in response.text
    waiting = admin_client.get(url, {"status": "waiting"})
    assert "person3@example.com" in waiting.text and "person0@example.com" not in waiting.text


def test_submissions_export_as_csv(admin_client, event):
    services.submit(event, person(1), language="sv")
    response = admin_client.get(reverse("residencies_submissions:index"), {"export": "csv"})
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode()
    assert "person1@example.com" in body


def test_lists_show_places_left(admin_client, event):
    import re

    for n in range(4):
        services.submit(event, person(n), language="sv")
    response = admin_client.get(reverse("residencies_intakes:index"))
    assert response.status_code == 200
    row = response.text[response.text.index("Nätverksträff") :]
    row = row[: row.index("</tr>")]
    cells = [c for c in re.sub(r"<[^>]+>", "|", row).split("|") if c.strip()]
    # list, admission, places, confirmed, left, waiting, awaiting decision
    with translation.override(response.wsgi_request.LANGUAGE_CODE):
        policy = str(IntakePolicy.FIRST_COME.label)
    assert [c.strip() for c in cells[:7]] == [
        "Nätverksträff",
        policy,
        "3",
        "3",
        "0",
        "1",
        "0",
    ]


def test_inspect_shows_answers_attachments_and_mails(admin_client, application):
    response = admin_client.get(reverse("residencies_submissions:inspect", args=[application.pk]))
    assert response.status_code == 200
    assert "Portfolio.pdf" in response.text and application.reference in response.text


def test_attachment_downloads_for_permitted_staff_as_attachment_with_nosniff(admin_client, application):
    attachment = application.files.get()
    response = admin_client.get(reverse("residencies_submissions:file", args=[attachment.pk]))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content) == SMALL_PDF


def test_attachment_is_refused_to_anonymous_and_to_staff_without_permission(client, editor, application):
    url = reverse("residencies_submissions:file", args=[application.files.get().pk])
    anonymous = client.get(url)
    assert anonymous.status_code == 302 and "/login/" in anonymous["Location"]
    client.force_login(editor)
    refused = client.get(url)  # Wagtail turns PermissionDenied into a redirect with a message
    assert refused.status_code == 302 and refused["Location"] == "/admin/"


def test_staff_decide_and_release_through_the_services(
    admin_client, call, django_capture_on_commit_callbacks
):
    application = services.submit(call, person(1), language="nb")
    decide_url = reverse("residencies_submissions:decide", args=[application.pk])
    admin_client.post(decide_url, {"decision": "confirmed"})
    application.refresh_from_db()
    assert application.status == "confirmed" and application.decision_released_at is None
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(reverse("residencies_intakes:release", args=[application.intake_id]))
    assert [m.to for m in mail.outbox] == [["person1@example.com"]]
    assert OutgoingEmail.objects.filter(kind="decision_confirmed", language="nb").count() == 1


def test_accepting_beyond_places_needs_the_override(admin_client, call):
    apps = [services.submit(call, person(n), language="sv") for n in range(3)]
    for a in apps[:2]:
        services.decide(a, "confirmed")
    decide_url = reverse("residencies_submissions:decide", args=[apps[2].pk])
    admin_client.post(decide_url, {"decision": "confirmed"})
    assert Submission.objects.get(pk=apps[2].pk).status == "received"
    admin_client.post(decide_url, {"decision": "confirmed", "override": "1"})
    assert Submission.objects.get(pk=apps[2].pk).status == "confirmed"


def test_submissions_cannot_be_edited_or_added_in_the_admin(admin_client, event):
    from django.urls import NoReverseMatch

    with pytest.raises(NoReverseMatch):
        reverse("residencies_submissions:edit", args=[1])
    with pytest.raises(NoReverseMatch):
        reverse("residencies_submissions:add")


def test_failed_mail_can_be_sent_again_from_the_admin(
    admin_client, event, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "tests.residencies.failing_backend.EmailBackend"
    with django_capture_on_commit_callbacks(execute=True):
        services.submit(event, person(1), language="sv")
    outgoing = OutgoingEmail.objects.get()
    assert outgoing.status == "failed"
    listing = admin_client.get(reverse("residencies_emails:index"), {"status": "failed"})
    assert outgoing.subject in listing.text
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    admin_client.post(reverse("residencies_emails:retry", args=[outgoing.pk]))
    outgoing.refresh_from_db()
    assert outgoing.status == "sent" and len(mail.outbox) == 1
