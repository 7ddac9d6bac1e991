"""One person's data, across events, calls, the network and contact messages: exported as a ZIP,
erased with confirmation, counts and the funders' participation kept, and logged without the address."""

import io
import json
import logging
import zipfile

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.urls import reverse

from home.models import ContactMessage
from home.personal_data import fingerprint
from home.services.contact import submit_contact_message
from residencies import services
from residencies.models import Participation, Submission
from tests.privacy.conftest import cv_slot, join_post, pdf_upload
from tests.residencies.conftest import SMALL_PDF

pytestmark = pytest.mark.django_db

EMAIL = "Same.Person@example.com"


@pytest.fixture
def held(workshop, residency, join, contact):
    """One person everywhere (the address typed in varying case), and someone else beside them."""
    on_event = services.submit(workshop, {"name": "Sam Person", "email": EMAIL}, language="sv")
    cv = pdf_upload("Mitt CV.pdf")
    cv.slot = cv_slot(residency)
    application = services.submit(
        residency,
        {"name": "Sam Person", "email": EMAIL.lower(), "presentation": "Jag skulpterar.", "answers": {}},
        files=[cv],
        language="nb",
    )
    data = join_post(1, email=EMAIL.upper(), name="Sam Person")
    data["art_form"] = ",".join(data["art_form"])
    request = services.submit(join, data, language="sv")
    message = submit_contact_message(
        page=contact, name="Sam Person", email=EMAIL, message="Hej", language="sv"
    )
    other = services.submit(workshop, {"name": "Other One", "email": "other@example.com"}, language="sv")
    return {"event": on_event, "call": application, "join": request, "contact": message, "other": other}


@pytest.fixture
def manager(django_user_model):
    user = django_user_model.objects.create_user("dataskydd", "dpo@example.com", "password")
    user.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="manage_personal_data"),
    )
    return user


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("redaktor", "ed@example.com", "password")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


def export(client, email=EMAIL):
    response = client.post(reverse("personal_data:export"), {"email": email})
    assert response.status_code == 200 and response["Content-Type"] == "application/zip"
    return response, zipfile.ZipFile(io.BytesIO(response.content))


def test_the_export_holds_everything_for_the_address_and_nothing_of_anyone_else(client, manager, held):
    client.force_login(manager)
    response, archive = export(client)
    data = json.loads(archive.read("data.json"))
    submissions = data["sources"]["submissions"]["records"]
    assert {r["reference"] for r in submissions} == {held[k].reference for k in ("event", "call", "join")}
    application = next(r for r in submissions if r["reference"] == held["call"].reference)
    assert application["presentation"] == "Jag skulpterar." and application["consent_text"]
    assert application["language"] == "nb" and application["emails"]  # the mails we sent them
    (message,) = data["sources"]["contact"]["records"]
    assert message["message"] == "Hej"
    (cv,) = [name for name in archive.namelist() if name.startswith("files/")]
    assert cv.startswith(f"files/submissions/{held['call'].reference}/") and cv.endswith(".pdf")
    assert archive.read(cv) == SMALL_PDF
    assert (
        b"other@example.com" not in response.content and "Other One" not in archive.read("data.json").decode()
    )
    # The file is named by date, not by the person; no cache keeps it.
    assert "same" not in response["Content-Disposition"].lower()
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]


def test_the_address_is_never_taken_from_the_url(client, manager, held):
    client.force_login(manager)
    response = client.get(reverse("personal_data:export"), {"email": EMAIL})
    assert response.status_code == 302 and EMAIL.lower() not in response["Location"].lower()
    looked_up = client.post(reverse("personal_data:index"), {"email": EMAIL})
    assert looked_up.context["found"] and sum(looked_up.context["found"].values()) == 4


def test_erasure_needs_confirmation(client, manager, held):
    client.force_login(manager)
    client.post(reverse("personal_data:erase"), {"email": EMAIL})
    assert Submission.objects.filter(email__iexact=EMAIL).count() == 3
    assert ContactMessage.objects.filter(email__iexact=EMAIL).exists()


def test_erasure_anonymises_everywhere_keeps_counts_and_logs_no_address(
    client, manager, held, residency, workshop, private_media, caplog, django_capture_on_commit_callbacks
):
    services.decide(held["call"], "confirmed")
    services.release_decisions(held["call"].intake)
    assert Participation.objects.filter(submission=held["call"]).exists()  # counted for the funders
    stored = private_media / held["call"].files.get().file.name
    client.force_login(manager)
    with caplog.at_level(logging.DEBUG), django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("personal_data:erase"), {"email": EMAIL, "confirm": "on"})
    assert response.status_code == 302
    assert not Submission.objects.filter(email__iexact=EMAIL).exists()
    assert not ContactMessage.objects.filter(email__iexact=EMAIL).exists()
    for key in ("event", "call", "join"):
        erased = Submission.objects.get(pk=held[key].pk)
        assert erased.erased_at and erased.name == "" and erased.answers == {}
    assert not stored.exists()
    # Counts stay: the accepted applicant is still an acceptance, and their participation row stays.
    assert Submission.objects.get(pk=held["call"].pk).status == "confirmed"
    assert Participation.objects.filter(submission=held["call"]).exists()
    # A place on a coming event is given up (the person will not come); the request to join is
    # withdrawn rather than left for reviewers as an empty form. Nobody is mailed about it.
    assert Submission.objects.get(pk=held["event"].pk).status == "cancelled"
    assert Submission.objects.get(pk=held["join"].pk).status == "cancelled"
    assert Submission.objects.get(pk=held["other"].pk).name == "Other One"
    assert not [m for m in mail.outbox if EMAIL.lower() in " ".join(m.to).lower()]
    logged = caplog.text.lower()
    assert fingerprint(EMAIL) in caplog.text and "same.person" not in logged and "sam person" not in logged


def test_only_superusers_and_holders_of_the_permission_look_up_export_or_erase(
    client, editor, manager, superuser, held
):
    index, export_url, erase_url = (reverse(f"personal_data:{name}") for name in ("index", "export", "erase"))
    client.force_login(editor)
    # Editors see the schedule (counts and dates), not the person tools.
    schedule = client.get(index)
    assert schedule.status_code == 200 and schedule.context["form"] is None
    assert 'name="email"' not in schedule.text
    for url in (index, export_url, erase_url):
        refused = client.post(url, {"email": EMAIL, "confirm": "on"})
        # Wagtail turns PermissionDenied into a redirect to the dashboard with a message.
        assert (refused.status_code, refused.get("Location")) == (302, reverse("wagtailadmin_home"))
    assert Submission.objects.filter(email__iexact=EMAIL).count() == 3
    assert ContactMessage.objects.filter(email__iexact=EMAIL).exists()
    for user in (manager, superuser):
        client.force_login(user)
        assert 'name="email"' in client.get(index).text
        assert client.post(index, {"email": EMAIL}).context["found"]
