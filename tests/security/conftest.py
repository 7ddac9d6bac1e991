"""Every public form that writes, as a `FormCase`: where it lives in each language, a complete
post, and a figure that changes exactly when a post is accepted.

Cases: contact, event registration, call application (send and save-draft), join the network,
and the private-link forms (edit, follow-up, cancel). The spam and fuzz tests run over all of them.
"""

from dataclasses import dataclass
from typing import Any

import pytest
from django.utils import translation

from residencies import services
from residencies.models import Submission
from residencies.services.tokens import make_token
from tests.conftest import translate_and_publish
from tests.events.conftest import calendar, registration, venue  # noqa: F401  (fixtures)
from tests.residencies.conftest import (  # noqa: F401  (fixtures)
    applicant,
    call_index,
    cv_slot,
    pdf_upload,
    private_media,
    residency,
)
from tests.stories.conftest import art_forms, directory  # noqa: F401  (fixtures)

FORMS = ["contact", "registration", "application", "draft", "join", "edit", "follow_up", "cancel"]
LINK_FORMS = {"edit", "follow_up", "cancel"}


@dataclass
class FormCase:
    name: str
    urls: dict  # language -> form address
    post: Any  # (n) -> a complete, valid post (new file objects each time)
    saved: Any  # () -> a figure that changes exactly when a post is accepted
    page: Any = None
    rows: Any = None  # () -> row counts a post may change (for the fuzz tests)
    kept_answer: str = ""  # text of the post that a refused post shows again

    def url(self, language):
        return self.urls[language]


@pytest.fixture(autouse=True)
def _swedish_outside_requests():
    with translation.override("sv"):
        yield


def _counts():
    from home.models import ContactMessage
    from residencies.models import PendingUpload, SubmissionFile

    return (
        ContactMessage.objects.count(),
        Submission.objects.count(),
        SubmissionFile.objects.count(),
        PendingUpload.objects.count(),
    )


def _contact(request):
    from home.factories import ContactPageFactory
    from home.models import ContactMessage

    site = request.getfixturevalue("site")
    locale_nb = request.getfixturevalue("locale_nb")
    page = ContactPageFactory(parent=site.home_sv, title="Kontakt", slug="kontakt")
    page_nb = translate_and_publish(page, locale_nb, title="Kontakt oss", slug="kontakt")

    def post(n=1):
        return {
            "name": f"Eva {n}",
            "email": f"eva{n}@example.se",
            "message": f"Hej! Jag vill veta mer ({n}).",
            "consent": "on",
        }

    return FormCase(
        "contact",
        {"sv": page.url, "nb": page_nb.url},
        post,
        lambda: ContactMessage.objects.count(),
        page=page,
        kept_answer="Hej! Jag vill veta mer",
    )


def _registration(request):
    from events.factories import EventPageFactory

    calendar_page = request.getfixturevalue("calendar")
    event = EventPageFactory(
        parent=calendar_page,
        venue=request.getfixturevalue("venue"),
        title="Verkstad",
        slug="verkstad",
        **registration(),
    )
    event_nb = translate_and_publish(event, request.getfixturevalue("locale_nb"), title="Verksted")
    (text_key, _t, _v), (choice_key, _c, choice), (yes_no_key, _y, _yv) = event.intake_questions_list()
    first_choice = next(iter(choice["choices"].bound_blocks)).id

    def post(n=1):
        return {
            "name": f"Deltagare {n}",
            "email": f"deltagare{n}@example.com",
            "organisation": "Teater Nord",
            "country": "NO",
            f"q_{text_key}": "Scenkonst och berättande",
            f"q_{choice_key}": first_choice,
            f"q_{yes_no_key}": "yes",
            "consent": "on",
            "action": "send",
        }

    return FormCase(
        "registration",
        {"sv": event.url + "register/", "nb": event_nb.url + "register/"},
        post,
        lambda: Submission.objects.count(),
        page=event,
        kept_answer="Scenkonst och berättande",
    )


def _residency_pages(request):
    page = request.getfixturevalue("residency")
    page_nb = translate_and_publish(
        page, request.getfixturevalue("locale_nb"), title="Residens i Steinkjer NB", slug="residens-steinkjer"
    )
    return page, page_nb


def _application_post(page, n=1, files=True):
    (text_key, _t, _v), (yes_no_key, _y, _yv) = page.intake_questions_list()
    data = {
        **applicant(n),
        f"q_{text_key}": "Ett nytt verk om flottningen",
        f"q_{yes_no_key}": "no",
        "consent": "on",
        "action": "send",
    }
    if files:
        data[f"file_{cv_slot(page)}"] = pdf_upload("cv.pdf")
    return data


def _application(request):
    page, page_nb = _residency_pages(request)
    return FormCase(
        "application",
        {"sv": page.url + "register/", "nb": page_nb.url + "register/"},
        lambda n=1: _application_post(page, n),
        lambda: (Submission.objects.count(), Submission.objects.filter(files__isnull=False).count()),
        page=page,
        kept_answer="Ett nytt verk om flottningen",
    )


def _draft(request):
    page, page_nb = _residency_pages(request)

    def post(n=1):
        return {"name": f"Utkast {n}", "email": f"utkast{n}@example.com", "consent": "on", "action": "save"}

    return FormCase(
        "draft",
        {"sv": page.url + "register/", "nb": page_nb.url + "register/"},
        post,
        lambda: Submission.objects.filter(status="draft").count(),
        page=page,
        kept_answer="utkast1@example.com",
    )


def _join(request):
    from stories.factories import JoinNetworkPageFactory

    request.getfixturevalue("art_forms")
    page = JoinNetworkPageFactory(
        parent=request.getfixturevalue("directory"), intake_notify_email="natverket@example.com"
    )
    page_nb = translate_and_publish(
        page, request.getfixturevalue("locale_nb"), title="Bli med i nettverket", slug="bli-med"
    )

    def post(n=1):
        return {
            "name": f"Kim Berg {n}",
            "email": f"kim{n}@example.com",
            "region": "trondelag",
            "art_form": ["musik", "hantverk"],
            "presentation": "Jag berättar om flottningen på älven.",
            "consent": "on",
            "action": "send",
        }

    return FormCase(
        "join",
        {"sv": page.url, "nb": page_nb.url},
        post,
        lambda: Submission.objects.count(),
        page=page,
        kept_answer="Jag berättar om flottningen på älven.",
    )


def _sent_application(page, status="received"):
    cv = pdf_upload("cv.pdf")
    cv.slot = cv_slot(page)
    submission = services.submit(page, applicant(1), files=[cv], language="sv")
    if status == "accepted":
        services.decide(submission, "confirmed")
        services.release_decisions(submission.intake)
        submission.refresh_from_db()
    return submission


def _link_urls(page, page_nb, submission, suffix):
    path = f"submission/{make_token(submission)}/{suffix}/"
    return {"sv": page.url + path, "nb": page_nb.url + path}


def _edit(request):
    page, page_nb = _residency_pages(request)
    submission = _sent_application(page)

    def post(n=1):
        data = _application_post(page, n, files=False)
        data.pop("email")
        data.pop("consent")
        data["presentation"] = f"Ändrad presentation {n}"
        data["action"] = "save"
        return data

    return FormCase(
        "edit",
        _link_urls(page, page_nb, submission, "edit"),
        post,
        lambda: Submission.objects.get(pk=submission.pk).presentation,
        page=page,
        kept_answer="Ändrad presentation",
    )


def _follow_up(request):
    page, page_nb = _residency_pages(request)
    submission = _sent_application(page, status="accepted")
    key = page.intake_follow_up_list()[0][0]
    return FormCase(
        "follow_up",
        _link_urls(page, page_nb, submission, "follow-up"),
        lambda n=1: {f"q_{key}": f"Vegetarisk kost {n}"},
        lambda: Submission.objects.get(pk=submission.pk).follow_up,
        page=page,
        kept_answer="Vegetarisk kost",
    )


def _cancel(request):
    page, page_nb = _residency_pages(request)
    submission = _sent_application(page)
    return FormCase(
        "cancel",
        _link_urls(page, page_nb, submission, "cancel"),
        lambda n=1: {},
        lambda: Submission.objects.get(pk=submission.pk).status,
        page=page,
    )


BUILDERS = {
    "contact": _contact,
    "registration": _registration,
    "application": _application,
    "draft": _draft,
    "join": _join,
    "edit": _edit,
    "follow_up": _follow_up,
    "cancel": _cancel,
}


@pytest.fixture
def form_case(request, db):
    """The form named by the test's parameter, built with only the pages it needs."""
    case = BUILDERS[request.param](request)
    case.rows = _counts
    return case
