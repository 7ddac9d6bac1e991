"""The home page's "All events / stories / news / calls" links come from the cached chrome when the
index pages are sections of the home page, and from the tree when they sit deeper."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from events.factories import EventIndexPageFactory
from home.factories import ContentPageFactory
from residencies.factories import CallIndexPageFactory
from stories.factories import NewsIndexPageFactory, StoryIndexPageFactory
from tests.conftest import translate_and_publish

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("uncached_pages")]

INDEX_TABLES = (
    "events_eventindexpage",
    "stories_storyindexpage",
    "stories_newsindexpage",
    "residencies_callindexpage",
)


def more_links(html):
    return re.findall(r'class="section__more" href="([^"]+)"', html)


@pytest.fixture
def indexes(home_sv, locale_nb):
    made = {}
    for name, factory, slug in (
        ("events", EventIndexPageFactory, "evenemang"),
        ("stories", StoryIndexPageFactory, "berattelser"),
        ("news", NewsIndexPageFactory, "nyheter"),
        ("calls", CallIndexPageFactory, "utlysningar"),
    ):
        page = factory(parent=home_sv, title=name, slug=slug)
        made[name] = page
        made[f"{name}.nb"] = translate_and_publish(page, locale_nb, title=f"{name} nb", slug=f"{slug}-nb")
    return made


@pytest.mark.parametrize("language", ["sv", "nb"])
def test_links_to_home_page_sections_need_no_query_of_their_own(client, indexes, language):
    suffix = ".nb" if language == "nb" else ""
    client.get(f"/{language}/")  # prepares the chrome
    with CaptureQueriesContext(connection) as captured:
        response = client.get(f"/{language}/")
    expected = {indexes[f"{name}{suffix}"].url for name in ("events", "stories", "news", "calls")}
    assert expected <= set(more_links(response.text))
    assert [q["sql"] for q in captured.captured_queries if any(t in q["sql"] for t in INDEX_TABLES)] == []


def test_an_index_deeper_in_the_tree_is_still_linked(client, home_sv):
    about = ContentPageFactory(parent=home_sv, title="Om", slug="om")
    calendar = EventIndexPageFactory(parent=about, title="Kalender", slug="kalender")
    assert calendar.url in more_links(client.get("/sv/").text)
