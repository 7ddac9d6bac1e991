"""Latest stories and news on the home page and on programme activity pages (home.sections hooks)."""

from datetime import date

import pytest

from home.factories import ActivityPageFactory
from home.sections import activity_page_sections, home_page_sections
from stories.factories import NewsPageFactory
from tests.conftest import translate_and_publish
from tests.i18n import tr

pytestmark = pytest.mark.django_db


def section(html, key):
    marker = f'id="section-{key}"'
    assert marker in html, f"no {key} section"
    return html.split(marker, 1)[1].split("</section>", 1)[0]


@pytest.fixture
def activity(programme, locale_nb):
    sv = ActivityPageFactory(parent=programme, title="Berättarnätverket", slug="berattarnatverket")
    sv.nb = translate_and_publish(sv, locale_nb, title="Fortellernettverket", slug="fortellernettverket")
    return sv


def test_home_shows_the_three_latest_stories_in_its_language(
    client, home_sv, story_index, make_story, translate, storyteller
):
    for n in range(4):
        story = make_story(title=f"Berättelse nr {n}", date=date(2025, 1, n + 1), storytellers=[storyteller])
        translate(story, title=f"Fortelling nr {n}")
    stories = section(client.get(home_sv.url).text, "stories")
    assert "Berättelse nr 3" in stories and "Berättelse nr 1" in stories
    assert "Berättelse nr 0" not in stories
    assert f'href="{story_index.url}"' in stories
    nb = section(client.get("/nb/").text, "stories")
    assert "Fortelling nr 3" in nb and "Berättelse" not in nb
    assert f'href="{story_index.nb.url}"' in nb


def test_home_keeps_the_stories_empty_state_and_adds_a_news_section(client, home_sv):
    html = client.get(home_sv.url).text
    assert tr("sv", "The first stories from the storytelling network are on their way.") in section(
        html, "stories"
    )
    assert tr("sv", "No news yet.") in section(html, "news")


def test_home_shows_the_latest_news(client, home_sv, news_index):
    NewsPageFactory(parent=news_index, title="Seminarier på Hilmarfestivalen", date=date(2025, 4, 1))
    assert "Seminarier på Hilmarfestivalen" in section(client.get(home_sv.url).text, "news")


def test_stories_slot_is_filled_by_the_stories_app(rf, home_sv):
    keys = [s.key for s in home_page_sections(home_sv, rf.get("/sv/"))]
    assert keys.count("stories") == 1 and "news" in keys


def test_activity_shows_its_stories_and_news_in_both_languages(
    client, activity, story_index, news_index, make_story, translate, storyteller
):
    story = make_story(title="Från nätverket", activity=activity, storytellers=[storyteller])
    translate(story, title="Fra nettverket")  # its activity link still names the Swedish activity
    make_story(title="Annan berättelse", storytellers=[storyteller])
    NewsPageFactory(parent=news_index, title="Nätverksträff i Steinkjer", activity=activity)
    html = client.get(activity.url).text
    assert "Från nätverket" in section(html, "stories")
    assert "Annan berättelse" not in html
    assert "Nätverksträff i Steinkjer" in section(html, "news")
    assert "Fra nettverket" in section(client.get(activity.nb.url).text, "stories")


def test_activity_without_stories_shows_no_empty_story_section(rf, activity, story_index):
    assert activity_page_sections(activity, rf.get(activity.url)) == []


def test_story_page_links_its_activity_in_the_pages_language(
    client, activity, make_story, translate, storyteller
):
    story = make_story(title="Från nätverket", activity=activity, storytellers=[storyteller])
    story_nb = translate(story, title="Fra nettverket")
    assert f'href="{activity.nb.url}"' in client.get(story_nb.url).text
