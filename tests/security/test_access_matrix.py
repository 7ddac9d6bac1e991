"""Who reaches what: every admin view, review action, export, attachment and private link, per role.

Roles: an anonymous visitor, an editor (Wagtail's Editors group), a reviewer assigned to call A,
a reviewer assigned to call B, a superuser. Each cell says whether the role is let in; a refusal
is a redirect to the login (or, for a signed-in user without the permission, to the dashboard),
403 or 404, and never shows the applicant's data. One test per role walks every cell, so a
failure lists all the holes at once.
"""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.models import Locale, Page, Site

from events.factories import EventIndexPageFactory, EventPageFactory, VenueFactory
from home.factories import HomePageFactory
from residencies import services
from residencies.choices import SubmissionStatus
from residencies.models import OutgoingEmail, SubmissionFile
from residencies.services import review
from residencies.services.tokens import make_token
from tests.residencies.conftest import SMALL_PDF, applicant, cv_slot, pdf_upload

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "editor", "reviewer_a", "reviewer_b", "superuser"]
EVERYONE = set(ROLES)
SIGNED_IN = EVERYONE - {"anonymous"}
SUPERUSER = {"superuser"}


def apply(page, n):
    upload = pdf_upload(f"cv{n}.pdf")
    upload.slot = cv_slot(page)
    key = page.intake_questions_list()[0][0]
    return services.submit(page, applicant(n, answers={key: f"Svar {n}"}), files=[upload], language="sv")


def site_with_home():
    """The bilingual site of tests/conftest.py's `site` fixture, made once for this module."""
    locale_sv = Locale.objects.get_or_create(language_code="sv")[0]
    Locale.objects.get_or_create(language_code="nb")
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=locale_sv)
    )
    Site.objects.all().delete()
    for child in root.get_children():
        child.delete()
    root.refresh_from_db()
    home = HomePageFactory(parent=root, title="Samspel63", slug="hem")
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    return home


def group(name, *codenames):
    found, _created = Group.objects.get_or_create(name=name)
    found.permissions.add(*Permission.objects.filter(codename__in=codenames))
    return found


def build_world(django_user_model):
    """Two calls with one application each, an event with one registration, and the five roles."""
    from residencies.factories import CallIndexPageFactory, ResidencyPageFactory, attachments

    home = site_with_home()
    index = CallIndexPageFactory(parent=home)
    index.save_revision().publish()
    call_a = ResidencyPageFactory(
        parent=index, title="Utlysning A", attachment_requests=attachments(("CV", True))
    )
    call_b = ResidencyPageFactory(
        parent=index, title="Utlysning B", attachment_requests=attachments(("CV", True))
    )
    for page in (call_a, call_b):
        page.save_revision().publish()
    a, b = apply(call_a, 1), apply(call_b, 2)
    calendar = EventIndexPageFactory(parent=home, title="Evenemang", slug="evenemang")
    event = EventPageFactory(
        parent=calendar, venue=VenueFactory(), intake_policy="first_come", intake_places=5
    )
    registration = services.submit(
        event, {"name": "Deltagare", "email": "deltagare@example.com"}, language="sv"
    )
    # Events ask for no files today; one is attached so its download is covered if they ever do.
    registration_file = SubmissionFile(
        submission=registration,
        original_name="intyg.pdf",
        content_type="application/pdf",
        size=len(SMALL_PDF),
    )
    registration_file.file.save("intyg.pdf", ContentFile(SMALL_PDF), save=True)
    draft = call_a.copy(update_attrs={"title": "Utkast", "slug": "utkast"}, keep_live=False)

    # Transactional tests elsewhere flush the groups the data migrations made: make sure they exist.
    editors = group("Editors", "access_admin")
    reviewers = group("Reviewers", "access_admin", "review_submission")
    users = {"editor": django_user_model.objects.create_user("redaktor", "r@example.com", "pw")}
    users["editor"].groups.add(editors)
    for role, submission in (("reviewer_a", a), ("reviewer_b", b)):
        users[role] = django_user_model.objects.create_user(role, f"{role}@example.com", "pw")
        users[role].groups.add(reviewers)
        review.assign_reviewer(submission.intake, users[role])
    users["superuser"] = django_user_model.objects.create_superuser("chef", "chef@example.com", "pw")
    return {
        "a": a,
        "b": b,
        "registration": registration,
        "registration_file": registration_file,
        "event": event,
        "calls": (call_a, call_b),
        "draft": draft,
        "users": users,
    }


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker, tmp_path_factory):
    """Made once for the module inside a transaction that is rolled back at its end; each test
    runs in a savepoint inside it, as Django's TestCase.setUpTestData does."""
    from django.contrib.auth import get_user_model
    from django.db import transaction
    from django.test import override_settings

    media = tmp_path_factory.mktemp("private")
    with override_settings(PRIVATE_MEDIA_ROOT=media), django_db_blocker.unblock(), transaction.atomic():
        yield {**build_world(get_user_model()), "media": media}
        transaction.set_rollback(True)


@pytest.fixture(autouse=True)
def world_media(world, settings):
    """The attachments stay where the world wrote them (tests/security's conftest moves them per test)."""
    settings.PRIVATE_MEDIA_ROOT = world["media"]


def cells(w):
    """(name, method, url, data, roles let in, whose e-mail a refusal must not show)."""
    a, b, reg = w["a"], w["b"], w["registration"]
    sub = lambda name, obj: reverse(f"residencies_submissions:{name}", args=[obj.pk])  # noqa: E731
    intake = lambda name, obj: reverse(f"residencies_intakes:{name}", args=[obj.intake_id])  # noqa: E731
    file_of = lambda obj: obj.files.get()  # noqa: E731
    mail = OutgoingEmail.objects.filter(submission=a).first()
    call_a, call_b = w["calls"]
    token = make_token(a)
    rows = [
        # Lists and the records in them.
        ("admin dashboard", "get", reverse("wagtailadmin_home"), None, SIGNED_IN, None),
        (
            "calls and lists",
            "get",
            reverse("residencies_intakes:index"),
            None,
            SUPERUSER | {"reviewer_a", "reviewer_b"},
            None,
        ),
        (
            "submissions",
            "get",
            reverse("residencies_submissions:index"),
            None,
            SUPERUSER | {"reviewer_a", "reviewer_b"},
            None,
        ),
        (
            "submissions as csv",
            "get",
            reverse("residencies_submissions:index") + "?export=csv",
            None,
            SUPERUSER,
            a,
        ),
        (
            "submissions as xlsx",
            "get",
            reverse("residencies_submissions:index") + "?export=xlsx",
            None,
            SUPERUSER,
            a,
        ),
        ("application A", "get", sub("inspect", a), None, SUPERUSER | {"reviewer_a"}, a),
        ("application B", "get", sub("inspect", b), None, SUPERUSER | {"reviewer_b"}, b),
        ("registration", "get", sub("inspect", reg), None, SUPERUSER, reg),
        (
            "history of A",
            "get",
            reverse("residencies_submissions:history", args=[a.pk]),
            None,
            SUPERUSER,
            a,
        ),
        ("attachment of A", "get", sub("file", file_of(a)), None, SUPERUSER | {"reviewer_a"}, None),
        ("attachment of B", "get", sub("file", file_of(b)), None, SUPERUSER | {"reviewer_b"}, None),
        ("attachment of the registration", "get", sub("file", w["registration_file"]), None, SUPERUSER, None),
        ("export A as csv", "get", intake("export", a) + "?format=csv", None, SUPERUSER, a),
        ("export A as xlsx", "get", intake("export", a) + "?format=xlsx", None, SUPERUSER, a),
        ("export the event as csv", "get", intake("export", reg) + "?format=csv", None, SUPERUSER, reg),
        ("release A", "get", intake("release", a), None, SUPERUSER, a),
        ("reviewers of A", "get", intake("reviewers", a), None, SUPERUSER, None),
        ("attendance of the event", "get", intake("attendance", reg), None, SUPERUSER, reg),
        (
            "add to the event by hand",
            "get",
            reverse("residencies_submissions:add", args=[w["event"].translation_key]),
            None,
            SUPERUSER,
            None,
        ),
        ("outgoing e-mail", "get", reverse("residencies_emails:index"), None, SUPERUSER, a),
        ("an e-mail to A", "get", reverse("residencies_emails:inspect", args=[mail.pk]), None, SUPERUSER, a),
        (
            "decision templates",
            "get",
            reverse("wagtailsnippets_residencies_decisionemailtemplate:list"),
            None,
            SUPERUSER,
            None,
        ),
        ("report to the funders", "get", reverse("residencies_funder_report"), None, SUPERUSER, None),
        (
            "funders' report export",
            "get",
            reverse("residencies_funder_report_export") + "?format=csv",
            None,
            SUPERUSER,
            None,
        ),
        # Every editor sees the purge schedule (counts and dates); finding a person is for managers.
        ("personal data", "get", reverse("personal_data:index"), None, SIGNED_IN, None),
        # Actions (each POST in its own savepoint, rolled back).
        ("declare on A", "post", sub("declare", a), {"conflict": "no"}, SUPERUSER | {"reviewer_a"}, None),
        ("declare on B", "post", sub("declare", b), {"conflict": "no"}, SUPERUSER | {"reviewer_b"}, None),
        ("score A", "post", sub("score", a), {}, SUPERUSER | {"reviewer_a"}, None),
        ("score B", "post", sub("score", b), {}, SUPERUSER | {"reviewer_b"}, None),
        ("decide A", "post", sub("decide", a), {"decision": SubmissionStatus.CONFIRMED}, SUPERUSER, None),
        ("cancel the registration", "post", sub("cancel", reg), {}, SUPERUSER, None),
        ("move the registration", "post", sub("move", reg), {}, SUPERUSER, None),
        ("release A's decisions", "post", intake("release", a), {}, SUPERUSER, None),
        (
            "assign a reviewer to B",
            "post",
            intake("reviewers", b),
            {"user": w["users"]["reviewer_a"].pk},
            SUPERUSER,
            None,
        ),
        ("retry an e-mail", "post", reverse("residencies_emails:retry", args=[mail.pk]), {}, SUPERUSER, None),
        ("erase a person", "post", reverse("personal_data:erase"), {"email": a.email}, SUPERUSER, None),
        # Public pages and the private links: the same for everyone, signed in or not.
        ("call A's page", "get", call_a.url, None, EVERYONE, None),
        ("call B's form", "get", call_b.url + "register/", None, EVERYONE, None),
        ("the event page", "get", w["event"].url, None, EVERYONE, None),
        ("an unpublished page", "get", "/sv/utlysningar/utkast/", None, set(), None),
        ("A's private link", "get", call_a.url + f"submission/{token}/", None, EVERYONE, None),
        ("A's private link, edit", "get", call_a.url + f"submission/{token}/edit/", None, EVERYONE, None),
        ("A's private link, cancel", "get", call_a.url + f"submission/{token}/cancel/", None, EVERYONE, None),
        ("A's link on B's page", "get", call_b.url + f"submission/{token}/", None, set(), a),
        ("a forged link", "get", call_a.url + f"submission/{token[:-4]}AAAA/", None, set(), a),
    ]
    return rows


def refused(response):
    if response.status_code in (403, 404):
        return True
    if response.status_code == 302:
        # To the login, or (signed in without the permission) Wagtail's "no permission" to the dashboard.
        return response["Location"].split("?")[0] in (
            reverse("wagtailadmin_login"),
            reverse("wagtailadmin_home"),
        )
    return False


def body(response):
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content)
    return response.content


@pytest.mark.parametrize("role", ROLES)
def test_access_matrix(client, world, role):
    from django.db import transaction

    if role != "anonymous":
        client.force_login(world["users"][role])
    holes = []
    for name, method, url, data, allowed, private in cells(world):
        with transaction.atomic():
            response = getattr(client, method)(url, data or {})
            content = body(response)
            transaction.set_rollback(True)
        if role in allowed and (refused(response) or response.status_code >= 500):
            holes.append(
                f"{name}: {role} should get in, got {response.status_code} {response.get('Location', '')}"
            )
        elif role not in allowed and not refused(response):
            holes.append(f"{name}: {role} should be refused, got {response.status_code}")
        elif role not in allowed and private is not None and private.email.encode() in content:
            holes.append(f"{name}: the refusal shows {private.email}")
    assert not holes, "\n".join(holes)


def test_a_reviewers_lists_show_only_their_own_call(client, world):
    client.force_login(world["users"]["reviewer_a"])
    for url in (reverse("residencies_submissions:index"), reverse("residencies_intakes:index")):
        text = client.get(url).text
        assert "Utlysning A" in text and "Utlysning B" not in text
        assert world["registration"].email not in text and world["b"].email not in text
    assert "export=" not in client.get(reverse("residencies_submissions:index")).text  # no download buttons


def test_attachments_are_downloads_that_no_browser_renders(client, world):
    client.force_login(world["users"]["superuser"])
    response = client.get(reverse("residencies_submissions:file", args=[world["a"].files.get().pk]))
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert (
        "sandbox" in response["Content-Security-Policy"]
        and "default-src 'none'" in response["Content-Security-Policy"]
    )
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert body(response) == SMALL_PDF
