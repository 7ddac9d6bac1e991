"""The demo events load in both languages and show up on the calendar and in its feeds."""

import pytest
from django.urls import reverse
from django.utils import translation

from events.demo import load_demo_events
from events.models import EventPage
from tests.events.icalhelpers import parse

pytestmark = pytest.mark.django_db


def test_demo_events_load_in_swedish_and_norwegian(client, home_sv, home_nb, programme):
    from home.factories import ActivityPageFactory

    network = ActivityPageFactory(parent=programme, title="Nätverk över gränsen")
    index = load_demo_events(home_sv, home_nb, {"network": network})
    assert EventPage.objects.filter(locale=home_sv.locale).count() == 6
    assert EventPage.objects.filter(locale=home_nb.locale).count() == 6
    assert EventPage.objects.filter(activity=network).count() == 4  # two events, both languages
    sv = client.get(index.url)
    assert sv.status_code == 200 and "Kulturfrukost" in sv.text
    nb_index = index.get_translation(home_nb.locale)
    nb = client.get(nb_index.url)
    assert nb.status_code == 200 and "Kulturfrokost" in nb.text
    for language in ("sv", "nb"):
        with translation.override(language):
            feed = client.get(reverse("events_feed", kwargs={"index": index.translation_key}))
        uids = {str(e["UID"]) for e in parse(feed.content).walk("VEVENT")}
        assert len(uids) == 6


def test_two_demo_events_take_registrations_one_nearly_full_one_with_a_waiting_list(client, home_sv, home_nb):
    from residencies.models import Submission

    index = load_demo_events(home_sv, home_nb)
    registering = EventPage.objects.filter(locale=home_sv.locale, intake_policy="first_come")
    assert set(registering.values_list("slug", flat=True)) == {"natverkstraff", "workshop-produktutveckling"}
    listing = client.get(index.url)
    badges = {}
    for occurrence in listing.context["occurrences"]:  # in date order: each event's first date
        badges.setdefault(occurrence.event.slug, occurrence.registration)
    assert badges["workshop-produktutveckling"].state == "waiting_list"
    assert badges["natverkstraff"].state == "open" and badges["natverkstraff"].places_left == 2
    workshop = registering.get(slug="workshop-produktutveckling")
    assert (
        Submission.objects.filter(intake__translation_key=workshop.translation_key, status="waiting").count()
        == 2
    )
    # The Norwegian page asks the same questions (same keys) in Norwegian.
    nb = workshop.get_translation(home_nb.locale)
    assert [k for k, _t, _v in nb.intake_questions_list()] == [
        k for k, _t, _v in workshop.intake_questions_list()
    ]
    assert nb.intake_questions_list()[1][2]["label"] == "Spiser du vegetarisk?"
    page = client.get(nb.url)
    assert page.status_code == 200 and "Spiser du vegetarisk?" in page.text
