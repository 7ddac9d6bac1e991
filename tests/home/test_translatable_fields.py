"""Which fields editors translate and which follow the Swedish original (wagtail-localize)."""

import datetime
from decimal import Decimal

import pytest
from wagtail_localize.fields import SynchronizedField, TranslatableField, get_translatable_fields
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.operations import translate_object

from home.choices import ActivityStatus, Region
from home.factories import ActivityPageFactory, OrganisationFactory, PersonFactory
from home.models import ActivityPage, ContentPage, HomePage


def kinds(model):
    fields = get_translatable_fields(model)
    return (
        {f.field_name for f in fields if isinstance(f, TranslatableField)},
        {f.field_name for f in fields if isinstance(f, SynchronizedField)},
    )


def test_activity_facts_are_synchronised_and_texts_translated():
    translated, synchronised = kinds(ActivityPage)
    assert {
        "status",
        "region",
        "start_date",
        "end_date",
        "budget",
        "budget_currency",
        "image",
    } <= synchronised
    assert {"title", "summary", "body", "image_alt"} <= translated
    assert not (translated & {"status", "region", "start_date", "end_date", "budget", "image"})


def test_snippet_links_are_translated_to_the_snippets_translation():
    # Person and Organisation are translatable snippets: the translated page links to their translation.
    translated, _synchronised = kinds(ActivityPage)
    assert {"lead_organisation", "contact_person"} <= translated


def test_home_page_links_and_images_are_synchronised():
    translated, synchronised = kinds(HomePage)
    assert {"hero_image", "hero_link", "featured_activities"} <= synchronised
    assert {"hero_heading", "hero_text", "hero_image_alt", "hero_link_label", "introduction"} <= translated


def test_content_page_image_follows_the_original():
    translated, synchronised = kinds(ContentPage)
    assert "image" in synchronised
    assert {"summary", "body", "image_alt"} <= translated


@pytest.mark.django_db
def test_translating_an_activity_copies_facts_and_links_the_translated_snippets(
    programme, locale_nb, image, superuser, django_capture_on_commit_callbacks
):
    org = OrganisationFactory(name="Länsstyrelsen")
    person = PersonFactory(name="Eva Eriksson")
    activity = ActivityPageFactory(
        parent=programme,
        slug="aktivitet",
        status=ActivityStatus.PLANNED,
        region=Region.TRONDELAG,
        start_date=datetime.date(2025, 3, 1),
        end_date=datetime.date(2025, 9, 30),
        budget=Decimal("250000"),
        budget_currency="NOK",
        image=image,
        image_alt="Scen",
        lead_organisation=org,
        contact_person=person,
    )
    with django_capture_on_commit_callbacks(execute=True):
        translate_object(activity, [locale_nb], user=superuser)
    nb = activity.get_translation(locale_nb)
    assert nb.live
    assert (nb.status, nb.region, nb.start_date, nb.end_date, nb.budget, nb.budget_currency, nb.image_id) == (
        ActivityStatus.PLANNED,
        Region.TRONDELAG,
        datetime.date(2025, 3, 1),
        datetime.date(2025, 9, 30),
        Decimal("250000"),
        "NOK",
        image.pk,
    )
    # wagtail-localize creates the snippets' Norwegian versions and links the page to them.
    assert nb.lead_organisation.locale == locale_nb
    assert nb.lead_organisation.translation_key == org.translation_key
    assert nb.contact_person.locale == locale_nb
    assert nb.contact_person.translation_key == person.translation_key

    # A later change of a fact in the original reaches the translation when it is synced.
    activity.start_date = datetime.date(2025, 4, 1)
    activity.status = ActivityStatus.ONGOING
    activity.save_revision().publish()
    source, _created = TranslationSource.update_or_create_from_instance(activity)
    with django_capture_on_commit_callbacks(execute=True):
        Translation.objects.get(source=source, target_locale=locale_nb).save_target(user=superuser)
    nb.refresh_from_db()
    assert (nb.start_date, nb.status) == (datetime.date(2025, 4, 1), ActivityStatus.ONGOING)
