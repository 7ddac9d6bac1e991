"""Event registrations in the admin: per event and date, places, waiting order, add, move, cancel, export."""

import csv
import io
import re

import pytest
from django.core import mail
from django.urls import reverse

from events.services.occurrences import next_occurrences
from residencies import services
from residencies.models import Intake, Submission
from residencies.views.public import occurrence_slug
from tests.events.conftest import person, said
from tests.i18n import tr

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin(client, superuser):
    client.force_login(superuser)
    return client


def dates(event, count=3):
    return [o.start for o in next_occurrences(event, limit=count)]


def intake_of(event, occurrence=None):
    return Intake.objects.get(translation_key=event.translation_key, occurrence=occurrence)


def test_the_lists_of_one_event_show_each_date_with_places_left(admin, weekly, make_event):
    first, second, _third = dates(weekly)
    for n in range(3):
        services.submit(weekly, person(n), language="sv", occurrence=first)
    services.submit(weekly, person(5), language="sv", occurrence=second)
    other = make_event(title="Annat evenemang", intake_policy="first_come", intake_places=4)
    services.submit(other, person(1), language="sv")
    response = admin.get(reverse("residencies_intakes:index"), {"page": str(weekly.translation_key)})
    assert response.status_code == 200
    text = re.sub(r"\s+", " ", response.text)
    assert "Annat evenemang" not in text
    rows = [str(intake) for intake in response.context["object_list"]]
    assert rows == [str(intake_of(weekly, first)), str(intake_of(weekly, second))]  # in date order
    assert said("Add a person") in text and said("All dates") in text


def test_submissions_filter_by_event_across_dates_and_number_the_waiting_list(admin, weekly, workshop):
    first, second, _third = dates(weekly)
    for n in range(4):
        services.submit(weekly, person(n), language="sv", occurrence=first)
    services.submit(weekly, person(9), language="nb", occurrence=second)
    services.submit(workshop, person(1), language="sv")
    url = reverse("residencies_submissions:index")
    response = admin.get(url, {"page": str(weekly.translation_key)})
    shown = {s.email: s for s in response.context["object_list"]}
    assert set(shown) == {f"deltagare{n}@example.com" for n in (0, 1, 2, 3, 9)}
    assert shown["deltagare2@example.com"].queue_position == 1
    assert shown["deltagare3@example.com"].queue_position == 2
    assert said("Waiting list number") in response.text
    one_date = admin.get(url, {"intake": intake_of(weekly, second).pk, "page": str(weekly.translation_key)})
    assert [s.email for s in one_date.context["object_list"]] == ["deltagare9@example.com"]


def test_staff_add_a_person_to_a_date_and_the_person_is_told(
    admin, weekly, django_capture_on_commit_callbacks
):
    first = dates(weekly)[0]
    url = reverse("residencies_submissions:add", args=[weekly.translation_key])
    form = admin.get(url, {"occurrence": occurrence_slug(first)})
    assert form.status_code == 200 and f'value="{occurrence_slug(first)}" selected' in form.text
    data = {
        "occurrence": occurrence_slug(first),
        "name": "Per Hand",
        "email": "per@example.com",
        "language": "nb",
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = admin.post(url, data)
    assert response.status_code == 302
    added = Submission.objects.get(email="per@example.com")
    assert added.status == "confirmed" and added.intake.occurrence == first and added.language == "nb"
    # Staff added them: the record says so (tests/privacy/test_consent.py proves the text).
    assert added.consent_version.endswith("-staff")
    (message,) = mail.outbox
    assert "Mandagsverksted" in message.subject and message.attachments  # nb page, with the .ics
    again = admin.post(url, data)
    assert again.status_code == 200 and said("This e-mail address is already on this list.") in again.text


def test_staff_can_add_beyond_the_places_only_on_purpose(admin, workshop):
    for n in range(3):
        services.submit(workshop, person(n), language="sv")
    url = reverse("residencies_submissions:add", args=[workshop.translation_key])
    admin.post(url, {"name": "Väntar", "email": "vantar@example.com", "language": "sv"})
    admin.post(url, {"name": "Extra", "email": "extra@example.com", "language": "sv", "override": "on"})
    assert Submission.objects.get(email="vantar@example.com").status == "waiting"
    assert Submission.objects.get(email="extra@example.com").status == "confirmed"
    assert Submission.objects.filter(status="confirmed").count() == 4


def test_moving_a_registration_to_another_date_frees_its_place_for_the_first_waiting(
    admin, weekly, django_capture_on_commit_callbacks
):
    first, second, _third = dates(weekly)
    placed = [services.submit(weekly, person(n), language="sv", occurrence=first) for n in range(2)]
    waiting = services.submit(weekly, person(5), language="sv", occurrence=first)
    inspect = admin.get(reverse("residencies_submissions:inspect", args=[placed[0].pk]))
    assert said("Move to another date") in inspect.text and occurrence_slug(second) in inspect.text
    assert occurrence_slug(first) not in re.findall(r'<option value="([^"]+)"', inspect.text)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        admin.post(
            reverse("residencies_submissions:move", args=[placed[0].pk]),
            {"occurrence": occurrence_slug(second)},
        )
    moved = Submission.objects.get(pk=placed[0].pk)
    assert moved.intake.occurrence == second and moved.status == "confirmed"
    assert Submission.objects.get(pk=waiting.pk).status == "confirmed"  # promoted into the freed place
    by_person = {m.to[0]: m for m in mail.outbox}
    assert set(by_person) == {"deltagare0@example.com", "deltagare5@example.com"}
    import icalendar

    (_name, content, _type) = by_person["deltagare0@example.com"].attachments[0]
    vevent = icalendar.Calendar.from_ical(content).walk("VEVENT")[0]
    assert vevent["DTSTART"].dt == second  # the new date


def test_a_move_into_a_full_date_joins_the_end_of_its_waiting_list(weekly):
    first, second, _third = dates(weekly)
    for n in range(3):
        services.submit(weekly, person(n), language="sv", occurrence=second)
    mover = services.submit(weekly, person(7), language="sv", occurrence=first)
    moved = services.move(mover, second)
    assert moved.status == "waiting" and moved.waiting_position() == 2
    with pytest.raises(services.AlreadySubmitted):
        services.move(services.submit(weekly, person(0), language="sv", occurrence=first), second)


def test_a_move_to_a_date_that_is_not_the_events_is_refused(weekly):
    from datetime import timedelta

    first = dates(weekly)[0]
    submission = services.submit(weekly, person(1), language="sv", occurrence=first)
    with pytest.raises(services.NoSuchOccurrence):
        services.move(submission, first + timedelta(hours=3))


def test_staff_cancel_gives_the_place_to_the_waiting_list(admin, workshop):
    placed = [services.submit(workshop, person(n), language="sv") for n in range(3)]
    waiting = services.submit(workshop, person(8), language="nb")
    admin.post(reverse("residencies_submissions:cancel", args=[placed[1].pk]))
    assert Submission.objects.get(pk=placed[1].pk).status == "cancelled"
    assert Submission.objects.get(pk=waiting.pk).status == "confirmed"


def test_export_of_all_dates_has_a_date_column_and_the_questions_in_the_editors_language(
    admin, superuser, weekly
):
    from wagtail.users.models import UserProfile

    first, second, _third = dates(weekly)
    (text_key, _t, _v), (choice_key, _c, choice), _yes_no = weekly.intake_questions_list()
    choice_id = next(iter(choice["choices"].bound_blocks)).id
    answers = {"answers": {text_key: "Scenkonst", choice_key: choice_id}}
    services.submit(weekly, person(1, **answers), language="sv", occurrence=first)
    services.submit(weekly.nb, person(2, **answers), language="nb", occurrence=second)
    url = reverse("residencies_intakes:export", args=[intake_of(weekly, first).pk])
    rows = list(
        csv.reader(io.StringIO(admin.get(url, {"format": "csv", "all": "1"}).content.decode("utf-8-sig")))
    )
    headings = rows[0]
    assert said("Date") in headings
    assert "Vad arbetar du med?" in headings and "Hur deltar du?" in headings
    assert (
        said("Art form or industry") not in headings and said("Average score") not in headings
    )  # calls only
    column = headings.index("Hur deltar du?")
    assert [r[column] for r in rows[1:]] == ["På plats", "På plats"]  # both languages in one column
    one = list(csv.reader(io.StringIO(admin.get(url, {"format": "csv"}).content.decode("utf-8-sig"))))
    assert len(one) == 2
    profile = UserProfile.get_for_user(superuser)
    profile.preferred_language = "nb"
    profile.save()
    rows_nb = list(
        csv.reader(io.StringIO(admin.get(url, {"format": "csv", "all": "1"}).content.decode("utf-8-sig")))
    )
    assert "Hvordan deltar du?" in rows_nb[0]
    column = rows_nb[0].index("Hvordan deltar du?")
    assert [r[column] for r in rows_nb[1:]] == ["På stedet", "På stedet"]


def test_export_xlsx_of_one_event(admin, workshop):
    from openpyxl import load_workbook

    services.submit(workshop, person(1), language="sv")
    url = reverse("residencies_intakes:export", args=[intake_of(workshop).pk])
    response = admin.get(url, {"format": "xlsx"})
    assert "spreadsheetml" in response["Content-Type"]
    rows = list(load_workbook(io.BytesIO(response.content)).active.iter_rows(values_only=True))
    assert len(rows) == 2 and "deltagare1@example.com" in rows[1]


def test_the_event_editor_links_to_its_registrations_for_staff_only(
    admin, client, django_user_model, workshop
):
    edit = reverse("wagtailadmin_pages:edit", args=[workshop.pk])
    response = admin.get(edit)
    link = reverse("residencies_intakes:index") + f"?page={workshop.translation_key}"
    assert response.status_code == 200 and link in response.text
    assert tr("sv", "Registration") in response.text  # the tab
    from django.contrib.auth.models import Group, Permission

    editor = django_user_model.objects.create_user("redaktor", "r@example.com", "password")
    group = Group.objects.create(name="Editors here")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    editor.groups.add(group)
    from wagtail.models import GroupPagePermission, Page

    GroupPagePermission.objects.create(
        group=group,
        page=Page.objects.get(pk=workshop.pk),
        permission=Permission.objects.get(codename="change_page"),
    )
    client.force_login(editor)
    as_editor = client.get(edit)
    assert as_editor.status_code == 200 and link not in as_editor.text
