"""Staff mark who attended an event date; that, and only that, makes a registration count for the funders."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry
from wagtail.users.models import UserProfile

from residencies import services
from residencies.models import Participation, ParticipationKind
from residencies.services import participation
from residencies.services.retention import erase_submission
from tests.i18n import ntr, tr
from tests.residencies.conftest import group_user, person

pytestmark = pytest.mark.django_db


def attendance_url(submission):
    return reverse("residencies_intakes:attendance", args=[submission.intake_id])


@pytest.fixture
def registered(event):
    """Three confirmed registrations and one on the waiting list."""
    return [services.submit(event, person(n), language="sv") for n in range(4)]


def test_staff_mark_attendance_with_checkboxes_and_each_change_is_in_the_history(client, staff, registered):
    client.force_login(staff)
    first, second, third, waiting = registered
    assert waiting.status == "waiting"
    page = client.get(attendance_url(first))
    assert page.status_code == 200
    assert f'value="{first.pk}"' in page.text and f'value="{waiting.pk}"' not in page.text

    client.post(attendance_url(first), {"attended": [first.pk, second.pk, waiting.pk]})
    rows = Participation.objects.filter(kind=ParticipationKind.ATTENDED)
    assert set(rows.values_list("submission_id", flat=True)) == {first.pk, second.pk}  # waiting: no place
    assert rows.get(submission=first).recorded_by == staff
    assert ModelLogEntry.objects.filter(action="residencies.attend", user=staff).count() == 2

    client.post(attendance_url(first), {"attended": [second.pk, third.pk]})
    assert set(rows.values_list("submission_id", flat=True)) == {second.pk, third.pk}
    unmarked = ModelLogEntry.objects.get(action="residencies.unattend")
    assert unmarked.object_id == str(first.pk) and unmarked.user == staff
    listed = client.get(attendance_url(first)).text
    assert f'value="{third.pk}" id="attended-{third.pk}" checked' in listed
    assert f'value="{first.pk}" id="attended-{first.pk}">' in listed


def test_registering_alone_does_not_count_until_attendance_is_marked(event):
    submission = services.submit(event, person(1), language="sv")
    assert not Participation.objects.exists()
    participation.set_attendance(submission.intake, [submission.pk])
    assert Participation.objects.get().submission == submission
    participation.set_attendance(submission.intake, [])
    assert not Participation.objects.exists()


def test_each_date_of_a_repeating_event_has_its_own_attendance_counted_in_its_month(recurring):
    monday = timezone.localtime().replace(hour=18, minute=0, second=0, microsecond=0)
    monday += timedelta(days=(7 - monday.weekday()) % 7 or 7)
    later = monday + timedelta(weeks=5)
    first = services.submit(recurring, person(1), language="sv", occurrence=monday)
    second = services.submit(recurring, person(2), language="sv", occurrence=later)
    participation.set_attendance(first.intake, [first.pk, second.pk])  # second is on another date's list
    assert list(Participation.objects.values_list("submission_id", flat=True)) == [first.pk]
    participation.set_attendance(second.intake, [second.pk])
    months = dict(Participation.objects.values_list("submission_id", "month"))
    assert months[first.pk] == monday.date().replace(day=1)
    assert months[second.pk] == later.date().replace(day=1)
    assert participation.attended_ids(first.intake) == {first.pk}


def test_moving_a_registration_to_another_date_takes_its_attendance_back(recurring):
    monday = timezone.localtime().replace(hour=18, minute=0, second=0, microsecond=0)
    monday += timedelta(days=(7 - monday.weekday()) % 7 or 7)
    submission = services.submit(recurring, person(1), language="sv", occurrence=monday)
    participation.set_attendance(submission.intake, [submission.pk])
    moved = services.move(submission, monday + timedelta(weeks=1))
    assert not Participation.objects.exists()
    participation.set_attendance(moved.intake, [moved.pk])
    assert Participation.objects.get().intake == moved.intake


def test_an_erased_registration_cannot_be_marked_but_can_be_unmarked(event):
    kept, erased = (services.submit(event, person(n), language="sv") for n in (1, 2))
    participation.set_attendance(kept.intake, [kept.pk])
    erase_submission(erased, timezone.now())
    erase_submission(kept, timezone.now())
    participation.set_attendance(kept.intake, [kept.pk, erased.pk])
    assert participation.attended_ids(kept.intake) == {kept.pk}
    participation.set_attendance(kept.intake, [])
    assert not Participation.objects.exists()


def test_a_reviewed_list_has_no_attendance_page(client, staff, call):
    submission = services.submit(call, person(1, country="SE", art_form="Dans"), language="sv")
    client.force_login(staff)
    assert client.get(attendance_url(submission)).status_code == 404
    with pytest.raises(services.NotAllowed):
        participation.set_attendance(submission.intake, [submission.pk])


def test_only_staff_who_decide_may_mark_attendance(client, django_user_model, editor, reviewer, registered):
    looker = group_user(django_user_model, "tittare", "Lookers", "access_admin", "view_submission")
    url = attendance_url(registered[0])
    for user in (editor, reviewer, looker):
        client.force_login(user)
        assert client.get(url).status_code in (302, 403)
        assert client.post(url, {"attended": [registered[0].pk]}).status_code in (302, 403)
    assert not Participation.objects.exists()


def test_the_attendance_page_and_its_link_speak_the_editors_language(client, staff, registered):
    client.force_login(staff)
    url = attendance_url(registered[0])
    for language in ("sv", "nb"):
        profile = UserProfile.get_for_user(staff)
        profile.preferred_language = language
        profile.save()
        assert url in client.get(reverse("residencies_intakes:index")).text
        page = client.get(url)
        assert tr(language, "Save attendance") in page.text
        assert tr(language, "Attended") in page.text
        saved = client.post(url, {"attended": [registered[0].pk]}, follow=True)
        marked = 1 if language == "sv" else 0  # the second time, nothing changes
        message = tr(language, "Attendance saved: %(marked)s, %(unmarked)s.") % {
            "marked": ntr(language, "%(n)d person marked", "%(n)d people marked", marked, "n"),
            "unmarked": ntr(language, "%(n)d person unmarked", "%(n)d people unmarked", 0, "n"),
        }
        assert message in saved.text
