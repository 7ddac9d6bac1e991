"""Reviewers, conflicts of interest, weighted scores, decisions and their release, and the history."""

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.log_actions import registry as log_registry
from wagtail.models import ModelLogEntry

from residencies import services
from residencies.models import DecisionEmailTemplate, OutgoingEmail, Review
from residencies.services import review
from tests.conftest import translate_and_publish
from tests.i18n import tr
from tests.residencies.conftest import applicant, cv_slot, pdf_upload

pytestmark = pytest.mark.django_db


def apply(page, n, language="sv"):
    upload = pdf_upload()
    upload.slot = cv_slot(page)
    return services.submit(page, applicant(n), files=[upload], language=language)


def criteria_keys(page):
    return [key for key, _label, _weight in page.intake_criteria()]


@pytest.fixture
def application(residency):
    return apply(residency, 1)


@pytest.fixture
def assigned(application, reviewer, staff):
    review.assign_reviewer(application.intake, reviewer, by=staff)
    return reviewer


def test_a_reviewer_must_be_assigned_and_declare_before_scoring(application, reviewer, residency):
    quality, border = criteria_keys(residency)
    with pytest.raises(services.NotAssigned):
        review.declare(application, reviewer, conflict=False)
    review.assign_reviewer(application.intake, reviewer)
    with pytest.raises(services.DeclarationNeeded):
        review.score(application, reviewer, {quality: 4, border: 4})
    review.declare(application, reviewer, conflict=False)
    assert review.score(application, reviewer, {quality: 4, border: 4}).scores == {quality: 4, border: 4}


def test_a_declared_conflict_blocks_scoring_for_good(application, assigned, residency):
    quality, border = criteria_keys(residency)
    review.declare(application, assigned, conflict=False)
    review.score(application, assigned, {quality: 5, border: 5})
    review.declare(application, assigned, conflict=True, note="Min kusin")
    assert Review.objects.get().scores == {}  # the scores made before go
    with pytest.raises(services.ConflictOfInterest):
        review.score(application, assigned, {quality: 1, border: 1})
    with pytest.raises(services.ConflictOfInterest):
        review.declare(application, assigned, conflict=False)


def test_scores_must_cover_every_criterion_on_the_scale(application, assigned, residency):
    quality, border = criteria_keys(residency)
    review.declare(application, assigned, conflict=False)
    for bad in (
        {quality: 4},
        {quality: 4, border: 9},
        {quality: 4, border: "x"},
        {quality: 4, border: 4, "other": 1},
    ):
        with pytest.raises(services.InvalidScores):
            review.score(application, assigned, bad)


def test_weighted_score_average_and_spread(application, residency, django_user_model):
    quality, border = criteria_keys(residency)  # weights 2 and 1
    a, b, c = (django_user_model.objects.create_user(f"r{n}") for n in range(3))
    for user in (a, b, c):
        review.assign_reviewer(application.intake, user)
    review.declare(application, a, conflict=False)
    review.score(application, a, {quality: 5, border: 2})  # (2*5 + 1*2) / 3 = 4.0
    review.declare(application, b, conflict=False)
    review.score(application, b, {quality: 3, border: 3})  # 3.0
    review.declare(application, c, conflict=True)  # not counted
    summary = review.summarise(application.reviews.all(), residency.intake_criteria())
    assert (summary.reviews, summary.conflicts, summary.average, summary.spread) == (2, 1, 3.5, 1.0)
    assert summary.average_display == "3.50"


def test_the_reviewer_declares_then_scores_in_the_admin(client, application, assigned, residency):
    client.force_login(assigned)
    inspect = reverse("residencies_submissions:inspect", args=[application.pk])
    page = client.get(inspect)
    assert page.status_code == 200 and 'name="conflict"' in page.text and "score_" not in page.text
    client.post(reverse("residencies_submissions:declare", args=[application.pk]), {"conflict": "no"})
    page = client.get(inspect)
    quality, border = criteria_keys(residency)
    assert f'name="score_{quality}"' in page.text
    client.post(
        reverse("residencies_submissions:score", args=[application.pk]),
        {f"score_{quality}": "4", f"score_{border}": "2", "note": "Bra"},
    )
    assert Review.objects.get().scores == {quality: 4, border: 2}
    # A reviewer cannot decide.
    client.post(reverse("residencies_submissions:decide", args=[application.pk]), {"decision": "confirmed"})
    application.refresh_from_db()
    assert application.status == "received"


def test_a_conflicted_reviewer_cannot_score_through_the_admin_either(
    client, application, assigned, residency
):
    client.force_login(assigned)
    client.post(reverse("residencies_submissions:declare", args=[application.pk]), {"conflict": "yes"})
    quality, border = criteria_keys(residency)
    client.post(
        reverse("residencies_submissions:score", args=[application.pk]),
        {f"score_{quality}": "5", f"score_{border}": "5"},
    )
    assert Review.objects.get().scores == {}
    assert (
        tr("sv", "You have declared a conflict of interest, so you do not score this application.")
        in client.get(reverse("residencies_submissions:inspect", args=[application.pk])).text
    )


def test_accepting_more_than_the_places_needs_an_explicit_override(client, staff, residency):
    apps = [apply(residency, n) for n in range(3)]
    client.force_login(staff)
    for a in apps[:2]:
        client.post(reverse("residencies_submissions:decide", args=[a.pk]), {"decision": "confirmed"})
    url = reverse("residencies_submissions:decide", args=[apps[2].pk])
    client.post(url, {"decision": "confirmed"})
    apps[2].refresh_from_db()
    assert apps[2].status == "received"
    client.post(url, {"decision": "confirmed", "override": "1"})
    apps[2].refresh_from_db()
    assert apps[2].status == "confirmed"
    entry = ModelLogEntry.objects.filter(action="residencies.decide", object_id=str(apps[2].pk)).get()
    assert (
        entry.user == staff
        and entry.data["override"] is True
        and tr("sv", " (over the number of places)") in entry.message
    )


def test_release_asks_first_then_mails_each_applicant_in_their_language_from_the_edited_text(
    client, staff, residency, locale_sv, locale_nb, django_capture_on_commit_callbacks
):
    nb_page = translate_and_publish(residency, locale_nb, title="Residens i Steinkjer", slug="residens")
    sv = apply(residency, 1)
    nb = apply(nb_page, 2, language="nb")
    source = DecisionEmailTemplate.objects.create(
        locale=locale_sv,
        kind="decision_confirmed",
        subject="Plats: {call}",
        body="Hej {name}! {reference} {link} {okänd}",
    )
    translated = source.copy_for_translation(locale_nb)
    translated.subject, translated.body = "Plass: {call}", "Hei {name}! {reference} {link}"
    translated.save()
    services.decide(sv, "confirmed")
    services.decide(nb, "rejected")
    client.force_login(staff)
    url = reverse("residencies_intakes:release", args=[sv.intake_id])
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        confirm = client.get(url)
    assert confirm.status_code == 200 and confirm.context["total"] == 2
    assert mail.outbox == [] and not OutgoingEmail.objects.filter(kind__startswith="decision").exists()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url)
    by_to = {m.to[0]: m for m in mail.outbox}
    assert by_to["sokande1@example.com"].subject == "Plats: Residens i Steinkjer"
    body = by_to["sokande1@example.com"].body
    assert body.startswith(f"Hej Sökande 1! {sv.reference} http://localhost/sv/") and "{okänd}" in body
    assert "Residens i Steinkjer" in by_to["sokande2@example.com"].subject  # built-in text, Norwegian page
    assert OutgoingEmail.objects.get(to="sokande2@example.com", kind="decision_rejected").language == "nb"
    assert ModelLogEntry.objects.filter(action="residencies.release", user=staff).count() == 3  # 2 + the list


def test_staff_changes_are_in_wagtails_history_with_readable_messages(client, staff, application, reviewer):
    review.assign_reviewer(application.intake, reviewer, by=staff)
    services.decide(application, "waiting", user=staff)
    services.cancel(application, user=staff)
    actions = set(ModelLogEntry.objects.values_list("action", flat=True))
    assert {"residencies.submit", "residencies.assign", "residencies.decide", "residencies.cancel"} <= actions
    assert log_registry.get_action_label("residencies.decide")
    client.force_login(staff)
    inspect = client.get(reverse("residencies_submissions:inspect", args=[application.pk]))
    decided = ModelLogEntry.objects.get(action="residencies.decide")
    assert decided.user == staff and decided.data["status"] == "waiting"
    assert str(decided.message) in inspect.text and str(decided.message) != str(decided.label)
    history = client.get(reverse("residencies_submissions:history", args=[application.pk]))
    assert history.status_code == 200
    # Log entries carry the reference, never the applicant's name.
    assert not ModelLogEntry.objects.filter(label__icontains="Sökande").exists()
