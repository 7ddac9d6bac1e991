"""Journey 3: staff assign a reviewer to the open residency call; the reviewer logs in to the Wagtail
admin, declares no conflict of interest and scores two applications; staff decide and release the
decisions, and each applicant is told in their own language (one Swedish, one Norwegian)."""

import uuid

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from residencies import services
from residencies.choices import SubmissionStatus
from residencies.models import Review
from tests.e2e.helpers import PDF_BYTES, live_page, mails_to, unique_email

pytestmark = pytest.mark.browser

PASSWORD = "e2e-journey-password"


def apply(page, name, language):
    """An application as the public form would send it (the form itself is journey 2's)."""
    upload = SimpleUploadedFile("portfolio.pdf", PDF_BYTES, content_type="application/pdf")
    upload.slot = page.intake_attachment_slots()[0][0]
    answers = {
        key: "Ett svar." for key, block_type, _v in page.intake_questions_list() if block_type != "yes_no"
    }
    data = {
        "name": name,
        "email": unique_email(name.split()[0].lower()),
        "country": "SE" if language == "sv" else "NO",
        "region": "jamtland-harjedalen" if language == "sv" else "trondelag",
        "art_form": "Dans",
        "presentation": "Om mig.",
        "answers": answers,
    }
    return services.submit(page, data, [upload], language=language)


def log_in(session, username, journey_step):
    page = session.page
    page.goto("/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    session.shot(journey_step)
    with page.expect_navigation():
        page.locator("form button[type=submit]").first.click()
    assert "/admin/login/" not in page.url, "the login was refused"


def test_reviewer_scores_and_staff_release_decisions_in_each_applicants_language(browsing):
    call_sv = live_page("residencypage", "sv")
    call_nb = live_page("residencypage", "nb")
    swede = apply(call_sv, "Astrid Svensson", "sv")
    norwegian = apply(call_nb, "Ola Nordmann", "nb")
    intake = swede.intake
    assert norwegian.intake == intake, "both languages of a call share one list"
    users = get_user_model()
    suffix = uuid.uuid4().hex[:6]
    staff_name, reviewer_name = f"staff-{suffix}", f"reviewer-{suffix}"
    users.objects.create_superuser(staff_name, f"{staff_name}@example.com", PASSWORD)
    reviewer = users.objects.create_user(
        reviewer_name,
        f"{reviewer_name}@example.com",
        PASSWORD,
        first_name="Rut",
        last_name=f"Granskare {suffix}",
    )
    reviewer.groups.add(Group.objects.get(name="Reviewers"))
    list_url = reverse("residencies_submissions:index") + f"?intake={intake.pk}"

    # Staff assign the reviewer to the call.
    staff = browsing("review-and-decide/staff")
    log_in(staff, staff_name, "staff-login")
    staff.page.goto(list_url)
    staff.page.locator(f"a[href='{reverse('residencies_intakes:reviewers', args=[intake.pk])}']").click()
    staff.page.select_option("#id_user", label=reviewer.get_full_name())
    staff.shot("assign-reviewer")
    with staff.page.expect_navigation():
        staff.page.locator("form:has(#id_user) button[type=submit]").click()
    assert reviewer.get_full_name() in staff.page.locator("main").inner_text()

    # The reviewer: declares no conflict, then scores, for each application.
    review = browsing("review-and-decide/reviewer")
    log_in(review, reviewer_name, "reviewer-login")
    review.page.goto(reverse("residencies_submissions:index"))
    listing = review.page.locator("main").inner_text()
    assert swede.reference in listing and norwegian.reference in listing
    review.shot("reviewer-sees-the-call")
    criteria = [key for key, _label, _weight in call_sv.intake_criteria()]
    for submission, scores in ((swede, (5, 4, 4)), (norwegian, (2, 3, 2))):
        review.page.goto(reverse("residencies_submissions:inspect", args=[submission.pk]))
        review.page.check("input[name=conflict][value=no]")
        review.shot(f"declare-{submission.reference}")
        with review.page.expect_navigation():
            review.page.locator(f"form[action$='/declare/{submission.pk}/'] button[type=submit]").click()
        for key, value in zip(criteria, scores, strict=True):
            review.page.select_option(f"#score_{key}", str(value))
        review.shot(f"score-{submission.reference}")
        with review.page.expect_navigation():
            review.page.locator(f"form[action$='/score/{submission.pk}/'] button[type=submit]").click()
        saved = Review.objects.get(submission=submission, reviewer=reviewer)
        assert not saved.conflict
        assert [saved.scores[key] for key in criteria] == list(scores)
    # Reviewers never decide: no decision buttons for them.
    assert review.page.locator("button[name=decision]").count() == 0

    # Staff decide (accept the Swede, turn down the Norwegian), then release the decisions.
    for submission, decision in ((swede, "confirmed"), (norwegian, "rejected")):
        staff.page.goto(reverse("residencies_submissions:inspect", args=[submission.pk]))
        with staff.page.expect_navigation():
            staff.page.locator(f"button[name=decision][value={decision}]").click()
        staff.shot(f"decided-{submission.reference}")
    assert not mails_to(swede.email)[1:], "nobody is told before the release"
    staff.page.goto(list_url)
    release_url = reverse("residencies_intakes:release", args=[intake.pk])
    staff.page.locator(f"a[href='{release_url}']").click()
    staff.page.wait_for_url(f"**{release_url}")
    staff.shot("release-confirm")
    with staff.page.expect_navigation():
        staff.page.locator("main form button[type=submit]").click()
    staff.shot("released")

    swede.refresh_from_db()
    norwegian.refresh_from_db()
    assert swede.status == SubmissionStatus.CONFIRMED and swede.decision_released_at
    assert norwegian.status == SubmissionStatus.REJECTED and norwegian.decision_released_at
    *_, to_swede = mails_to(swede.email)
    *_, to_norwegian = mails_to(norwegian.email)
    assert to_swede.subject == f"Du har fått en plats: {call_sv.title}"
    assert to_swede.body.startswith("Hej Astrid Svensson,")
    assert to_norwegian.subject == f"Om søknaden din: {call_nb.title}"
    assert to_norwegian.body.startswith("Hei Ola Nordmann,")
