"""Every field an editor fills in explains itself, in the editor's language.

The fields are found the way Wagtail finds them: the edit handler of every page type, snippet
and setting of the project's apps, walked panel by panel (inline panels included).
"""

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.functional import Promise
from django.utils.html import escape
from wagtail.models import get_page_models
from wagtail.snippets.models import get_snippet_models

from events.models import EventPage, Venue
from home.models import ActivityPage, HomePage, Person, SiteSettings
from residencies.models import ResidencyPage
from stories.models import StorytellerPage
from tests.home.editor_forms import PROJECT_APPS, all_editor_fields, edited_models, editor_fields


def project_fields():
    return [f for f in all_editor_fields() if f.is_project_field]


def test_every_field_editors_fill_in_has_a_help_text():
    missing = [f.where for f in project_fields() if not f.help_text.strip()]
    assert not missing, "Fields editors fill in without a help text:\n" + "\n".join(missing)


def test_every_help_text_is_translated_for_the_editor():
    # A plain string would be shown in English to every editor.
    untranslatable = [f.where for f in project_fields() if not isinstance(f.raw_help_text, Promise)]
    assert not untranslatable, "Help texts not marked for translation:\n" + "\n".join(untranslatable)


def test_the_check_walks_every_page_type_snippet_and_setting():
    walked = {model for model, _handler in edited_models()}
    pages = {m for m in get_page_models() if m._meta.app_label in PROJECT_APPS}
    snippets = {m for m in get_snippet_models() if m._meta.app_label in PROJECT_APPS}
    assert pages | snippets | {SiteSettings} <= walked
    fields = {f.where for f in project_fields()}
    # Inline panels, field rows and tabs are walked too.
    assert {
        "events.EventPage.occurrence_exceptions.cancelled",
        "events.EventPage.intake_places",
        "home.HomePage.featured_activities.activity",
        "events.Venue.latitude",
        "home.SiteSettings.phone",
    } <= fields


def shown_in(html, model, language):
    """Help texts of `model`'s project fields that are missing from `html` in `language`."""
    handler = dict(edited_models())[model]
    missing = []
    for f in editor_fields(handler, handler.get_form_class(), model._meta.label):
        if not f.is_project_field:
            continue
        with translation.override(language):
            expected = str(f.raw_help_text)
        if escape(expected) not in html:
            missing.append(f"{f.where}: {expected}")
    return missing


def edit_urls(pages, site):
    for model in (HomePage, ActivityPage, EventPage, ResidencyPage, StorytellerPage):
        yield model, reverse("wagtailadmin_pages:edit", args=[pages.page(model, "sv").pk])
    for model in (Venue, Person):
        yield model, reverse(f"wagtailsnippets_{model._meta.app_label}_{model._meta.model_name}:add")
    yield SiteSettings, reverse("wagtailsettings:edit", args=["home", "sitesettings", site.pk])


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["sv", "nb"])
def test_help_texts_are_shown_in_the_editors_language(client, editor_in, pages, site, language):
    client.force_login(editor_in(language))
    missing = []
    for model, url in edit_urls(pages, site):
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert f'<html lang="{language}"' in html
        missing += shown_in(html, model, language)
    assert not missing, f"Help texts not shown in {language}:\n" + "\n".join(missing)
