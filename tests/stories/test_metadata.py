"""schema.org Article JSON-LD, Open Graph and Twitter card meta on story and news pages."""

import json
import re

import pytest

from stories.factories import NewsPageFactory
from tests.home.html import tags

pytestmark = pytest.mark.django_db


def json_ld(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert len(blocks) == 1
    return json.loads(blocks[0])


def meta(html):
    found = {}
    for tag, attrs, _ in tags(html):
        if tag == "meta" and ("property" in attrs or "name" in attrs):
            found.setdefault(attrs.get("property") or attrs["name"], []).append(attrs["content"])
    return found


@pytest.fixture
def story(make_story, translate, storyteller, art_forms, image):
    sv = make_story(
        title="Silver och sägner",
        storytellers=[storyteller],
        art_forms=[art_forms["hantverk"]],
        image=image,
        image_alt="Ett silversmycke på en sten",
        municipality="Östersund",
    )
    sv.nb = translate(sv, title="Sølv og sagn", summary="En fortelling fra nettverket.")
    return sv


def test_story_json_ld_is_an_article_in_the_pages_language(client, story, storyteller):
    data = json_ld(client.get(story.nb.url).text)
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Article"
    assert data["headline"] == "Sølv og sagn"
    assert data["description"] == "En fortelling fra nettverket."
    assert data["inLanguage"] == "nb"
    assert data["datePublished"] == "2025-05-01"
    assert data["dateModified"]
    assert data["url"].startswith("http") and data["url"].endswith(story.nb.url)
    assert data["mainEntityOfPage"]["@id"] == data["url"]
    assert data["author"] == [
        {"@type": "Person", "name": "Astrid Fjällström", "url": data["author"][0]["url"]}
    ]
    assert data["author"][0]["url"].endswith(storyteller.nb.url)
    assert data["keywords"] == ["Håndverk"]
    assert data["contentLocation"]["name"] == "Östersund, Jämtland Härjedalen"
    assert data["publisher"]["name"] == "Samspel63"
    assert data["image"][0].startswith("http") and "fill-1200x630" in data["image"][0]


def test_json_ld_cannot_be_broken_out_of_by_a_title(client, make_story, storyteller):
    story = make_story(title="</script><script>alert(1)</script>", storytellers=[storyteller])
    html = client.get(story.url).text
    assert "<script>alert(1)" not in html
    assert json_ld(html)["headline"] == "</script><script>alert(1)</script>"


def test_open_graph_and_twitter_card_use_an_absolute_rendition_of_the_story_image(client, story):
    tags_ = meta(client.get(story.nb.url).text)
    assert tags_["og:type"] == ["article"]
    assert tags_["og:title"] == ["Sølv og sagn"]
    assert tags_["og:locale"] == ["nb_NO"]
    assert tags_["og:locale:alternate"] == ["sv_SE"]
    assert tags_["og:url"][0].endswith(story.nb.url)
    image_url = tags_["og:image"][0]
    assert re.match(r"^https?://[^/]+/media/images/.+fill-1200x630", image_url)
    assert tags_["twitter:image"] == [image_url]
    assert tags_["og:image:alt"] == ["Ett silversmycke på en sten"]
    assert tags_["twitter:card"] == ["summary_large_image"]
    assert tags_["article:tag"] == ["Håndverk"]
    # The base template's description is kept (block.super).
    assert tags_["description"] == ["En fortelling fra nettverket."]


def test_story_without_image_gets_a_summary_card_and_no_og_image(client, make_story, storyteller):
    story = make_story(title="Utan bild", storytellers=[storyteller])
    html = client.get(story.url).text
    tags_ = meta(html)
    assert "og:image" not in tags_
    assert tags_["twitter:card"] == ["summary"]
    assert "image" not in json_ld(html)
    assert "og:locale:alternate" not in tags_  # no Norwegian version exists


def test_news_json_ld_is_a_news_article_by_the_programme(client, news_index):
    item = NewsPageFactory(parent=news_index, title="Delrapporten är klar")
    data = json_ld(client.get(item.url).text)
    assert data["@type"] == "NewsArticle"
    assert data["inLanguage"] == "sv"
    assert (
        data["author"]
        == data["publisher"]
        == {
            "@type": "Organization",
            "name": "Samspel63",
            "url": data["publisher"]["url"],
        }
    )
    assert data["publisher"]["url"].endswith("/sv/")
