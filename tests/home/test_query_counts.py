"""Pages cost a bounded number of queries, whatever the number of cards on them."""

import pytest
import wagtail_factories
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.factories import ActivityPageFactory, ContentPageFactory, FooterTextFactory, OrganisationFactory
from home.models.pages import HomePageFeaturedActivity
from tests.conftest import translate_and_publish

pytestmark = pytest.mark.django_db

# Measured when written (sv, one site, warm renditions): home page 39 with the events section
# registered, programme index 25, content page about 25. The ceilings leave room for the
# sections other apps add to the home page and for a few more lookups, never for a query per
# item: the few-vs-many comparisons below catch that exactly.
HOME_PAGE_CEILING = 60
CONTENT_PAGE_CEILING = 35
PROGRAMME_CEILING = 35


def add_activities(programme, home, count, locale_nb=None):
    """Swedish activities featured on `home`; with `locale_nb`, also published in Norwegian."""
    FooterTextFactory()
    for _ in range(count):
        image = wagtail_factories.ImageFactory()
        activity = ActivityPageFactory(parent=programme, image=image, image_alt="Bild")
        HomePageFeaturedActivity.objects.create(page=home, activity=activity)
        if locale_nb is not None:
            translate_and_publish(activity, locale_nb, title=f"{activity.title} (nb)")
            # The featured list is synchronised: the Norwegian home page names the Swedish originals.
            HomePageFeaturedActivity.objects.create(page=home.nb, activity=activity)
    for _ in range(count // 3):
        OrganisationFactory(logo=wagtail_factories.ImageFactory())


def queries_for(client, path):
    client.get(path)  # generates the image renditions once, as the first visitor would
    cache.clear()  # rendition lookups must come from the prefetch, not from the cache
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200
    return len(captured.captured_queries)


@pytest.fixture
def few_and_many(client, programme, home_sv):
    """Query counts of a path with 3 activities, then with 12."""

    def measure(path):
        add_activities(programme, home_sv, 3)
        few = queries_for(client, path)
        add_activities(programme, home_sv, 9)
        many = queries_for(client, path)
        return few, many

    return measure


def test_home_page_queries_do_not_grow_with_featured_activities(few_and_many):
    few, many = few_and_many("/sv/")
    assert few == many
    assert many <= HOME_PAGE_CEILING


def test_programme_index_queries_do_not_grow_with_activities(few_and_many):
    few, many = few_and_many("/sv/programmet/")
    assert few == many
    assert many <= PROGRAMME_CEILING


def test_content_page_query_count_is_bounded(client, home_sv, locale_nb, django_assert_max_num_queries):
    page = ContentPageFactory(parent=home_sv, slug="om", body=[{"type": "paragraph", "value": "<p>Text</p>"}])
    translate_and_publish(page, locale_nb, slug="om")
    client.get("/sv/om/")
    with django_assert_max_num_queries(CONTENT_PAGE_CEILING):
        assert client.get("/sv/om/").status_code == 200


def test_norwegian_home_page_shows_translations_at_the_same_cost(
    client, programme, home_sv, home_nb, locale_nb
):
    home_sv.nb = home_nb
    add_activities(programme, home_sv, 2, locale_nb)
    few = queries_for(client, "/nb/")
    add_activities(programme, home_sv, 4, locale_nb)
    many = queries_for(client, "/nb/")
    assert few == many <= HOME_PAGE_CEILING
    assert client.get("/nb/").text.count(" (nb)</a>") == 6
