"""Who sees applications: the public none, editors none, reviewers only their calls, staff all; the export."""

import csv
import io

import pytest
from django.urls import reverse

from residencies import services
from residencies.services import review
from tests.residencies.conftest import applicant, cv_slot, pdf_upload

pytestmark = pytest.mark.django_db


def apply(page, n, language="sv", **extra):
    upload = pdf_upload(f"cv{n}.pdf")
    upload.slot = cv_slot(page)
    key = page.intake_questions_list()[0][0]
    return services.submit(
        page, applicant(n, answers={key: f"Svar {n}"}, **extra), files=[upload], language=language
    )


@pytest.fixture
def two_calls(residency, call_index):
    from residencies.factories import ResidencyPageFactory, attachments

    other = ResidencyPageFactory(
        parent=call_index, title="Annan utlysning", attachment_requests=attachments(("CV", True))
    )
    other.save_revision().publish()
    return residency, other


def urls(application):
    return {
        "index": reverse("residencies_submissions:index"),
        "inspect": reverse("residencies_submissions:inspect", args=[application.pk]),
        "file": reverse("residencies_submissions:file", args=[application.files.get().pk]),
        "export": reverse("residencies_intakes:export", args=[application.intake_id]) + "?format=csv",
    }


def test_anonymous_visitors_get_nothing(client, residency):
    application = apply(residency, 1)
    for url in urls(application).values():
        response = client.get(url)
        assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_editors_without_the_permission_see_no_applications(client, editor, residency):
    application = apply(residency, 1)
    client.force_login(editor)
    for name, url in urls(application).items():
        response = client.get(url)
        # Refused (redirect or 403), or not found in the applications this editor may see.
        assert response.status_code in (302, 403, 404), name
        assert application.email not in response.text
    assert "residencies_submissions" not in client.get(reverse("wagtailadmin_home")).text


def test_a_reviewer_sees_only_the_calls_they_are_assigned_to(client, reviewer, two_calls):
    mine, other = two_calls
    my_application = apply(mine, 1)
    other_application = apply(other, 2)
    review.assign_reviewer(my_application.intake, reviewer)
    client.force_login(reviewer)
    listing = client.get(reverse("residencies_submissions:index"))
    assert my_application.email in listing.text and other_application.email not in listing.text
    assert client.get(urls(my_application)["inspect"]).status_code == 200
    assert client.get(urls(my_application)["file"]).status_code == 200
    refused = client.get(urls(other_application)["inspect"])
    assert refused.status_code == 404 and other_application.email not in refused.text
    assert client.get(urls(other_application)["file"]).status_code in (302, 403)
    calls = client.get(reverse("residencies_intakes:index"))
    assert mine.title in calls.text and "Annan utlysning" not in calls.text


def test_a_reviewer_cannot_export_release_or_assign(client, reviewer, residency):
    application = apply(residency, 1)
    review.assign_reviewer(application.intake, reviewer)
    client.force_login(reviewer)
    for url in (
        urls(application)["export"],
        reverse("residencies_intakes:release", args=[application.intake_id]),
        reverse("residencies_intakes:reviewers", args=[application.intake_id]),
    ):
        assert client.get(url).status_code in (302, 403)


def test_drafts_are_the_applicants_own_and_never_listed(client, staff, residency):
    draft = services.submit(residency, applicant(9), language="sv", draft=True)
    client.force_login(staff)
    assert draft.email not in client.get(reverse("residencies_submissions:index")).text
    refused = client.get(reverse("residencies_submissions:inspect", args=[draft.pk]))
    assert refused.status_code == 404 and draft.email not in refused.text


def test_staff_assign_reviewers_and_the_assignment_is_logged(client, staff, reviewer, residency):
    from wagtail.models import ModelLogEntry

    application = apply(residency, 1)
    client.force_login(staff)
    url = reverse("residencies_intakes:reviewers", args=[application.intake_id])
    assert "granskare" in client.get(url).text
    client.post(url, {"user": reviewer.pk})
    assert review.is_assigned(reviewer, application.intake_id)
    client.post(url, {"user": reviewer.pk, "action": "remove"})
    assert not review.is_assigned(reviewer, application.intake_id)
    assert list(ModelLogEntry.objects.filter(user=staff).values_list("action", flat=True).order_by("pk")) == [
        "residencies.assign",
        "residencies.unassign",
    ]


# --- Export -----------------------------------------------------------------------------


def test_export_csv_has_the_calls_questions_as_columns_in_the_editors_language(
    client, staff, residency, locale_nb
):
    import copy

    from tests.conftest import translate_and_publish

    raw = copy.deepcopy(residency.intake_questions.raw_data)
    raw[0]["value"]["label"] = "Hva vil du utvikle?"
    nb_page = translate_and_publish(
        residency, locale_nb, title="Residens NB", slug="residens-nb", intake_questions=raw
    )
    apply(residency, 1)
    apply(nb_page, 2, language="nb", organisation='=HYPERLINK("http://evil")')
    client.force_login(staff)
    url = reverse("residencies_intakes:export", args=[residency_intake(residency)])
    response = client.get(url + "?format=csv")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert "Vad vill du utveckla?" in rows[0]  # the Swedish admin's page labels
    column = rows[0].index("Vad vill du utveckla?")
    assert [r[column] for r in rows[1:]] == ["Svar 1", "Svar 2"]  # both languages, one column
    assert rows[2][rows[0].index(_heading(rows[0], "Organisation"))].startswith("'=")  # no formulas
    # The same list, headed in Norwegian for a Norwegian-speaking editor.
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(staff)
    profile.preferred_language = "nb"
    profile.save()
    rows_nb = list(csv.reader(io.StringIO(client.get(url + "?format=csv").content.decode("utf-8-sig"))))
    assert "Hva vil du utvikle?" in rows_nb[0]


def _heading(headings, english):
    return next(h for h in headings if h in (english, "Organisation", "Organisasjon"))


def residency_intake(page):
    from residencies.models import Intake

    return Intake.objects.get(translation_key=page.translation_key).pk


def test_export_xlsx_opens_with_the_same_table(client, staff, residency):
    from openpyxl import load_workbook

    apply(residency, 1)
    client.force_login(staff)
    response = client.get(
        reverse("residencies_intakes:export", args=[residency_intake(residency)]) + "?format=xlsx"
    )
    assert response.status_code == 200 and "spreadsheetml" in response["Content-Type"]
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == 2 and "Vad vill du utveckla?" in rows[0] and "Svar 1" in rows[1]
