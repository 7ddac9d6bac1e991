"""Editors make stories, news, profiles and art forms in the Wagtail admin like every other page."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from stories.models import StoryPage, StorytellerPage
from tests.home.html import tags

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, superuser):
    client.force_login(superuser)
    return client


@pytest.mark.parametrize(
    ("model", "parent_fixture"),
    [
        ("storyindexpage", "home_sv"),
        ("newsindexpage", "home_sv"),
        ("networkdirectorypage", "home_sv"),
        ("storypage", "story_index"),
        ("newspage", "news_index"),
        ("storytellerpage", "directory"),
        ("joinnetworkpage", "directory"),
    ],
)
def test_every_page_type_has_a_working_create_form(editor, request, model, parent_fixture):
    parent = request.getfixturevalue(parent_fixture)
    response = editor.get(reverse("wagtailadmin_pages:add", args=["stories", model, parent.pk]))
    assert response.status_code == 200


def test_story_and_profile_edit_forms_render(editor, make_story, storyteller):
    story = make_story(storytellers=[storyteller])
    for page in (story, storyteller):
        assert editor.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).status_code == 200


def test_creating_a_story_with_storytellers_and_art_forms_in_the_admin(
    editor, story_index, storyteller, art_forms
):
    data = nested_form_data(
        {
            "title": "Näver och silver",
            "slug": "naver-och-silver",
            "summary": "Om hantverket vid gränsen.",
            "date": "2025-06-01",
            "image_alt": "",
            "municipality": "Åre",
            "region": "jamtland-harjedalen",
            "storyteller_links": inline_formset([{"storyteller": storyteller.pk}]),
            "art_form_links": inline_formset([{"art_form": art_forms["hantverk"].pk}]),
            "body": streamfield([("paragraph", rich_text("<p>Det var en gång.</p>"))]),
            "comments": inline_formset([]),
            "action-publish": "action-publish",
        }
    )
    url = reverse("wagtailadmin_pages:add", args=["stories", "storypage", story_index.pk])
    response = editor.post(url, data)
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    story = StoryPage.objects.get(slug="naver-och-silver")
    assert story.live and story.word_count > 0
    assert [link.storyteller_id for link in story.storyteller_links.all()] == [storyteller.pk]


def test_a_story_needs_a_storyteller(editor, story_index):
    data = nested_form_data(
        {
            "title": "Ingen berättare",
            "slug": "ingen",
            "summary": "Ingress.",
            "date": "2025-06-01",
            "image_alt": "",
            "municipality": "",
            "region": "jamtland-harjedalen",
            "storyteller_links": inline_formset([]),
            "art_form_links": inline_formset([]),
            "body": streamfield([]),
            "comments": inline_formset([]),
            "action-publish": "action-publish",
        }
    )
    response = editor.post(
        reverse("wagtailadmin_pages:add", args=["stories", "storypage", story_index.pk]), data
    )
    assert response.status_code == 200
    assert not StoryPage.objects.filter(slug="ingen").exists()


def test_profile_languages_are_chosen_as_checkboxes(editor, directory):
    data = nested_form_data(
        {
            "title": "Sara Joik",
            "slug": "sara-joik",
            "summary": "",
            "image_alt": "",
            "bio": rich_text(""),
            "municipality": "Snåsa",
            "region": "trondelag",
            "country": "",
            "website": "",
            "email": "",
            "phone": "",
            "art_form_links": inline_formset([]),
            "social_links": inline_formset(
                [{"platform": "instagram", "url": "https://instagram.com/sarajoik"}]
            ),
            "comments": inline_formset([]),
            "action-publish": "action-publish",
        }
    ) | {"languages": ["no", "sma"]}
    url = reverse("wagtailadmin_pages:add", args=["stories", "storytellerpage", directory.pk])
    response = editor.post(url, data)
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    profile = StorytellerPage.objects.get(slug="sara-joik")
    assert profile.languages == "no,sma" and profile.country == "NO"
    edit = editor.get(reverse("wagtailadmin_pages:edit", args=[profile.pk])).text
    checked = {
        attrs["value"]
        for tag, attrs, _ in tags(edit)
        if tag == "input" and attrs.get("name") == "languages" and "checked" in attrs
    }
    assert checked == {"no", "sma"}


def test_art_forms_are_snippets(editor, art_forms):
    response = editor.get(reverse("wagtailsnippets_stories_artform:list"))
    assert response.status_code == 200
    assert "Hantverk" in response.text
