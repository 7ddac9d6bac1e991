"""Retention: requests to join (no closing date) and contact messages expire too; one command purges
every app's expired personal data, keeps the counts (and the funders' participation rows), and
editors see what goes when."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from home.models import ContactMessage
from home.personal_data import purge_expired, purge_schedule
from home.services.contact import submit_contact_message
from residencies import services
from residencies.models import Participation, ParticipationKind, Submission
from tests.i18n import tr
from tests.privacy.conftest import join_post

pytestmark = pytest.mark.django_db


def request_to_join(page, n, language="sv"):
    data = join_post(n)
    data["art_form"] = ",".join(data["art_form"])
    return services.submit(page, data, language=language)


def age(model, pk, days):
    """Pretend the row was made `days` ago (auto_now_add cannot be given a time)."""
    model.objects.filter(pk=pk).update(created_at=timezone.now() - timedelta(days=days))


def test_a_request_to_join_is_erased_its_retention_days_after_the_decision_was_told(join):
    join.intake_retention_days = 30
    join.save_revision().publish()
    decided = request_to_join(join, 1)
    services.decide(decided, "rejected")
    services.release_decisions(decided.intake)
    age(Submission, decided.pk, 400)  # sent long ago: the clock runs from the decision
    told = Submission.objects.get(pk=decided.pk).decision_released_at
    assert purge_expired(told + timedelta(days=29))["submissions"] == 0
    assert purge_expired(told + timedelta(days=31))["submissions"] == 1
    erased = Submission.objects.get(pk=decided.pk)
    assert erased.name == "" and erased.presentation == "" and erased.email.endswith("@invalid")
    assert (erased.status, erased.region, erased.language) == ("rejected", "trondelag", "sv")


def test_an_undecided_request_counts_from_when_it_was_sent(join):
    waiting = request_to_join(join, 1)
    fresh = request_to_join(join, 2)
    age(Submission, waiting.pk, join.intake_retention_days + 1)
    assert purge_expired()["submissions"] == 1
    assert Submission.objects.get(pk=waiting.pk).erased_at
    assert Submission.objects.get(pk=fresh.pk).name == "Kim Berg 2"


def test_contact_messages_are_deleted_after_the_configured_days(contact, settings):
    settings.SAMSPEL_CONTACT_RETENTION_DAYS = 365
    old = submit_contact_message(
        page=contact, name="Eva", email="eva@example.se", message="Hej", language="sv"
    )
    new = submit_contact_message(
        page=contact, name="Ola", email="ola@example.no", message="Hei", language="nb"
    )
    age(ContactMessage, old.pk, 366)
    age(ContactMessage, new.pk, 364)
    assert purge_expired()["contact"] == 1
    assert list(ContactMessage.objects.values_list("pk", flat=True)) == [new.pk]
    settings.SAMSPEL_CONTACT_RETENTION_DAYS = 30
    assert purge_expired()["contact"] == 1


def test_the_one_command_purges_every_app_and_keeps_the_funders_participation(
    join, contact, residency, capsys
):
    member = request_to_join(join, 1)
    services.decide(member, "confirmed")
    services.release_decisions(member.intake)
    Participation.objects.create(
        submission=member,
        intake=member.intake,
        kind=ParticipationKind.ACCEPTED,
        month=timezone.now().date().replace(day=1),
        person_key="k",
        organisation_key="o",
        recorded_at=timezone.now(),
    )
    submit_contact_message(page=contact, name="Eva", email="eva@example.se", message="Hej", language="sv")
    later = timezone.now() + timedelta(days=join.intake_retention_days + 400)
    out = StringIO()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(timezone, "now", lambda: later)
        call_command("purge_personal_data", stdout=out)
    assert "submissions: erased 1" in out.getvalue() and "contact: erased 1" in out.getvalue()
    assert Submission.objects.get(pk=member.pk).erased_at is not None
    assert Submission.objects.filter(intake=member.intake, status="confirmed").count() == 1  # the count
    participation = Participation.objects.get()
    assert participation.submission_id == member.pk and participation.kind == ParticipationKind.ACCEPTED


def test_the_schedule_lists_each_list_with_its_count_and_purge_date(join, workshop, contact):
    for n in range(2):
        services.submit(workshop, {"name": f"D {n}", "email": f"d{n}@example.com"}, language="sv")
    request_to_join(join, 1)
    message = submit_contact_message(
        page=contact, name="Eva", email="eva@example.se", message="Hej", language="sv"
    )
    rows = {row.label: row for row in purge_schedule()}
    event_row = rows[str(Submission.objects.filter(email="d0@example.com").get().intake)]
    ends = workshop.intake_window()[1]
    assert event_row.count == 2
    assert event_row.purge_on == ends + timedelta(days=workshop.intake_retention_days)
    join_row = next(row for row in rows.values() if row.kind == str(join._meta.verbose_name))
    assert join_row.count == 1 and join_row.purge_on > timezone.now()
    (contact_row,) = [row for row in rows.values() if row.kind == tr("sv", "Contact messages")]
    assert (contact_row.count, contact_row.purge_on) == (1, message.created_at + timedelta(days=365))


@pytest.mark.parametrize("language", ["sv", "nb"])
def test_staff_who_manage_personal_data_see_the_schedule_in_their_language(
    client, superuser, workshop, language
):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(superuser)
    profile.preferred_language = language
    profile.save()
    services.submit(workshop, {"name": "Dana", "email": "dana@example.com"}, language="sv")
    client.force_login(superuser)
    response = client.get(reverse("personal_data:index"))
    assert response.status_code == 200
    assert tr(language, "What will be purged, and when") in response.text
    ends = workshop.intake_window()[1] + timedelta(days=workshop.intake_retention_days)
    row = response.context["schedule"][0]
    assert (row.count, row.purge_on) == (1, ends)
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
