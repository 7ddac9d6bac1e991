"""The home page's featured activities, shown in the home page's language."""

import pytest

from home.factories import ActivityPageFactory
from home.models.pages import HomePageFeaturedActivity
from tests.conftest import translate_and_publish

pytestmark = pytest.mark.django_db


def feature(home, *activities):
    for order, activity in enumerate(activities):
        HomePageFeaturedActivity.objects.create(page=home, activity=activity, sort_order=order)


def test_norwegian_home_shows_the_translation_of_a_featured_activity(programme, home_sv, home_nb, locale_nb):
    activity = ActivityPageFactory(parent=programme, title="Scenkonst")
    activity_nb = translate_and_publish(activity, locale_nb, title="Scenekunst")
    # The featured list is synchronised, so the Norwegian home page names the Swedish original.
    feature(home_nb, activity)
    feature(home_sv, activity)
    assert home_nb.featured_for_display() == [activity_nb]
    assert home_sv.featured_for_display() == [activity]


def test_untranslated_activity_is_shown_as_it_is(programme, home_nb):
    activity = ActivityPageFactory(parent=programme, title="Bara svenska")
    feature(home_nb, activity)
    assert home_nb.featured_for_display() == [activity]


def test_unpublished_activities_are_left_out_and_order_is_kept(programme, home_sv):
    first, draft, last = (ActivityPageFactory(parent=programme, title=t) for t in ("Ett", "Utkast", "Tre"))
    draft.unpublish()
    feature(home_sv, last, draft, first)
    assert home_sv.featured_for_display() == [last, first]


def test_featured_activities_render_on_the_home_page(client, programme, home_sv):
    feature(home_sv, ActivityPageFactory(parent=programme, title="Körresa", slug="korresa"))
    assert 'href="/sv/programmet/korresa/"' in client.get("/sv/").text


def test_featured_activities_work_in_a_preview_before_saving(programme, home_sv):
    # The page editor's preview holds the featured items only in memory.
    activity = ActivityPageFactory(parent=programme, title="Förhandsvisad")
    home_sv.featured_activities = [HomePageFeaturedActivity(activity=activity)]
    assert home_sv.featured_for_display() == [activity]
    assert not HomePageFeaturedActivity.objects.exists()
