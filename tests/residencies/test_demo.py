"""The demo calls: a residency open now and a study trip opening soon, in Swedish and Norwegian."""

import pytest

from residencies.choices import CallStatus
from residencies.demo import load_demo_calls
from residencies.models import DecisionEmailTemplate, ResidencyPage, StudyTripPage
from residencies.services.calls import call_status

pytestmark = pytest.mark.django_db


def test_demo_calls_are_bilingual_one_open_one_upcoming(client, home_sv, home_nb):
    index = load_demo_calls(home_sv, home_nb, {})
    residency_sv, residency_nb = (
        ResidencyPage.objects.get(locale=home.locale) for home in (home_sv, home_nb)
    )
    trip_sv, trip_nb = (StudyTripPage.objects.get(locale=home.locale) for home in (home_sv, home_nb))
    assert call_status(residency_sv) == CallStatus.OPEN and call_status(trip_sv) == CallStatus.UPCOMING
    assert residency_nb.title == "Produktutviklingsresidens i Steinkjer"
    # Translated questions and criteria keep their keys, so both languages share one list.
    assert [q[0] for q in residency_sv.intake_questions_list()] == [
        q[0] for q in residency_nb.intake_questions_list()
    ]
    assert [c[0] for c in residency_sv.intake_criteria()] == [c[0] for c in residency_nb.intake_criteria()]
    assert residency_nb.intake_questions_list()[0][2]["label"] == "Hva vil du utvikle?"
    assert DecisionEmailTemplate.objects.count() == 6
    for page in (index, index.nb, residency_sv, residency_nb, trip_sv, trip_nb):
        assert client.get(page.url).status_code == 200, page.url
