"""Facts are synchronised across translations; words are translated."""

from datetime import timedelta

import pytest
from wagtail_localize.fields import SynchronizedField, TranslatableField, get_translatable_fields

from events.models import EventCategory, EventPage, OccurrenceException, Venue

pytestmark = pytest.mark.django_db


def kinds(model):
    return {
        f.field_name: (
            "translated" if isinstance(f, TranslatableField) else "synchronised",
            f.is_overridable(model()),
        )
        for f in get_translatable_fields(model)
        if isinstance(f, TranslatableField | SynchronizedField)
    }


def test_event_times_recurrence_place_and_status_are_synchronised_and_locked():
    fields = kinds(EventPage)
    for name in (
        "start",
        "end",
        "all_day",
        "time_zone",
        "recurrence",
        "venue",
        "online_url",
        "status",
        "category",
        "spoken_languages",
        "price",
        "is_free",
        "organiser",
        "activity",
        "region",
        "sequence",
        "schedule_fingerprint",
    ):
        assert fields[name] == ("synchronised", False), name


def test_event_text_is_translated():
    fields = kinds(EventPage)
    for name in ("title", "summary", "body", "price_note", "image_alt", "occurrence_exceptions"):
        assert fields[name][0] == "translated", name


def test_occurrence_exception_date_and_flag_are_synchronised_and_note_translated():
    fields = kinds(OccurrenceException)
    assert fields["date"] == ("synchronised", False)
    assert fields["cancelled"] == ("synchronised", False)
    assert fields["note"][0] == "translated"


def test_venue_and_category_translate_names_and_keep_facts():
    venue = kinds(Venue)
    assert venue["name"][0] == venue["town"][0] == "translated"
    assert venue["latitude"][0] == venue["country"][0] == venue["address"][0] == "synchronised"
    category = kinds(EventCategory)
    assert category["name"][0] == "translated"
    assert category["slug"] == ("synchronised", False)


def test_translation_copies_single_date_changes_in_its_own_locale(make_event, translate, locale_nb):
    start = make_event().start
    event = make_event(
        start=start, exceptions=[{"date": start.date(), "cancelled": True, "note": "Inställt"}]
    )
    event_nb = translate(event)
    exceptions = list(event_nb.occurrence_exceptions.all())
    assert [(e.date, e.cancelled, e.locale_id) for e in exceptions] == [(start.date(), True, locale_nb.pk)]
    source = event.occurrence_exceptions.get()
    assert exceptions[0].translation_key == source.translation_key
    assert event_nb.start == event.start and event_nb.end == event.end
    assert event_nb.start - event_nb.end == -timedelta(hours=2)


def test_registration_rules_are_synchronised_and_locked_and_questions_translated():
    fields = kinds(EventPage)
    for name in (
        "intake_policy",
        "intake_places",
        "intake_waiting_list",
        "intake_opens_at",
        "intake_closes_at",
        "intake_zone",
        "intake_notify_email",
        "intake_retention_days",
        "registration_closes_hours_before",
    ):
        assert fields[name] == ("synchronised", False), name
    assert fields["intake_questions"][0] == "translated"
    exception = kinds(OccurrenceException)
    assert exception["registration_closed"] == ("synchronised", False)
    assert exception["registration_places"] == ("synchronised", False)


def test_wagtail_localize_keeps_the_question_keys_so_both_languages_fill_one_list(make_event, locale_nb):
    from wagtail_localize.models import StringTranslation, Translation, TranslationSource

    from tests.events.conftest import registration

    event = make_event(title="Verkstad", **registration())
    source, _created = TranslationSource.get_or_create_from_instance(event)
    translation = Translation.objects.create(source=source, target_locale=locale_nb)
    for segment in source.stringsegment_set.select_related("string"):
        StringTranslation.objects.create(
            translation_of=segment.string,
            locale=locale_nb,
            context=segment.context,
            data=f"{segment.string.data} (nb)",
        )
    translation.save_target(publish=True)
    event_nb = event.get_translation(locale_nb)
    sv_keys = [key for key, _type, _value in event.intake_questions_list()]
    assert [key for key, _type, _value in event_nb.intake_questions_list()] == sv_keys
    assert event_nb.intake_questions_list()[0][2]["label"] == "Vad arbetar du med? (nb)"
    assert (event_nb.intake_policy, event_nb.intake_places) == ("first_come", 3)

    def choice_ids(page):
        return [item.id for item in page.intake_questions_list()[1][2]["choices"].bound_blocks]

    assert choice_ids(event_nb) == choice_ids(event)  # a choice answer is its item id
