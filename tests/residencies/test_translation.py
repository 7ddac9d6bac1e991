"""One list for both languages: question keys and admission rules survive wagtail-localize."""

import pytest
from wagtail_localize.fields import SynchronizedField, get_translatable_fields
from wagtail_localize.models import StringTranslation, TranslationSource

from residencies import services
from residencies.models import Intake, Submission
from tests.residencies.conftest import person
from tests.residencies.testapp.models import CallPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def localized_call(call, locale_nb):
    """The call translated the way editors do it: through wagtail-localize, with one string translated."""
    source, _created = TranslationSource.get_or_create_from_instance(call)
    for segment in source.stringsegment_set.select_related("string"):
        if segment.string.data == "Höst":
            StringTranslation.objects.create(
                translation_of=segment.string, locale=locale_nb, context=segment.context, data="Høst"
            )
    source.create_or_update_translation(locale_nb, fallback=True)
    return call, call.get_translation(locale_nb).specific


def test_translation_keeps_question_and_choice_ids(localized_call):
    sv, nb = localized_call
    assert [q[0] for q in sv.intake_questions_list()] == [q[0] for q in nb.intake_questions_list()]
    sv_choices = sv.intake_questions_list()[1][2]["choices"].bound_blocks
    nb_choices = nb.intake_questions_list()[1][2]["choices"].bound_blocks
    assert [c.id for c in sv_choices] == [c.id for c in nb_choices]
    assert [c.value for c in nb_choices] == ["Vår", "Høst"]


def test_swedish_and_norwegian_answers_land_in_one_list_under_the_same_keys(localized_call):
    sv, nb = localized_call
    choice_key = sv.intake_questions_list()[1][0]
    autumn = sv.intake_questions_list()[1][2]["choices"].bound_blocks[1].id
    services.submit(sv, person(1, answers={choice_key: autumn}), language="sv")
    services.submit(nb, person(2, answers={choice_key: autumn}), language="nb")
    assert Intake.objects.count() == 1
    assert {s.answers[choice_key] for s in Submission.objects.all()} == {autumn}


def test_admission_rules_are_synchronised_and_cannot_be_overridden_by_translators():
    fields = {f.field_name: f for f in get_translatable_fields(CallPage)}
    for name in (
        "intake_policy",
        "intake_places",
        "intake_waiting_list",
        "intake_opens_at",
        "intake_closes_at",
    ):
        assert isinstance(fields[name], SynchronizedField)
        assert not fields[name].overridable
    assert not isinstance(fields["intake_questions"], SynchronizedField)


def test_synchronised_settings_reach_the_translation(localized_call):
    sv, nb = localized_call
    assert (nb.intake_policy, nb.intake_places) == (sv.intake_policy, sv.intake_places) == ("reviewed", 2)


@pytest.mark.parametrize(
    ("language", "withdrawn", "called_off"), [("sv", "Avanmäld", "Inställt"), ("nb", "Avmeldt", "Avlyst")]
)
def test_a_withdrawn_registration_is_not_named_like_a_called_off_event(language, withdrawn, called_off):
    # Both are "Cancelled" in English; staff lists, exports and attendance show the submission's.
    from django.utils import translation

    from events.choices import EventStatus
    from residencies.choices import SubmissionStatus

    with translation.override(language):
        assert str(SubmissionStatus.CANCELLED.label) == withdrawn
        assert str(Submission._meta.get_field("cancelled_at").verbose_name) == withdrawn.lower()
        assert str(EventStatus.CANCELLED.label) == called_off
