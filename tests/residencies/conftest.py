"""Pages that take submissions, and helpers to fill their forms."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.text import slugify

from tests.conftest import translate_and_publish
from tests.residencies.testapp.models import CallPage, RecurringPage, SignupPage

# The smallest well-formed PDF: header, one empty page, xref, trailer.
SMALL_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
    b"xref\n0 4\n0000000000 65535 f \ntrailer<</Size 4/Root 1 0 R>>\nstartxref\n0\n%%EOF\n"
)
WINDOWS_EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 200


def pdf_upload(name="cv.pdf", content=SMALL_PDF):
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def image_bytes(image_format, size=(8, 6)):
    """A real, tiny image in a Pillow format ("PNG", "JPEG", "WEBP")."""
    from io import BytesIO

    from PIL import Image

    out = BytesIO()
    Image.new("RGB", size, (200, 120, 40)).save(out, format=image_format)
    return out.getvalue()


def make_page(cls, parent, **fields):
    fields.setdefault("slug", slugify(fields["title"]))
    page = parent.add_child(instance=cls(**fields))
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def person(n, **extra):
    return {"name": f"Person {n}", "email": f"person{n}@example.com", "organisation": "Teater Nord", **extra}


@pytest.fixture(autouse=True)
def private_media(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    return settings.PRIVATE_MEDIA_ROOT


@pytest.fixture
def event(home_sv):
    """A first-come page with 3 places and a waiting list."""
    return make_page(
        SignupPage,
        home_sv,
        title="Nätverksträff",
        intake_policy="first_come",
        intake_places=3,
        intake_waiting_list=True,
    )


@pytest.fixture
def event_nb(event, locale_nb):
    return translate_and_publish(event, locale_nb, title="Nettverkstreff", slug="nettverkstreff")


@pytest.fixture
def call(home_sv):
    """A reviewed call with 2 places and one choice question."""
    return make_page(
        CallPage,
        home_sv,
        title="Residens i Trondheim",
        intake_policy="reviewed",
        intake_places=2,
        intake_questions=[
            ("text", {"label": "Vad vill du arbeta med?", "help_text": "", "required": True}),
            ("choice", {"label": "Period", "help_text": "", "required": True, "choices": ["Vår", "Höst"]}),
            ("yes_no", {"label": "Behöver du boende?", "help_text": "", "required": False}),
        ],
    )


@pytest.fixture
def call_nb(call, locale_nb):
    return translate_and_publish(call, locale_nb, title="Residens i Trondheim", slug="residens")


@pytest.fixture
def recurring(home_sv):
    return make_page(
        RecurringPage, home_sv, title="Måndagsverkstad", intake_policy="first_come", intake_places=2
    )


# --- Call pages (residencies' own page types) ------------------------------------------------


@pytest.fixture
def call_index(home_sv, locale_nb):
    from residencies.factories import CallIndexPageFactory

    index = CallIndexPageFactory(parent=home_sv)
    index.save_revision().publish()
    index.nb = translate_and_publish(index, locale_nb, title="Utlysninger", slug="utlysninger")
    return index


@pytest.fixture
def residency(call_index):
    """An open reviewed residency: 2 places, criteria weighted 2 and 1, a required CV and a follow-up."""
    from residencies.factories import ResidencyPageFactory, attachments, questions

    page = ResidencyPageFactory(
        parent=call_index,
        title="Residens i Steinkjer",
        slug="residens-steinkjer",
        intake_questions=questions(
            ("long_text", "Vad vill du utveckla?", True), ("yes_no", "Boende?", False)
        ),
        attachment_requests=attachments(("CV", True), ("Arbetsprover", False)),
        follow_up_questions=questions(("text", "Kost och allergier", True)),
    )
    page.save_revision().publish()
    return page


@pytest.fixture
def residency_nb(residency, locale_nb):
    return translate_and_publish(
        residency, locale_nb, title="Residens i Steinkjer NB", slug="residens-steinkjer"
    )


@pytest.fixture
def study_trip(call_index):
    """An open first-come study trip, 2 places, no waiting list."""
    from residencies.factories import StudyTripPageFactory

    page = StudyTripPageFactory(
        parent=call_index, title="Studieresa till Trondheim", slug="studieresa", intake_waiting_list=False
    )
    page.save_revision().publish()
    return page


def group_user(django_user_model, username, group_name, *codenames):
    from django.contrib.auth.models import Group, Permission

    user = django_user_model.objects.create_user(username, f"{username}@example.com", "password")
    group, _created = Group.objects.get_or_create(name=group_name)
    for codename in codenames:
        group.permissions.add(Permission.objects.get(codename=codename))
    user.groups.add(group)
    return user


@pytest.fixture
def reviewer(django_user_model):
    """A member of the Reviewers group the data migration made."""
    return group_user(django_user_model, "granskare", "Reviewers")


@pytest.fixture
def staff(django_user_model):
    """Programme staff: see every list, decide, release."""
    return group_user(
        django_user_model,
        "personal",
        "Programme staff",
        "access_admin",
        "view_submission",
        "change_submission",
        "view_outgoingemail",
    )


@pytest.fixture
def editor(django_user_model):
    """An admin user who may edit pages but not see submissions."""
    return group_user(django_user_model, "redaktor", "Plain editors", "access_admin")


def applicant(n, **extra):
    """Fixed fields a call requires."""
    return {
        "name": f"Sökande {n}",
        "email": f"sokande{n}@example.com",
        "country": "NO",
        "region": "trondelag",
        "art_form": "Dans",
        "presentation": "Jag dansar.",
        **extra,
    }


def call_post(page, n=1, **extra):
    """A complete POST for the residency form (files not included)."""
    (text_key, _t, _v), (yes_no_key, _t2, _v2) = page.intake_questions_list()
    return {
        **applicant(n),
        f"q_{text_key}": "En turnerande föreställning",
        f"q_{yes_no_key}": "yes",
        "consent": "on",
        **extra,
    }


def cv_slot(page):
    return page.intake_attachment_slots()[0][0]
