"""The dashboard's calls panel: open calls with their counts and deadline, each user seeing only their own."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.users.models import UserProfile

from residencies.dashboard import dashboard_calls
from residencies.factories import ResidencyPageFactory, ReviewFactory, StudyTripPageFactory, SubmissionFactory
from residencies.models import Intake
from residencies.services import review
from tests.i18n import tr

pytestmark = pytest.mark.django_db


def prefer(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


def panel(response):
    return BeautifulSoup(response.text, "html.parser").find(id="samspel-calls-section")


def fill(call, received=3, old=1, scored=1, cancelled=1, draft=1, reviewer=None):
    """`received` applications (`old` of them sent two weeks ago, `scored` scored by `reviewer`)."""
    now = timezone.now()
    applications = [
        SubmissionFactory(page=call, created_at=now - timedelta(days=14) if n < old else now)
        for n in range(received)
    ]
    for application in applications[:scored] if reviewer else []:
        ReviewFactory(submission=application, reviewer=reviewer, scored_at=now, scores={"x": 3})
    for _n in range(cancelled):
        SubmissionFactory(page=call, status="cancelled")
    for _n in range(draft):
        SubmissionFactory(page=call, status="draft")
    return applications


@pytest.mark.parametrize("language", ["sv", "nb"])
def test_staff_see_each_open_call_once_with_counts_deadline_and_links(
    client, staff, reviewer, residency, residency_nb, language
):
    fill(residency, reviewer=reviewer)
    prefer(staff, language)
    client.force_login(staff)
    response = client.get(reverse("wagtailadmin_home"))
    section = panel(response)
    assert section is not None
    assert tr(language, "Calls") in section.text
    assert tr(language, "Not yet reviewed") in section.text
    rows = section.find("tbody").find_all("tr")
    assert len(rows) == 1  # the Swedish and Norwegian pages are one call
    title = "Residens i Steinkjer NB" if language == "nb" else "Residens i Steinkjer"
    cells = [td.get_text(" ", strip=True) for td in rows[0].find_all("td")]
    assert cells[0].startswith(title)
    assert cells[1] == tr(language, "Open for applications")
    # Withdrawn applications and drafts are not counted: 3 sent, 2 this week, 2 without a scored review.
    assert cells[3:] == ["3", "2", "2"]
    intake = Intake.objects.get(translation_key=residency.translation_key, occurrence=None)
    assert rows[0].find("a")["href"] == reverse("residencies_submissions:index") + f"?intake={intake.pk}"
    deadline = rows[0].find("time")
    closes = residency.intake_closes_at.astimezone(residency.intake_tzinfo)
    assert deadline["datetime"] == closes.isoformat()
    assert tr(language, "Swedish time") in cells[2]


def test_an_edit_link_only_for_those_who_may_edit_the_call(client, superuser, staff, residency):
    client.force_login(superuser)
    edit = reverse("wagtailadmin_pages:edit", args=[residency.pk])
    assert f'href="{edit}"' in str(panel(client.get(reverse("wagtailadmin_home"))))
    client.force_login(staff)  # may see applications, not edit pages
    assert f'href="{edit}"' not in str(panel(client.get(reverse("wagtailadmin_home"))))


def test_a_reviewer_sees_only_their_calls_and_what_they_have_not_reviewed(reviewer, staff, call_index):
    mine, other = ResidencyPageFactory(parent=call_index), ResidencyPageFactory(parent=call_index)
    applications = fill(mine, received=3, old=0, scored=1, cancelled=0, draft=0, reviewer=staff)
    fill(other)
    review.assign_reviewer(applications[0].intake, reviewer)
    # Scored by someone else: still waits for this reviewer. Their own conflict declaration settles one.
    ReviewFactory(submission=applications[1], reviewer=reviewer, conflict=True)
    rows = dashboard_calls(reviewer, "sv")
    assert [row.page.pk for row in rows] == [mine.pk]
    assert (rows[0].applications, rows[0].unreviewed) == (3, 2)


def test_editors_without_access_to_applications_get_no_calls_panel(client, editor, residency):
    fill(residency)
    client.force_login(editor)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    assert panel(response) is None
    assert dashboard_calls(editor, "sv") == []


def test_closed_calls_stay_while_applications_await_a_decision_and_upcoming_ones_are_left_out(
    staff, call_index
):
    now = timezone.now()
    closed = ResidencyPageFactory(
        parent=call_index, intake_opens_at=now - timedelta(days=30), intake_closes_at=now - timedelta(days=1)
    )
    decided = ResidencyPageFactory(
        parent=call_index, intake_opens_at=now - timedelta(days=30), intake_closes_at=now - timedelta(days=2)
    )
    upcoming = ResidencyPageFactory(
        parent=call_index, intake_opens_at=now + timedelta(days=3), intake_closes_at=now + timedelta(days=30)
    )
    first_come = StudyTripPageFactory(parent=call_index)
    SubmissionFactory(page=closed)
    SubmissionFactory(page=decided, status="confirmed", decided_at=now, decision_released_at=now)
    rows = {row.page.pk: row for row in dashboard_calls(staff, "sv")}
    assert closed.pk in rows and rows[closed.pk].status == "closed"
    assert decided.pk not in rows and upcoming.pk not in rows
    assert rows[first_come.pk].unreviewed is None  # first come: nobody reviews
    # Open calls first, soonest deadline first; then the closed ones.
    assert list(rows)[-1] == closed.pk


def dashboard_queries(client):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return len(queries), response


def test_the_calls_panel_costs_the_same_queries_for_two_calls_as_for_eight(
    client, staff, reviewer, call_index
):
    for _n in range(2):
        fill(ResidencyPageFactory(parent=call_index), reviewer=reviewer)
    client.force_login(staff)
    dashboard_queries(client)  # warm the per-process caches (content types, site root paths)
    few, _response = dashboard_queries(client)
    for _n in range(3):
        fill(ResidencyPageFactory(parent=call_index), reviewer=reviewer)
        fill(StudyTripPageFactory(parent=call_index), scored=0)
    many, response = dashboard_queries(client)
    assert len(panel(response).find("tbody").find_all("tr")) == 8
    assert many == few


def test_the_deadline_is_the_rules_pages_even_where_a_translation_lags_behind(staff, residency, residency_nb):
    # A translation not yet synced may carry an older window; the list follows the source's.
    type(residency_nb).objects.filter(pk=residency_nb.pk).update(
        intake_closes_at=residency.intake_closes_at - timedelta(days=3)
    )
    [row] = dashboard_calls(staff, "nb")
    assert row.page.pk == residency_nb.pk
    assert row.closes_at == residency.intake_closes_at
