"""Factories for call pages, submissions and reviews: the tests and the demo content build with these.

Submissions made here skip the services (no lock, no mail): use them to fill a list for
listings and query counts; use residencies.services.submit to test the rules.
"""

from datetime import timedelta

import factory
import wagtail_factories
from django.utils import timezone

from residencies import models
from residencies.choices import IntakePolicy, SubmissionStatus
from residencies.consent import CONSENT_VERSION


def criteria(*items):
    """[("criterion", {...})] from (label, weight) pairs."""
    return [("criterion", {"label": label, "description": "", "weight": weight}) for label, weight in items]


def questions(*items):
    """[(type, {...})] from (type, label, required[, choices]) tuples."""
    blocks = []
    for item in items:
        block_type, label, required, *rest = item
        value = {"label": label, "help_text": "", "required": required}
        if block_type == "choice":
            value["choices"] = list(rest[0])
        blocks.append((block_type, value))
    return blocks


def attachments(*items):
    """[("attachment", {...})] from (label, required) pairs."""
    return [
        ("attachment", {"label": label, "help_text": "", "required": required}) for label, required in items
    ]


class CallIndexPageFactory(wagtail_factories.PageFactory):
    title = "Utlysningar"
    slug = "utlysningar"

    class Meta:
        model = models.CallIndexPage


class CallPageFactory(wagtail_factories.PageFactory):
    """What both call types share: open now for two weeks, two criteria, one question."""

    summary = "En utlysning i programmet."
    intake_places = 2
    intake_opens_at = factory.LazyFunction(lambda: timezone.now() - timedelta(days=1))
    intake_closes_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=14))
    criteria = factory.LazyFunction(lambda: criteria(("Konstnärlig kvalitet", 2), ("Gränsöverskridande", 1)))
    intake_questions = factory.LazyFunction(lambda: questions(("long_text", "Vad vill du utveckla?", True)))

    class Meta:
        abstract = True


class ResidencyPageFactory(CallPageFactory):
    title = factory.Sequence(lambda n: f"Residens {n}")
    intake_policy = IntakePolicy.REVIEWED
    place = "Steinkjer"

    class Meta:
        model = models.ResidencyPage


class StudyTripPageFactory(CallPageFactory):
    title = factory.Sequence(lambda n: f"Studieresa {n}")
    intake_policy = IntakePolicy.FIRST_COME
    destination = "Trondheim"

    class Meta:
        model = models.StudyTripPage


class SubmissionFactory(factory.django.DjangoModelFactory):
    intake = factory.LazyAttribute(lambda o: models.Intake.for_page(o.page))
    status = SubmissionStatus.RECEIVED
    name = factory.Sequence(lambda n: f"Sökande {n}")
    email = factory.Sequence(lambda n: f"sokande{n}@example.com")
    country = "SE"
    region = "jamtland-harjedalen"
    art_form = "Dans"
    consent_text = "Jag samtycker."
    consent_version = CONSENT_VERSION
    language = "sv"
    created_at = factory.LazyFunction(timezone.now)
    reference = factory.Sequence(lambda n: f"T-{n:05d}")

    class Params:
        page = None

    class Meta:
        model = models.Submission


class ReviewFactory(factory.django.DjangoModelFactory):
    conflict = False
    declared_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = models.Review
