"""RSS 2.0 and Atom feeds of stories and news, one per language, valid XML with that language's items."""

from datetime import date
from xml.etree import ElementTree

import pytest

from stories.factories import NewsPageFactory

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def rss_items(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ElementTree.fromstring(response.content).find("channel")
    return channel, channel.findall("item")


def atom_entries(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ElementTree.fromstring(response.content)
    return feed, feed.findall(f"{ATOM}entry")


@pytest.fixture
def two_languages(story_index, make_story, translate, storyteller, art_forms):
    old = make_story(
        title="Silver", date=date(2024, 3, 1), storytellers=[storyteller], art_forms=[art_forms["hantverk"]]
    )
    new = make_story(title="Joik", date=date(2025, 3, 1), storytellers=[storyteller])
    translate(old, title="Sølv")
    translate(new, title="Joik på norsk")
    make_story(title="Bara på svenska", date=date(2023, 1, 1), storytellers=[storyteller])
    make_story(title="Utkast", publish=False, storytellers=[storyteller])


def test_rss_feed_per_language_lists_that_languages_stories_newest_first(client, story_index, two_languages):
    channel, items = rss_items(client.get(story_index.url + "rss/"))
    assert channel.findtext("language") == "sv"
    assert [i.findtext("title") for i in items] == ["Joik", "Silver", "Bara på svenska"]
    channel, items = rss_items(client.get(story_index.nb.url + "rss/"))
    assert channel.findtext("language") == "nb"
    assert [i.findtext("title") for i in items] == ["Joik på norsk", "Sølv"]


def test_rss_items_have_absolute_links_dates_authors_and_localised_categories(
    client, story_index, two_languages
):
    _channel, items = rss_items(client.get(story_index.nb.url + "rss/"))
    silver = items[1]
    assert silver.findtext("link").startswith("http://")
    assert "/nb/historier/" in silver.findtext("link")
    assert silver.findtext("pubDate").startswith("Fri, 01 Mar 2024")
    assert silver.findtext("description") == "En berättelse från nätverket, från båda sidor om gränsen."
    assert silver.findtext("{http://purl.org/dc/elements/1.1/}creator") == "Astrid Fjällström"
    assert [c.text for c in silver.findall("category")] == ["Håndverk"]


def test_atom_feed_per_language_is_valid_and_lists_that_languages_stories(client, story_index, two_languages):
    feed, entries = atom_entries(client.get(story_index.nb.url + "atom/"))
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == "nb"
    assert feed.find(f"{ATOM}author/{ATOM}name").text == "Samspel63"
    assert [e.findtext(f"{ATOM}title") for e in entries] == ["Joik på norsk", "Sølv"]
    for entry in entries:
        assert entry.findtext(f"{ATOM}id")
        assert entry.findtext(f"{ATOM}updated")
        assert entry.find(f"{ATOM}link").get("href").startswith("http")
    feed, entries = atom_entries(client.get(story_index.url + "atom/"))
    assert len(entries) == 3


def test_index_pages_announce_their_feeds(client, story_index, news_index):
    for index in (story_index, story_index.nb, news_index, news_index.nb):
        html = client.get(index.url).text
        assert f'type="application/rss+xml" title="{index.title} (RSS)" href="{index.url}rss/"' in html
        assert f'href="{index.url}atom/"' in html


def test_news_feeds_per_language(client, news_index, translate):
    item = NewsPageFactory(parent=news_index, title="Delrapporten är klar", date=date(2024, 1, 15))
    translate(item, title="Delrapporten er klar")
    NewsPageFactory(parent=news_index, title="Bara svensk nyhet", date=date(2024, 2, 1))
    _channel, items = rss_items(client.get(news_index.nb.url + "rss/"))
    assert [i.findtext("title") for i in items] == ["Delrapporten er klar"]
    _feed, entries = atom_entries(client.get(news_index.url + "atom/"))
    assert [e.findtext(f"{ATOM}title") for e in entries] == ["Bara svensk nyhet", "Delrapporten är klar"]


def test_empty_feed_is_still_valid(client, story_index):
    _channel, items = rss_items(client.get(story_index.url + "rss/"))
    assert items == []
