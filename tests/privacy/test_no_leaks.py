"""No personal data in logs, feeds, URLs or caches: the whole journey of a registration, an
application, a request to join and a contact message, watched at DEBUG on every logger."""

import logging
import smtplib

import pytest
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend as LocmemBackend
from django.urls import reverse

from residencies import services
from residencies.models import Submission
from stories.factories import StoryIndexPageFactory
from tests.privacy.conftest import answers_post, call_post, contact_post, cv_slot, join_post, pdf_upload

pytestmark = pytest.mark.django_db

# Names and addresses no page, feed or log line has any business showing.
SECRET_NAME = "Hemliga Hedvigsdotter"
SECRET_EMAIL = "hemliga.hedvig@example.org"


class RefusingBackend(LocmemBackend):
    """The mail server refuses the recipient, and its error quotes the address (as SMTP servers do)."""

    def send_messages(self, messages):
        raise smtplib.SMTPRecipientsRefused({messages[0].to[0]: (550, b"no such user")})


def personal(text):
    text = text.lower()
    return [needle for needle in (SECRET_NAME.lower(), SECRET_EMAIL, "hemliga") if needle in text]


def every_journey(client, workshop, residency, join, contact, commit):
    """Register, apply (with a file), ask to join, write; follow every redirect. -> the responses."""
    who = {"name": SECRET_NAME, "email": SECRET_EMAIL}
    cv = pdf_upload("Hemliga CV.pdf")
    application = call_post(residency, 1, **who)
    application[f"file_{cv_slot(residency)}"] = cv
    posts = [
        (workshop.url + "register/", answers_post(workshop, 1, **who)),
        (residency.url + "register/", application),
        (join.nb.url, join_post(1, **who)),
        (contact.url, contact_post(1, **who)),
    ]
    responses = []
    for url, data in posts:
        with commit(execute=True):
            response = client.post(url, data)
        responses.append(response)
        assert response.status_code == 302, url
        responses.append(client.get(response["Location"]))
    return responses


def test_no_log_line_names_the_person_through_every_form_a_decision_and_a_failed_mail(
    client, workshop, residency, join, contact, caplog, settings, django_capture_on_commit_callbacks
):
    caplog.set_level(logging.DEBUG)  # the root logger: every logger that propagates
    every_journey(client, workshop, residency, join, contact, django_capture_on_commit_callbacks)
    application = Submission.objects.get(intake__translation_key=residency.translation_key)
    settings.EMAIL_BACKEND = "tests.privacy.test_no_leaks.RefusingBackend"
    with django_capture_on_commit_callbacks(execute=True):
        services.decide(application, "confirmed")
        services.release_decisions(application.intake)
    # Control: the capture sees the services' own log lines (the decision, the failed send).
    messages = [record.getMessage() for record in caplog.records]
    assert any(application.reference in line for line in messages)
    assert any("failed" in line for line in messages)
    assert personal(caplog.text) == []
    assert personal("\n".join(messages)) == []


def test_urls_carry_no_name_or_address_and_private_answers_are_never_cached(
    client, workshop, residency, join, contact, django_capture_on_commit_callbacks
):
    responses = every_journey(client, workshop, residency, join, contact, django_capture_on_commit_callbacks)
    posted, landed = responses[0::2], responses[1::2]
    # Redirects and links hold signed tokens naming a reference number, never a name or address.
    for response in posted:
        assert personal(response["Location"]) == []
    receipts = [r for r in landed if "submission/" in r.request["PATH_INFO"]]
    assert len(receipts) == 3  # the three private links
    for message in mail.outbox:
        for link in [word for word in message.body.split() if word.startswith("http")]:
            assert personal(link) == []
    # No cache keeps a private link, nor any answer to a form post (a refused one echoes the input).
    refused = client.post(contact.url, {"name": SECRET_NAME, "email": "not an address", "message": "x"})
    assert refused.status_code == 200 and SECRET_NAME in refused.text
    refused_registration = client.post(workshop.url + "register/", {"name": SECRET_NAME})
    assert refused_registration.status_code == 200
    for response in [*posted, *receipts, refused, refused_registration]:
        cache_control = response.get("Cache-Control", "")
        assert "private" in cache_control and "no-store" in cache_control, response.request["PATH_INFO"]


def test_feeds_show_no_registrant(client, workshop, join, django_capture_on_commit_callbacks, directory):
    story_index = StoryIndexPageFactory(
        parent=directory.get_parent(), title="Berättelser", slug="berattelser"
    )
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            workshop.url + "register/", answers_post(workshop, 1, name=SECRET_NAME, email=SECRET_EMAIL)
        )
        data = join_post(1, name=SECRET_NAME, email=SECRET_EMAIL)
        data["art_form"] = ",".join(data["art_form"])
        request = services.submit(join, data, language="sv")
        services.decide(request, "confirmed")
        services.release_decisions(request.intake)  # makes a draft profile with their name
    calendar = workshop.get_parent()
    feeds = [
        reverse("events_feed", kwargs={"index": calendar.translation_key}),
        reverse("events_event_ics", kwargs={"event": workshop.translation_key}),
        reverse("events_deadlines_feed"),
        story_index.url + "rss/",
        story_index.url + "atom/",
    ]
    for url in feeds:
        response = client.get(url)
        assert response.status_code == 200, url
        body = b"".join(response) if response.streaming else response.content
        assert personal(body.decode()) == [], url
    assert "Verkstad" in client.get(feeds[1]).content.decode()  # control: the feed is not empty
