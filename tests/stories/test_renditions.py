"""Images on listings are resized once: later views, in either language, reuse the stored renditions."""

import pytest
import wagtail_factories
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images.models import Rendition

from tests.stories.test_query_counts import add_stories

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("uncached_pages")]


def inserts(captured):
    return [q["sql"] for q in captured.captured_queries if q["sql"].lstrip().upper().startswith("INSERT")]


def test_a_listing_viewed_again_creates_no_new_renditions(client, story_index, storyteller, art_forms):
    images = [wagtail_factories.ImageFactory(title=f"Bild {n}") for n in range(3)]
    for index in (story_index, story_index.nb):
        add_stories(index, 6, [storyteller], list(art_forms.values()), images)
    client.get(story_index.url)
    made = Rendition.objects.count()
    assert made >= len(images)  # one size (or more, for srcset) per image, made by the first view

    for url in (story_index.url, story_index.nb.url, story_index.url):
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        assert inserts(captured) == []
    assert Rendition.objects.count() == made
