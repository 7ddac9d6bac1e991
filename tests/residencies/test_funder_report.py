"""The report to the funders: distinct people and organisations that took part, against the goal.

Counted from Participation rows (pseudonymous keys), so the figures survive the purge.
"""

import csv
import io
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.users.models import UserProfile

from home.factories import ActivityPageFactory
from residencies import services
from residencies.choices import SubmissionStatus
from residencies.models import Participation, ReportSettings, Submission
from residencies.report import figures
from residencies.services import participation
from tests.conftest import translate_and_publish
from tests.i18n import tr
from tests.residencies.conftest import applicant, group_user, make_page, person
from tests.residencies.reporting import accept, attend
from tests.residencies.testapp.models import SignupPage

pytestmark = pytest.mark.django_db

REPORT = "residencies_funder_report"
EXPORT = "residencies_funder_report_export"
PROGRESS = "%(organisations)s of %(goal)s organisations (%(percent)s %%)"


def report(language="sv", goal=100):
    return figures.build(goal, language)


def as_dict(rows):
    return {row.label: (row.people, row.organisations) for row in rows}


@pytest.fixture
def second_event(home_sv):
    return make_page(SignupPage, home_sv, title="Seminarium", intake_policy="first_come")


@pytest.fixture
def activity(programme, locale_nb):
    page = ActivityPageFactory(parent=programme, title="Residens och studieresor", slug="residens")
    page.save_revision().publish()
    page.nb = translate_and_publish(page, locale_nb, title="Residenser og studieturer", slug="residens")
    return page


@pytest.fixture
def residency_in_activity(residency, activity):
    residency.activity = activity
    residency.save_revision().publish()
    return residency


@pytest.fixture
def taken_part(residency_in_activity, event):
    """Two accepted applicants (Norway, Sweden); an event attendee from the Swedish one's organisation."""
    accept(residency_in_activity, applicant(1, organisation="Dansgruppen AS"))
    accept(
        residency_in_activity,
        applicant(2, country="SE", region="jamtland-harjedalen", organisation="Teater Nord"),
    )
    attend(event, person(3, country="SE", organisation="Teater  nord AB"))


@pytest.fixture
def report_viewer(django_user_model):
    return group_user(django_user_model, "rapport", "Reporting", "access_admin", "view_funder_report")


def with_language(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


# --- Counting ------------------------------------------------------------------------------


def test_the_same_person_at_two_events_counts_once(event, second_event):
    attend(event, person(1, organisation="Teater Nord"))
    attend(second_event, person(1, email=" Person1@Example.COM ", organisation="Teater Nord"), language="nb")
    counted = report()
    assert Participation.objects.count() == 2
    assert (counted.people, counted.organisations) == (1, 1)


def test_two_people_of_one_organisation_count_once_as_organisation(event):
    attend(event, person(1, organisation="Teater Nord AB"))
    attend(event, person(2, organisation="teater nord"))
    attend(event, person(3, organisation="Dansgruppen"))
    counted = report()
    assert (counted.people, counted.organisations, counted.sole_traders) == (3, 2, 0)


def test_a_person_without_an_organisation_counts_as_a_business_of_their_own(event, second_event):
    attend(event, person(1, organisation=""))
    attend(second_event, person(1, organisation=""))
    attend(event, person(2, organisation=""))
    counted = report()
    assert (counted.people, counted.organisations, counted.sole_traders) == (2, 2, 2)


def test_an_acceptance_counts_once_released_and_not_after_a_changed_decision_or_withdrawal(residency):
    submission = accept(residency, applicant(1), release=False)
    assert not Participation.objects.exists()  # decided, but the applicant has not been told
    services.release_decisions(submission.intake)
    assert Participation.objects.get().kind == "accepted"
    services.decide(submission, SubmissionStatus.REJECTED)
    assert Participation.objects.exists()  # still what the applicant was told
    services.release_decisions(submission.intake)
    assert not Participation.objects.exists()
    services.decide(submission, SubmissionStatus.CONFIRMED, override=True)
    services.release_decisions(submission.intake)
    assert Participation.objects.count() == 1
    services.cancel(submission)
    assert not Participation.objects.exists()


def test_requests_to_join_the_network_do_not_count(home_sv):
    from stories.factories import JoinNetworkPageFactory, NetworkDirectoryPageFactory

    directory = NetworkDirectoryPageFactory(parent=home_sv)
    join = JoinNetworkPageFactory(parent=directory)
    request = services.submit(
        join, {"name": "Kim", "email": "kim@example.com", "region": "trondelag", "presentation": "Hej"}
    )
    services.decide(request, SubmissionStatus.CONFIRMED)
    assert services.release_decisions(request.intake) == 1
    assert not Participation.objects.exists()


def test_figures_by_country_region_activity_and_how(taken_part, activity):
    counted = report("sv")
    assert (counted.people, counted.organisations) == (3, 2)
    assert as_dict(counted.by_country) == {tr("sv", "Norway"): (1, 1), tr("sv", "Sweden"): (2, 1)}
    # The event asks no region and has none: that person's region is not given.
    assert as_dict(counted.by_region) == {
        tr("sv", "Trøndelag"): (1, 1),
        tr("sv", "Jämtland Härjedalen"): (1, 1),
        tr("sv", "Not given"): (1, 1),
    }
    assert as_dict(counted.by_activity) == {
        "Residens och studieresor": (2, 2),
        tr("sv", "No programme activity"): (1, 1),
    }
    assert as_dict(counted.by_kind) == {tr("sv", "Accepted to a call"): (2, 2), tr("sv", "Attended"): (1, 1)}
    assert "Residenser og studieturer" in as_dict(report("nb").by_activity)


def test_an_event_without_a_region_of_its_own_counts_in_its_activitys_region(home_sv, activity):
    from events.factories import EventIndexPageFactory, EventPageFactory

    activity.region = "trondelag"
    activity.save_revision().publish()
    calendar = EventIndexPageFactory(parent=home_sv)
    event = EventPageFactory(parent=calendar, activity=activity, intake_policy="first_come")
    attend(event, person(1, country="NO"))
    row = Participation.objects.get()
    assert (row.region, row.activity_key) == ("trondelag", activity.translation_key)
    assert row.month == timezone.localtime(event.start).date().replace(day=1)


def test_months_count_distinct_people_and_organisations_so_far(recurring):
    monday = timezone.localtime().replace(hour=18, minute=0, second=0, microsecond=0)
    monday += timedelta(days=(7 - monday.weekday()) % 7 or 7)
    later = monday + timedelta(weeks=9)  # two or three months on
    attend(recurring, person(1, organisation="Teater Nord"), occurrence=monday)
    attend(recurring, person(2, organisation="Teater Nord"), occurrence=monday)
    attend(recurring, person(1, organisation="Teater Nord"), occurrence=later)
    attend(recurring, person(3, organisation="Dansgruppen"), occurrence=later)
    months = report().by_month
    first, last = months[0], months[-1]
    assert first.month == monday.date().replace(day=1) and last.month == later.date().replace(day=1)
    assert (first.people, first.organisations, first.new_organisations, first.organisations_so_far) == (
        2,
        1,
        1,
        1,
    )
    assert (last.people, last.organisations, last.new_organisations, last.organisations_so_far) == (
        2,
        2,
        1,
        2,
    )
    assert last.people_so_far == 3
    assert all(m.organisations_so_far == 1 for m in months[1:-1])  # quiet months are shown


# --- The purge -------------------------------------------------------------------------------


def test_the_counts_are_the_same_after_the_purge_has_erased_names_and_addresses(
    taken_part, residency_in_activity, event
):
    before = report()
    past = timezone.now() - timedelta(days=3)
    for page in (residency_in_activity, event):
        page.intake_opens_at, page.intake_closes_at = past - timedelta(days=30), past
        page.intake_retention_days = 1
        page.save_revision().publish()
    call_command("erase_expired_submissions")
    assert not Submission.objects.filter(erased_at__isnull=True).exists()
    assert not Submission.objects.exclude(name="").exists()
    after = report()
    assert (after.people, after.organisations) == (before.people, before.organisations) == (3, 2)
    assert as_dict(after.by_country) == as_dict(before.by_country)
    assert as_dict(after.by_activity) == as_dict(before.by_activity)


def test_keys_are_keyed_hashes_not_addresses(event):
    attend(event, person(1, organisation="Teater Nord"))
    row = Participation.objects.get()
    assert len(row.person_key) == 64 and "person1" not in row.person_key
    assert row.person_key == participation.person_key("PERSON1@example.com")
    assert row.person_key != participation.person_key("person2@example.com")


def test_keys_survive_a_new_secret_key_when_the_participation_secret_is_set(settings):
    def keys():
        return (
            participation.person_key("person1@example.com"),
            participation.organisation_key("Teater Nord", "", "person1@example.com"),
        )

    settings.PARTICIPATION_KEY_SECRET = "participation-only-7Qm2vX9pL4sR8tW1yZ3bN6cF0hJ5gD2"
    before = keys()
    settings.SECRET_KEY = "a-rotated-secret-key-k7Qm2vX9pL4sR8tW1yZ3bN6cF0hJ5gD2aE7uI9oP4"
    assert keys() == before


def test_without_a_participation_secret_the_keys_are_those_written_before_it_existed(settings):
    # Rows written before the setting was added were keyed with SECRET_KEY: they must keep matching.
    from django.utils.crypto import salted_hmac

    settings.PARTICIPATION_KEY_SECRET = ""
    expected = salted_hmac(
        "residencies.participation.person", "person1@example.com", algorithm="sha256"
    ).hexdigest()
    assert participation.person_key(" Person1@Example.com ") == expected
    settings.SECRET_KEY = "a-rotated-secret-key-k7Qm2vX9pL4sR8tW1yZ3bN6cF0hJ5gD2aE7uI9oP4"
    assert participation.person_key("person1@example.com") != expected  # why the setting exists


# --- The admin page and the exports -------------------------------------------------------------


def test_the_goal_is_a_setting_and_the_page_shows_the_progress(client, superuser, taken_part):
    setting = ReportSettings.load()
    setting.goal = 4
    setting.save()
    client.force_login(with_language(superuser, "sv"))
    response = client.get(reverse(REPORT))
    assert response.status_code == 200
    assert response.context["report"].percent == 50
    assert tr("sv", PROGRESS) % {"organisations": 2, "goal": 4, "percent": 50} in response.text
    assert '<progress max="4" value="2"' in response.text
    svg = response.text.split('<svg role="img"')[1].split("</svg>")[0]
    assert tr("sv", "Organisations so far, month by month") in svg
    assert svg.count("<rect") == 1 and "<script" not in svg  # one month, one bar, no script


def test_the_report_and_its_csv_speak_the_editors_language(client, report_viewer, taken_part):
    client.force_login(report_viewer)
    month = f"{timezone.localdate():%Y-%m}"
    for language in ("sv", "nb"):
        with_language(report_viewer, language)
        text = client.get(reverse(REPORT)).text
        assert tr(language, "Report to the funders") in text
        assert tr(language, "Participation over time") in text
        assert tr(language, "Norway") in text
        assert ("Residens och studieresor" if language == "sv" else "Residenser og studieturer") in text
        assert tr(language, PROGRESS) % {"organisations": 2, "goal": 100, "percent": 2} in text

        response = client.get(reverse(EXPORT), {"format": "csv"})
        assert response["Content-Type"].startswith("text/csv")
        rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
        assert rows[0][:4] == [tr(language, m) for m in ("Breakdown", "Group", "People", "Organisations")]
        assert [tr(language, "Total"), "", "3", "2", "", ""] in rows
        assert [tr(language, "Goal"), tr(language, "Organisations"), "", "100", "", ""] in rows
        assert [tr(language, "Country"), tr(language, "Sweden"), "2", "1", "", ""] in rows
        assert [tr(language, "Month"), month, "3", "2", "2", "2"] in rows


def test_xlsx_export_holds_the_same_table(client, report_viewer, taken_part):
    from openpyxl import load_workbook

    client.force_login(report_viewer)
    response = client.get(reverse(EXPORT), {"format": "xlsx"})
    sheet = load_workbook(io.BytesIO(response.content)).active
    values = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert values[0][:4] == [tr("sv", m) for m in ("Breakdown", "Group", "People", "Organisations")]
    assert [tr("sv", "Programme activity"), "Residens och studieresor", 2, 2, None, None] in values
    assert client.get(reverse(EXPORT), {"format": "pdf"}).status_code == 404


def test_only_superusers_and_holders_of_the_report_permission_see_it(
    client, editor, staff, report_viewer, superuser, taken_part
):
    for user in (editor, staff):  # staff see every submission, but not the programme's report
        client.force_login(user)
        assert client.get(reverse(REPORT)).status_code in (302, 403)
        assert client.get(reverse(EXPORT), {"format": "csv"}).status_code in (302, 403)
        assert reverse(REPORT) not in client.get(reverse("wagtailadmin_home")).text
    for user in (report_viewer, superuser):
        client.force_login(user)
        assert client.get(reverse(REPORT)).status_code == 200
        assert reverse(REPORT) in client.get(reverse("wagtailadmin_home")).text


def test_the_report_takes_the_same_number_of_queries_for_10_and_100_participants(
    client, report_viewer, activity, home_sv
):
    client.force_login(report_viewer)
    client.get(reverse(REPORT))  # warm the session, settings and site caches

    def queries_with(count):
        Participation.objects.all().delete()
        now = timezone.now()
        Participation.objects.bulk_create(
            Participation(
                kind="attended" if n % 2 else "accepted",
                activity_key=activity.translation_key if n % 3 else None,
                country=("SE", "NO", "other")[n % 3],
                region=("trondelag", "jamtland-harjedalen", "")[n % 3],
                month=(now - timedelta(days=31 * (n % 7))).date().replace(day=1),
                person_key=f"p{n}",
                organisation_key=f"o{n // 2}",
                recorded_at=now,
            )
            for n in range(count)
        )
        with CaptureQueriesContext(connection) as captured:
            response = client.get(reverse(REPORT))
        assert response.status_code == 200
        assert response.context["report"].people == count
        return len(captured)

    assert queries_with(10) == queries_with(100)


def test_the_labels_are_in_the_language_asked_for_whatever_language_is_active(taken_part, activity):
    """A request served in Norwegian before must not leave Norwegian labels in a Swedish report."""
    with translation.override("nb"):
        counted = report("sv")
    assert tr("sv", "Not given") in as_dict(counted.by_region)
    assert tr("sv", "No programme activity") in as_dict(counted.by_activity)
