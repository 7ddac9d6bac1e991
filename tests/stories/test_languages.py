"""A story or profile may exist in one language only: the other language says so, and the
language switcher leads to the story index in that language rather than to a 404 or the home page."""

import pytest

from tests.home.html import hreflang_links, switcher_links, tags
from tests.i18n import tr

pytestmark = pytest.mark.django_db


def also_in_section(html, code):
    marker = f'id="also-in-{code}"'
    assert marker in html, f"no 'also in {code}' section"
    return html.split(marker, 1)[1].split("</section>", 1)[0]


def test_norwegian_index_lists_a_swedish_only_story_under_also_in_swedish(
    client, story_index, make_story, translate, storyteller
):
    only_sv = make_story(title="Bara på svenska", storytellers=[storyteller])
    both = make_story(title="På båda språken", storytellers=[storyteller])
    translate(both, title="På begge språk")
    html = client.get(story_index.nb.url).text
    section = also_in_section(html, "sv")
    assert "Bara på svenska" in section
    assert "På båda språken" not in section  # it has a Norwegian version, listed in the results
    link = next(a for t, a, _ in tags(section) if t == "a" and a.get("href") == only_sv.url)
    assert link["lang"] == "sv" and link["hreflang"] == "sv"
    # The heading and note are in the visitor's language.
    assert tr("nb", "Also in Swedish") in section


def test_swedish_index_has_no_also_in_section_when_everything_is_translated(
    client, story_index, make_story, translate, storyteller
):
    translate(make_story(title="Översatt", storytellers=[storyteller]), title="Oversatt")
    assert 'id="also-in-' not in client.get(story_index.url).text


def test_norwegian_only_story_shows_under_also_in_norwegian(client, story_index, storyteller, locale_nb):
    from stories.factories import StoryPageFactory

    StoryPageFactory(
        parent=story_index.nb, locale=locale_nb, title="Bare på norsk", storytellers=[storyteller.nb]
    )
    assert "Bare på norsk" in also_in_section(client.get(story_index.url).text, "nb")


def test_switcher_on_a_swedish_only_story_leads_to_the_norwegian_story_index(
    client, story_index, make_story, storyteller
):
    story = make_story(title="Bara på svenska", storytellers=[storyteller])
    html = client.get(story.url).text
    nb = switcher_links(html)["nb"]
    assert nb["href"] == story_index.nb.url
    assert nb["data-fallback"] == "section"
    # No hreflang for a version that does not exist.
    assert "nb" not in hreflang_links(html)


def test_switcher_on_a_translated_story_leads_to_its_translation(client, make_story, translate, storyteller):
    story = make_story(title="Silver", storytellers=[storyteller])
    story_nb = translate(story, title="Sølv")
    nb = switcher_links(client.get(story.url).text)["nb"]
    assert nb["href"] == story_nb.url
    assert "data-fallback" not in nb


def test_switcher_falls_back_to_home_when_the_section_is_not_translated(client, home_sv, storyteller):
    from stories.factories import StoryIndexPageFactory, StoryPageFactory

    lonely_index = StoryIndexPageFactory(parent=home_sv, title="Bara svenska berättelser", slug="bara")
    story = StoryPageFactory(parent=lonely_index, storytellers=[storyteller])
    nb = switcher_links(client.get(story.url).text)["nb"]
    assert nb["href"] == "/nb/"
    assert nb["data-fallback"] == "home"


def test_profile_only_in_swedish_is_offered_in_the_norwegian_directory(client, directory):
    from stories.factories import StorytellerPageFactory

    person = StorytellerPageFactory(parent=directory, title="Karin Svensk", slug="karin")
    html = client.get(directory.nb.url).text
    section = also_in_section(html, "sv")
    assert f'href="{person.url}"' in section
    assert switcher_links(client.get(person.url).text)["nb"]["href"] == directory.nb.url


def test_profile_lists_stories_told_only_in_the_other_language(client, make_story, storyteller, translate):
    make_story(title="Bara på svenska", storytellers=[storyteller])
    translate(make_story(title="Översatt", storytellers=[storyteller]), title="Oversatt")
    html = client.get(storyteller.nb.url).text
    stories = html.split('id="section-stories"', 1)[1].split("</section>", 1)[0]
    assert "Oversatt" in stories and "Bara på svenska" not in stories
    assert "Bara på svenska" in also_in_section(html, "sv")
