"""Wagtail's preview shows every page type as visitors would see it, in the page's own language.

The editor's form is posted as the browser would post it: the fields the edit view renders,
with a new title and a new piece of body text, to the preview endpoint; then the preview is fetched.
"""

import json

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import rich_text, streamfield

from tests.home.editing import edit_form_data, form_errors
from tests.home.editor_forms import project_page_models

OTHER = {"sv": "nb", "nb": "sv"}
FRAGMENT_FIELDS = ("body", "introduction", "bio")


def typed_in(page, title, fragment):
    """A new title, and a new piece of text where the page type keeps its main text."""
    model = type(page)
    typed = {"title": title, "slug": page.slug}
    if hasattr(model, "hero_heading"):
        # The home page shows its hero heading where other pages show their title.
        typed["hero_heading"] = title
    fragment_field = next(name for name in FRAGMENT_FIELDS if hasattr(model, name))
    if fragment_field == "body":
        typed["body"] = streamfield([("paragraph", rich_text(f"<p>{fragment}</p>"))])
    else:
        typed[fragment_field] = rich_text(f"<p>{fragment}</p>")
    return typed


def preview(client, page, editor, language):
    title = f"Förhandsvisning {language} {type(page).__name__}"
    fragment = f"Texten som granskas ({language})"
    data = edit_form_data(client, page, **typed_in(page, title, fragment))

    url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    answer = json.loads(client.post(url, data).content)
    assert answer == {"is_valid": True, "is_available": True}, (language, form_errors(page, data, editor))

    response = client.get(url)
    assert response.status_code == 200, language
    html = response.content.decode()
    assert title in html
    assert fragment in html
    assert f'<html lang="{language}"' in html


@pytest.mark.django_db
@pytest.mark.parametrize("model", project_page_models(), ids=lambda m: m._meta.label)
def test_preview_shows_the_edited_page_in_its_own_language(client, editor_in, pages, model):
    # Both languages in one test: the Norwegian page needs the Swedish one (and its parents) anyway.
    for language in ("sv", "nb"):
        page = pages.page(model, language)
        # An editor whose admin speaks the other language: the preview still speaks the page's.
        editor = editor_in(OTHER[language])
        client.force_login(editor)
        preview(client, page, editor, language)


def test_every_page_type_of_the_project_is_previewed():
    # The parametrisation above comes from Wagtail's registry: a new page type is covered, or fails.
    labels = {m._meta.label for m in project_page_models()}
    assert {"home.HomePage", "events.EventPage", "residencies.ResidencyPage", "stories.StoryPage"} <= labels
    assert len(labels) >= 17
