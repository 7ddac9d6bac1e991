"""`home.i18n.localized`: Wagtail's `.localized`, without the query for the active locale when the
object is already in it (the usual case for a translation's chosen pages and snippets)."""

import pytest
from django.utils import translation

from home.factories import ActivityPageFactory, OrganisationFactory
from home.i18n import active_locale_id, localized
from tests.conftest import translate_and_publish

pytestmark = pytest.mark.django_db


def test_an_object_in_the_active_language_is_itself_without_a_query(locale_sv, django_assert_num_queries):
    organisation = OrganisationFactory(locale=locale_sv)
    with translation.override("sv"):
        active_locale_id()  # the locales, read once per content generation
        with django_assert_num_queries(0):
            assert localized(organisation) is organisation


def test_the_choice_is_wagtails_for_pages_and_snippets(home_sv, locale_sv, locale_nb, programme):
    translated, untranslated, withdrawn = (
        ActivityPageFactory(parent=programme, slug=slug) for slug in ("oversatt", "svensk", "dragen")
    )
    translated.nb = translate_and_publish(translated, locale_nb, slug="oversatt-nb")
    translate_and_publish(withdrawn, locale_nb, slug="dragen-nb").unpublish()
    organisation = OrganisationFactory(locale=locale_sv)
    organisation.nb = organisation.copy_for_translation(locale_nb)
    organisation.nb.save()
    alone = OrganisationFactory(locale=locale_sv)

    with translation.override("nb"):
        assert localized(translated) == translated.nb
        assert localized(untranslated) == untranslated
        assert localized(withdrawn) == withdrawn  # a translation that is not live is not shown
        assert localized(organisation) == organisation.nb
        assert localized(alone) == alone
        for obj in (translated, untranslated, withdrawn, organisation, alone, translated.nb, None):
            assert localized(obj) == (obj.localized if obj is not None else None)
    with translation.override("sv"):
        assert localized(translated.nb) == translated
