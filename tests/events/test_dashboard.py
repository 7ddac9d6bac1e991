"""The dashboard's events panel: the next dates with places left, in the editor's language, if editable."""

from datetime import timedelta

import pytest
import recurrence
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from recurrence import Recurrence, Rule
from wagtail.models import GroupPagePermission
from wagtail.users.models import UserProfile

from events.dashboard import upcoming_dates
from events.factories import next_week_at
from residencies.factories import SubmissionFactory
from residencies.models import Intake
from tests.i18n import tr

pytestmark = pytest.mark.django_db


def prefer(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


def page_editor(django_user_model, name, *pages):
    """A user who may edit `pages` and the pages below them, and nothing else."""
    user = django_user_model.objects.create_user(name, f"{name}@example.com", "password")
    group = Group.objects.create(name=f"Page editors ({name})")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for page in pages:
        for codename in ("add_page", "change_page", "publish_page"):
            GroupPagePermission.objects.create(
                group=group, page=page, permission=Permission.objects.get(codename=codename)
            )
    user.groups.add(group)
    return user


def rows(response):
    section = BeautifulSoup(response.text, "html.parser").find(id="samspel-upcoming-events-section")
    assert section is not None
    return section, section.find("tbody").find_all("tr") if section.find("tbody") else []


def with_registrations(event, confirmed=2, waiting=0):
    intake = Intake.for_page(event)
    for _n in range(confirmed):
        SubmissionFactory(intake=intake, status="confirmed")
    for _n in range(waiting):
        SubmissionFactory(intake=intake, status="waiting")


@pytest.mark.parametrize("language", ["sv", "nb"])
def test_editors_see_the_next_dates_once_in_their_language_with_places_left(
    client, django_user_model, home_sv, home_nb, make_event, translate, language
):
    meeting = make_event(title="Nätverksträff", intake_policy="first_come", intake_places=5)
    meeting_nb = translate(meeting, title="Nettverkstreff")
    with_registrations(meeting, confirmed=2)
    make_event(title="Seminarium utan anmälan", start=next_week_at(days=9))
    editor = page_editor(django_user_model, "redaktor", home_sv, home_nb)
    prefer(editor, language)
    client.force_login(editor)
    section, found = rows(client.get(reverse("wagtailadmin_home")))
    assert tr(language, "Upcoming events") in section.text
    cells = [[td.get_text(" ", strip=True) for td in row.find_all("td")] for row in found]
    assert len(cells) == 2  # the Swedish and Norwegian pages are one event
    assert cells[0][0] == ("Nettverkstreff" if language == "nb" else "Nätverksträff")
    assert cells[0][2].startswith("3")  # 3 of 5 places left
    assert cells[1][2] == tr(language, "No registration")
    shown = meeting_nb if language == "nb" else meeting
    assert found[0].find("a")["href"] == reverse("wagtailadmin_pages:edit", args=[shown.pk])
    assert found[0].find("time")["datetime"] == meeting.start.astimezone(meeting.zone).isoformat()
    # Editors may not see who registered: no link to the registrations.
    assert reverse("residencies_intakes:index") not in str(section)


def test_staff_who_see_registrations_get_a_link_to_them(client, superuser, make_event):
    meeting = make_event(intake_policy="first_come", intake_places=2)
    with_registrations(meeting, confirmed=2, waiting=1)
    client.force_login(superuser)
    section, found = rows(client.get(reverse("wagtailadmin_home")))
    cells = [td.get_text(" ", strip=True) for td in found[0].find_all("td")]
    assert cells[2].startswith("0") and cells[3] == "1"
    assert f"{reverse('residencies_intakes:index')}?page={meeting.translation_key}" in str(section)


def test_only_events_the_editor_may_edit_are_listed(django_user_model, home_sv, calendar, make_event):
    from events.factories import EventIndexPageFactory

    other_calendar = EventIndexPageFactory(parent=home_sv, title="Annan kalender", slug="annan")
    mine = make_event(title="Min träff")
    make_event(title="Någon annans träff", parent=other_calendar)
    editor = page_editor(django_user_model, "kalenderredaktor", calendar)
    assert [o.event.pk for o in upcoming_dates(editor, "sv")] == [mine.pk]


def test_cancelled_dates_and_dates_beyond_the_horizon_are_left_out(superuser, make_event):
    start = next_week_at(days=1)
    weekly = make_event(
        start=start,
        recurrence=Recurrence(rrules=[Rule(recurrence.WEEKLY, count=20)]),
        exceptions=[{"date": (start + timedelta(weeks=1)).date(), "cancelled": True}],
    )
    dates = [o.start for o in upcoming_dates(superuser, "sv", limit=50)]
    assert start in dates and start + timedelta(weeks=1) not in dates
    assert all(d < start + timedelta(days=61) for d in dates) and len(dates) == 8
    assert {o.event.pk for o in upcoming_dates(superuser, "sv")} == {weekly.pk}


def dashboard_queries(client):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return len(queries), response


def add_events(make_event, translate, count, offset):
    for n in range(offset, offset + count):
        event = make_event(
            start=next_week_at(days=1 + n), intake_policy="first_come" if n % 2 else "none", intake_places=4
        )
        if n % 2:
            with_registrations(event, confirmed=1)
        if n % 3 == 0:
            translate(event)


def test_the_events_panel_costs_the_same_queries_for_two_events_as_for_eight(
    client, django_user_model, calendar, make_event, translate
):
    editor = page_editor(django_user_model, "redaktor", calendar.get_parent())
    client.force_login(editor)
    add_events(make_event, translate, 2, 0)
    dashboard_queries(client)  # warm the per-process caches
    few, _response = dashboard_queries(client)
    add_events(make_event, translate, 6, 2)
    many, response = dashboard_queries(client)
    assert len(rows(response)[1]) == 8
    assert many == few
