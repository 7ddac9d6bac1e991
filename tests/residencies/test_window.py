"""The application window: opens, closes, and the zone it is stated in, whoever types it."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from residencies import services
from residencies.forms.page_form import IntakePageForm
from residencies.models import IntakeState, ResidencyPage
from tests.residencies.conftest import applicant

pytestmark = pytest.mark.django_db
OSLO, UTC = ZoneInfo("Europe/Oslo"), ZoneInfo("UTC")


class WindowForm(IntakePageForm):
    class Meta:
        model = ResidencyPage
        fields = ["title", "slug", "intake_opens_at", "intake_closes_at", "intake_zone"]


def form_data(page, **extra):
    return {"title": page.title, "slug": page.slug, "intake_zone": "Europe/Oslo", **extra}


def test_a_typed_deadline_means_that_time_in_the_calls_zone_whatever_the_editors_zone(residency, call_index):
    with timezone.override(UTC):  # an editor whose admin runs in UTC
        form = WindowForm(
            form_data(residency, intake_opens_at="2026-06-01 09:00", intake_closes_at="2026-06-30 23:59"),
            instance=residency,
            parent_page=call_index,
        )
        assert form.is_valid(), form.errors
    assert form.cleaned_data["intake_closes_at"] == datetime(2026, 6, 30, 23, 59, tzinfo=OSLO)
    assert form.cleaned_data["intake_closes_at"] == datetime(2026, 6, 30, 21, 59, tzinfo=UTC)  # summer time
    assert form.cleaned_data["intake_opens_at"] == datetime(2026, 6, 1, 7, 0, tzinfo=UTC)


def test_the_editor_sees_the_stored_deadline_in_the_calls_zone(residency, call_index):
    residency.intake_zone = "Europe/Oslo"
    residency.intake_closes_at = datetime(2026, 1, 15, 23, 59, tzinfo=OSLO)
    with timezone.override(UTC):
        form = WindowForm(instance=residency, parent_page=call_index)
        shown = form["intake_closes_at"].value()
    assert (shown.hour, shown.minute) == (23, 59)  # not 22:59, the UTC reading


def test_closing_must_come_after_opening(residency, call_index):
    form = WindowForm(
        form_data(residency, intake_opens_at="2026-06-30 10:00", intake_closes_at="2026-06-01 10:00"),
        instance=residency,
        parent_page=call_index,
    )
    assert not form.is_valid() and "intake_closes_at" in form.errors


def test_the_window_opens_and_closes_to_the_second_in_its_zone(residency):
    residency.intake_zone = "Europe/Oslo"
    residency.intake_opens_at = datetime(2026, 3, 2, 9, 0, tzinfo=OSLO)
    residency.intake_closes_at = datetime(2026, 3, 30, 23, 59, tzinfo=OSLO)  # after the switch to summer time
    residency.save_revision().publish()
    assert (
        residency.intake_state(now=datetime(2026, 3, 2, 8, 59, 59, tzinfo=OSLO)) == IntakeState.NOT_YET_OPEN
    )
    assert residency.intake_state(now=datetime(2026, 3, 2, 9, 0, tzinfo=OSLO)) == IntakeState.OPEN
    assert residency.intake_state(now=datetime(2026, 3, 30, 23, 58, 59, tzinfo=OSLO)) == IntakeState.OPEN
    assert residency.intake_state(now=datetime(2026, 3, 30, 21, 59, tzinfo=UTC)) == IntakeState.CLOSED
    with pytest.raises(services.NotOpen):
        services.submit(
            residency, applicant(1), language="sv", draft=True, now=datetime(2026, 3, 31, tzinfo=OSLO)
        )


def test_a_call_needs_a_closing_date(residency):
    from django.core.exceptions import ValidationError

    residency.intake_closes_at = None
    with pytest.raises(ValidationError):
        residency.full_clean()


def test_the_page_states_the_deadline_in_its_zone(client, residency):
    residency.intake_zone = "Europe/Oslo"
    residency.intake_closes_at = datetime(2030, 6, 30, 23, 59, tzinfo=OSLO)
    residency.save_revision().publish()
    html = client.get(residency.url).text
    assert "30 juni 2030, 23:59" in html and 'datetime="2030-06-30T23:59:00+02:00"' in html
