"""The story index: filters alone and combined, pagination, empty states, related stories."""

import re

import pytest

from home.choices import Region
from stories.factories import StorytellerPageFactory
from tests.home.html import tags
from tests.i18n import tr

pytestmark = pytest.mark.django_db


TITLE_LINK = re.compile(r'class="card__title"><a href="[^"]+"[^>]*>([^<]+)</a>')


def titles_in(html):
    return TITLE_LINK.findall(html)


def card_titles(html):
    """Titles of the story cards in the main results (not the "also in" section)."""
    return titles_in(html.split('id="results-heading"', 1)[1].split("</section>", 1)[0])


@pytest.fixture
def stories(make_story, storyteller, storyteller_no, art_forms):
    """Four Swedish stories across regions, art forms and storytellers."""
    return {
        "silver": make_story(
            title="Silver",
            region=Region.JAMTLAND_HARJEDALEN,
            storytellers=[storyteller],
            art_forms=[art_forms["hantverk"]],
        ),
        "joik": make_story(
            title="Joik",
            region=Region.TRONDELAG,
            storytellers=[storyteller_no],
            art_forms=[art_forms["musik"]],
        ),
        "duet": make_story(
            title="Duett",
            region=Region.CROSS_BORDER,
            storytellers=[storyteller, storyteller_no],
            art_forms=[art_forms["musik"], art_forms["hantverk"]],
        ),
        "film": make_story(
            title="Filmen",
            region=Region.TRONDELAG,
            storytellers=[storyteller_no],
            art_forms=[art_forms["film"]],
        ),
    }


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", {"Silver", "Joik", "Duett", "Filmen"}),
        ("region=trondelag", {"Joik", "Filmen"}),
        ("art=musik", {"Joik", "Duett"}),
        ("storyteller=astrid-fjallstrom", {"Silver", "Duett"}),
        ("region=trondelag&art=musik", {"Joik"}),
        ("art=hantverk&storyteller=ola-nordmo", {"Duett"}),
        ("region=jamtland-harjedalen&art=film", set()),
    ],
)
def test_filters_alone_and_combined(client, story_index, stories, query, expected):
    html = client.get(f"{story_index.url}?{query}").text
    assert set(card_titles(html)) == expected


def test_a_story_with_two_matching_rows_is_listed_once(client, story_index, stories):
    html = client.get(f"{story_index.url}?art=musik").text
    assert card_titles(html).count("Duett") == 1


def test_unknown_filter_value_is_ignored_with_a_message(client, story_index, stories):
    response = client.get(f"{story_index.url}?region=atlantis&art=opera")
    assert response.status_code == 200
    assert set(card_titles(response.text)) == {"Silver", "Joik", "Duett", "Filmen"}
    assert "atlantis" in response.text and "opera" in response.text
    assert "notice--warning" in response.text


def test_norwegian_listing_filters_with_the_same_slugs_and_shows_norwegian_names(
    client, story_index, stories, translate
):
    translate(stories["joik"], title="Joik (nb)")
    translate(stories["silver"], title="Sølv")
    html = client.get(f"{story_index.nb.url}?art=musik").text
    assert card_titles(html) == ["Joik (nb)"]
    options = {
        attrs["value"]: attrs for tag, attrs, _ in tags(html) if tag == "option" and attrs.get("value")
    }
    assert "musik" in options
    assert ">Musikk</option>" in html


def test_storyteller_filter_in_norwegian_uses_the_norwegian_profile(client, story_index, stories, translate):
    translate(stories["silver"], title="Sølv")
    translate(stories["joik"], title="Joik (nb)")
    html = client.get(f"{story_index.nb.url}?storyteller=astrid-fjallstrom").text
    assert card_titles(html) == ["Sølv"]


def test_language_filter_lists_the_other_languages_stories_marked_with_their_language(
    client, story_index, stories
):
    html = client.get(f"{story_index.nb.url}?language=sv").text
    assert set(card_titles(html)) == {"Silver", "Joik", "Duett", "Filmen"}
    links = [attrs for tag, attrs, _ in tags(html) if tag == "a" and attrs.get("href") == stories["joik"].url]
    assert links and links[0]["lang"] == "sv" and links[0]["hreflang"] == "sv"
    # Listing another language's stories already: no separate "also in" section.
    assert "also-in-sv" not in html


def test_pagination_keeps_the_filters(client, story_index, make_story, storyteller, settings):
    settings.STORIES_PER_PAGE = 2
    for n in range(5):
        make_story(title=f"Jämtland {n}", region=Region.JAMTLAND_HARJEDALEN, storytellers=[storyteller])
    make_story(title="Trondheim", region=Region.TRONDELAG, storytellers=[storyteller])
    first = client.get(f"{story_index.url}?region=jamtland-harjedalen").text
    assert len(card_titles(first)) == 2
    assert "?region=jamtland-harjedalen&amp;page=2" in first
    last = client.get(f"{story_index.url}?region=jamtland-harjedalen&page=3").text
    assert card_titles(last) == ["Jämtland 0"]
    # A page number past the end shows the last page, not an error.
    assert client.get(f"{story_index.url}?page=99").status_code == 200


def test_empty_index_says_stories_are_on_their_way(client, story_index):
    html = client.get(story_index.url).text
    assert 'class="empty-state"' in html
    assert tr("sv", "The first stories from the storytelling network are on their way.") in html


def test_no_match_suggests_fewer_filters(client, story_index, stories):
    html = client.get(f"{story_index.url}?region=other").text
    assert tr("sv", "No stories match your choices. Try fewer filters.") in html
    assert tr("sv", "The first stories from the storytelling network are on their way.") not in html


def test_drafts_and_private_stories_are_not_listed(client, story_index, make_story, storyteller):
    make_story(title="Utkast", publish=False, storytellers=[storyteller])
    make_story(title="Publicerad", storytellers=[storyteller])
    assert card_titles(client.get(story_index.url).text) == ["Publicerad"]


def test_newest_story_comes_first(client, story_index, make_story, storyteller):
    from datetime import date

    make_story(title="Äldre", date=date(2024, 1, 1), storytellers=[storyteller])
    make_story(title="Nyare", date=date(2025, 6, 1), storytellers=[storyteller])
    assert card_titles(client.get(story_index.url).text) == ["Nyare", "Äldre"]


def test_related_stories_share_a_storyteller_or_art_form_first(client, stories, make_story, storyteller):
    other = StorytellerPageFactory(parent=storyteller.get_parent(), title="Någon annan", slug="nagon-annan")
    make_story(title="Samma region", region=Region.JAMTLAND_HARJEDALEN, storytellers=[other])
    html = client.get(stories["silver"].url).text
    related = html.split('id="section-related"', 1)[1]
    # Sharing storyteller and art form first, then the same region; never the story itself.
    assert titles_in(related) == ["Duett", "Samma region"]


def test_unknown_language_falls_back_to_the_pages_language_and_says_so(client, story_index, stories):
    html = client.get(f"{story_index.url}?language=en").text
    assert set(card_titles(html)) == {"Silver", "Joik", "Duett", "Filmen"}
    expected = tr("sv", "There is no language “%(value)s”: stories in this page's language are shown.")
    assert expected % {"value": "en"} in html.replace("&#x27;", "'")
