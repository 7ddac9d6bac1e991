"""Every page type of the stories app renders in Swedish and Norwegian."""

import pytest

from stories.factories import JoinNetworkPageFactory, NewsPageFactory
from tests.home.html import html_lang

pytestmark = pytest.mark.django_db


def test_story_index_renders_in_both_languages(client, story_index, make_story, translate, storyteller):
    story = make_story(title="Silver och sägner", storytellers=[storyteller])
    translate(story, title="Sølv og sagn")
    sv, nb = client.get(story_index.url), client.get(story_index.nb.url)
    assert sv.status_code == 200 and nb.status_code == 200
    assert "Silver och sägner" in sv.text and "Sølv og sagn" not in sv.text
    assert "Sølv og sagn" in nb.text
    assert html_lang(nb.text) == "nb"


def test_story_page_renders_in_both_languages(client, make_story, translate, storyteller, art_forms):
    story = make_story(
        title="Silver och sägner", storytellers=[storyteller], art_forms=[art_forms["hantverk"]]
    )
    story_nb = translate(story, title="Sølv og sagn")
    sv, nb = client.get(story.url), client.get(story_nb.url)
    assert sv.status_code == 200 and nb.status_code == 200
    assert "<h1>Silver och sägner</h1>" in sv.text
    assert "<h1>Sølv og sagn</h1>" in nb.text
    # The storyteller and art form are shown in the page's language, though the translation's rows
    # still point to the Swedish ones.
    assert f'href="{storyteller.nb.url}"' in nb.text
    assert "Håndverk" in nb.text and "Hantverk" not in nb.text


def test_news_index_and_news_page_render_in_both_languages(client, news_index, translate):
    item = NewsPageFactory(parent=news_index, title="Delrapporten är klar")
    item_nb = translate(item, title="Delrapporten er klar")
    for url, text in [
        (news_index.url, "Delrapporten är klar"),
        (news_index.nb.url, "Delrapporten er klar"),
        (item.url, "<h1>Delrapporten är klar</h1>"),
        (item_nb.url, "<h1>Delrapporten er klar</h1>"),
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert text in response.text


def test_directory_and_profile_render_in_both_languages(client, directory, storyteller):
    for url in (directory.url, directory.nb.url, storyteller.url, storyteller.nb.url):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "Astrid Fjällström" in response.text


def test_profile_shows_contact_details_only_when_the_storyteller_chose_to(client, storyteller):
    storyteller.email, storyteller.phone = "astrid@example.com", "+46 70 000 00 00"
    storyteller.save_revision().publish()
    assert "astrid@example.com" not in client.get(storyteller.url).text
    storyteller.show_contact = True
    storyteller.save_revision().publish()
    html = client.get(storyteller.url).text
    assert 'href="mailto:astrid@example.com"' in html
    assert "+46 70 000 00 00" in html


def test_join_page_renders_its_form_in_both_languages(client, directory, translate, art_forms):
    page = JoinNetworkPageFactory(parent=directory)
    page_nb = translate(page, title="Bli med i nettverket", slug="bli-med")
    for url, art_form in ((page.url, "Hantverk"), (page_nb.url, "Håndverk")):
        response = client.get(url)
        assert response.status_code == 200
        assert 'name="consent"' in response.text
        # The art forms are checkboxes in a fieldset, named in the page's language.
        assert "<legend>" in response.text
        assert f'<label for="id_art_form_1">{art_form}</label>' in response.text
    # Shown from the directory.
    assert f'href="{page.url}"' in client.get(directory.url).text
