"""HTTP validators of the stories RSS and Atom feeds (stories.feeds.feed_state): an ETag and a
Last-Modified that stay put while nothing changes, change with what the feed shows, and let a feed
reader poll with 304s, in Swedish and in Norwegian, with and without the page cache in front."""

from datetime import date

import pytest
from django.utils.http import http_date

from stories import feeds

pytestmark = pytest.mark.django_db

FEEDS = ["rss/", "atom/"]
LANGUAGES = ["sv", "nb"]


@pytest.fixture
def stories(story_index, make_story, translate, storyteller, art_forms):
    """One story in each language, with a storyteller and an art form the feed items show."""
    story = make_story(
        title="Silver", date=date(2025, 3, 1), storytellers=[storyteller], art_forms=[art_forms["hantverk"]]
    )
    story.nb = translate(story, title="Sølv")
    return {"sv": story, "nb": story.nb}


def feed_url(story_index, language, kind):
    return {"sv": story_index, "nb": story_index.nb}[language].url + kind


def validators(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response["ETag"], response["Last-Modified"]


@pytest.mark.usefixtures("uncached_pages")
@pytest.mark.parametrize("kind", FEEDS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_feed_has_a_stable_etag_and_last_modified(client, story_index, stories, language, kind):
    url = feed_url(story_index, language, kind)
    etag, last_modified = validators(client, url)
    assert etag.startswith('"') and etag.endswith('"') and len(etag) > 10
    story = stories[language]
    assert last_modified == http_date(story.last_published_at.timestamp())
    assert validators(client, url) == (etag, last_modified)


@pytest.mark.usefixtures("uncached_pages")
def test_each_language_and_format_has_its_own_etag(client, story_index, stories):
    etags = {validators(client, feed_url(story_index, lang, kind))[0] for lang in LANGUAGES for kind in FEEDS}
    assert len(etags) == 4


@pytest.mark.usefixtures("uncached_pages")
@pytest.mark.parametrize("kind", FEEDS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_reader_with_the_current_version_gets_a_304_without_the_feed_being_built(
    client, story_index, stories, language, kind, monkeypatch
):
    url = feed_url(story_index, language, kind)
    etag, last_modified = validators(client, url)

    def not_built(*args, **kwargs):
        raise AssertionError("the feed was built for a 304")

    monkeypatch.setattr(feeds.ArticleRssFeed, "items", not_built)
    for headers in ({"If-None-Match": etag}, {"If-Modified-Since": last_modified}):
        response = client.get(url, headers=headers)
        assert response.status_code == 304, headers
        assert response.content == b""
        assert response["ETag"] == etag
        assert response["Last-Modified"] == last_modified


@pytest.mark.usefixtures("uncached_pages")
@pytest.mark.parametrize("language", LANGUAGES)
def test_an_old_version_or_an_earlier_date_gets_the_whole_feed(client, story_index, stories, language):
    url = feed_url(story_index, language, "rss/")
    validators(client, url)
    assert client.get(url, headers={"If-None-Match": '"something-else"'}).status_code == 200
    earlier = http_date(stories[language].last_published_at.timestamp() - 3600)
    response = client.get(url, headers={"If-Modified-Since": earlier})
    assert response.status_code == 200 and b"<item>" in response.content


@pytest.mark.usefixtures("uncached_pages")
@pytest.mark.parametrize("language", LANGUAGES)
def test_etag_changes_when_a_story_is_published_edited_or_unpublished(
    client, story_index, stories, make_story, translate, language
):
    url = feed_url(story_index, language, "rss/")
    seen = [validators(client, url)[0]]

    new = make_story(title="Joik", date=date(2025, 4, 1))
    if language == "nb":
        new = translate(new, title="Joik på norsk")
    seen.append(validators(client, url)[0])

    new.summary = "Ett nytt ingress."
    new.save_revision().publish()
    seen.append(validators(client, url)[0])

    new.unpublish()
    seen.append(validators(client, url)[0])
    assert len(set(seen)) == len(seen), seen
    assert b"Joik" not in client.get(url).content


@pytest.mark.usefixtures("uncached_pages")
@pytest.mark.parametrize("language", LANGUAGES)
def test_etag_changes_when_a_storyteller_or_an_art_form_the_items_show_changes(
    client, story_index, stories, storyteller, art_forms, language
):
    url = feed_url(story_index, language, "rss/")
    before = validators(client, url)[0]
    person = {"sv": storyteller, "nb": storyteller.nb}[language]
    person.title = "Astrid Berg"
    person.save_revision().publish()
    after_person = validators(client, url)[0]
    assert after_person != before
    assert b"Astrid Berg" in client.get(url).content

    form = {"sv": art_forms["hantverk"], "nb": art_forms["hantverk"].nb}[language]
    form.name = "Slöjd" if language == "sv" else "Husflid"
    form.save()
    assert validators(client, url)[0] != after_person
    assert form.name.encode() in client.get(url).content


@pytest.mark.parametrize("kind", FEEDS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_page_cache_stores_the_feed_with_its_validators_and_answers_304_itself(
    client, story_index, stories, language, kind, django_assert_num_queries
):
    url = feed_url(story_index, language, kind)
    first = client.get(url)
    assert first["X-Cache"] == "MISS" and first.has_header("ETag")
    with django_assert_num_queries(0):
        answer = client.get(url, headers={"If-None-Match": first["ETag"]})
    assert answer.status_code == 304 and answer["X-Cache"] == "HIT"
    assert answer["ETag"] == first["ETag"]

    stories[language].title = "Silver och guld" if language == "sv" else "Sølv og gull"
    stories[language].save_revision().publish()
    changed = client.get(url, headers={"If-None-Match": first["ETag"]})
    assert changed.status_code == 200 and changed["ETag"] != first["ETag"]
    assert stories[language].title.encode() in changed.content


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_reader_polling_through_the_wsgi_entry_gets_the_middlewares_304_before_django(
    client, rf, settings, story_index, stories, language, django_assert_num_queries
):
    """The same 304 as through the middleware, security headers included: Django's 304 keeps only
    the validators, and the security headers are stored inside the entry (the page cache is the
    first middleware), so the 304 takes them from there. Over HTTPS behind the proxy, as in production."""
    from home.page_cache import CachedPagesApplication

    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.SECURE_HSTS_SECONDS = 3600

    def django(environ, start_response):
        raise AssertionError("Django was asked")

    url = feed_url(story_index, language, "rss/")
    https = {"X-Forwarded-Proto": "https"}
    first = client.get(url, headers=https)
    polling = {**https, "If-None-Match": first["ETag"]}
    through_middleware = client.get(url, headers=polling)
    started = []
    with django_assert_num_queries(0):
        body = b"".join(
            CachedPagesApplication(django)(rf.get(url, headers=polling).environ, lambda *a: started.append(a))
        )
    status, headers = started[0]
    assert status == "304 Not Modified" and body == b"" and through_middleware.status_code == 304
    assert dict(headers) == dict(through_middleware.items())
    assert dict(headers)["ETag"] == first["ETag"] and dict(headers)["X-Cache"] == "HIT"
    assert dict(headers)["Strict-Transport-Security"].startswith("max-age=3600")
    assert dict(headers)["X-Content-Type-Options"] == "nosniff" and "Content-Type" not in dict(headers)
