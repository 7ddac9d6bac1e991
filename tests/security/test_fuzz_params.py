"""Every public GET view with query parameters, and every feed, fed 1,000 generated requests each:
never a server error, and every message about a filter it did not understand in the visitor's language.

The inventory (read from the URLconfs, the routable pages and the services behind them):
- event calendar page: view, when, category, month, year, region, language, activity, page
  (list, month grid and year overview are the same page with `view`);
- story index: region, art, storyteller, language, page; network directory: region, art,
  language, page; news index: page; search: q, page;
- the private receipt: done; the form of one date of a repeating event: the occurrence in the path;
- feeds, which take no query parameters but are polled with conditional headers: the calendar's
  iCal feed, per category, per activity, one event's .ics, the deadlines feed, RSS and Atom of the
  story and news indexes. They get hostile query strings, If-None-Match and If-Modified-Since.

One example fills every parameter of a view at once; the language alternates with the example.
"""

import pytest
from django.urls import reverse
from django.utils import translation
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import translate_and_publish
from tests.events.conftest import calendar, registration, venue  # noqa: F401  (fixtures)
from tests.security import strategies as hostile
from tests.security.checks import assert_in_language, assert_no_server_error
from tests.stories.conftest import art_forms, directory, news_index, story_index  # noqa: F401

pytestmark = [pytest.mark.django_db, pytest.mark.fuzz]

LANGUAGES = st.sampled_from(["sv", "nb"])


def get_all(client, urls, query, headers=None):
    """GET each address with the same hostile query; the messages shown, per address."""
    shown = []
    for url in urls:
        response = client.get(url, QUERY_STRING=query, headers=headers or {})
        assert_no_server_error(response)
        context = response.context or {}
        shown += list(context.get("filter_messages") or [])
    return shown


@pytest.fixture
def event(calendar, venue):  # noqa: F811
    from events.factories import EventCategoryFactory, EventPageFactory

    category = EventCategoryFactory(name="Seminarium", slug="seminarium")
    page = EventPageFactory(
        parent=calendar, venue=venue, category=category, title="Verkstad", slug="verkstad", **registration()
    )
    page.nb = translate_and_publish(page, calendar.nb.locale, title="Verksted")
    return page


EVENT_FILTERS = {
    "view": ["list", "month", "year"],
    "when": ["past", "upcoming"],
    "category": ["seminarium"],
    "month": ["2026-03", "2025-12"],
    "year": ["2026", "2025"],
    "region": ["jamtland-harjedalen", "trondelag"],
    "language": ["sv", "nb", "en"],
    "activity": [],
    "page": ["1", "2"],
}


def test_the_event_calendar_filters_survive_hostile_queries(client, calendar, event):  # noqa: F811
    urls = {"sv": calendar.url, "nb": calendar.nb.url}

    @hostile.FUZZ
    @given(query=hostile.query_string(EVENT_FILTERS), language=LANGUAGES)
    def request(query, language):
        assert_in_language(get_all(client, [urls[language]], query), language)

    request()


def test_story_directory_news_and_search_survive_hostile_queries(
    client,
    story_index,  # noqa: F811
    directory,  # noqa: F811
    news_index,  # noqa: F811
    art_forms,  # noqa: F811
):
    spec = {
        "region": ["jamtland-harjedalen", "trondelag", "other"],
        "art": list(art_forms),
        "storyteller": [],
        "language": ["sv", "nb", "sma"],
        "page": ["1", "2", "0", "-1"],
        "q": ["Åre", "berättelse"],
    }
    urls = {
        language: [
            getattr(story_index, "nb", story_index).url if language == "nb" else story_index.url,
            directory.nb.url if language == "nb" else directory.url,
            news_index.nb.url if language == "nb" else news_index.url,
            f"/{language}/search/",
        ]
        for language in ("sv", "nb")
    }

    @hostile.FUZZ
    @given(query=hostile.query_string(spec), language=LANGUAGES)
    def request(query, language):
        assert_in_language(get_all(client, urls[language], query), language)

    request()


conditional = st.fixed_dictionaries(
    {},
    optional={
        "if-none-match": st.one_of(st.sampled_from(['"x"', "*", 'W/"1"', '"', ""]), hostile.any_text),
        "if-modified-since": st.one_of(st.sampled_from(hostile.DATES), hostile.any_text),
    },
).map(lambda headers: {k: v for k, v in headers.items() if v.isprintable() and "\x00" not in v})


def test_every_feed_survives_hostile_queries_and_conditional_headers(
    client,
    calendar,  # noqa: F811
    event,
    story_index,  # noqa: F811
    news_index,  # noqa: F811
):
    with translation.override("sv"):
        feeds = [
            reverse("events_feed", kwargs={"index": calendar.translation_key}),
            reverse(
                "events_category_feed", kwargs={"index": calendar.translation_key, "category": "seminarium"}
            ),
            reverse(
                "events_activity_feed",
                kwargs={"index": calendar.translation_key, "activity": calendar.translation_key},
            ),
            reverse("events_event_ics", kwargs={"event": event.translation_key}),
            reverse("events_deadlines_feed"),
            story_index.url + "rss/",
            story_index.url + "atom/",
            news_index.url + "rss/",
            news_index.url + "atom/",
        ]

    @hostile.FUZZ
    @given(query=hostile.query_string({"page": [], "category": [], "format": []}), headers=conditional)
    def request(query, headers):
        get_all(client, feeds, query, headers)

    request()


def test_private_receipt_and_occurrence_addresses_survive_hostile_values(client, event):
    receipt = event.url + "submission/{}/"
    occurrence = event.url + "register/{}/"

    @hostile.FUZZ
    @given(
        done=hostile.fields({"done": ["cancelled", "saved", "follow-up", "discarded"]}),
        token=hostile.nasty,
        slug=st.one_of(st.sampled_from(hostile.DATES), hostile.nasty),
    )
    def request(done, token, slug):
        from urllib.parse import quote, urlencode

        for url in (receipt.format(quote(token, safe="")), occurrence.format(quote(slug, safe=""))):
            response = client.get(url, QUERY_STRING=urlencode(done, doseq=True))
            assert_no_server_error(response)

    request()
