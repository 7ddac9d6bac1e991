"""stories.demo.load_demo_stories builds a bilingual, browsable storytelling section."""

import pytest
from wagtail.models import Page

from home.factories import ActivityPageFactory
from stories.demo import load_demo_stories
from stories.models import ArtForm, NewsPage, StoryIndexPage, StoryPage, StorytellerPage
from tests.conftest import translate_and_publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(home_sv, home_nb, programme, locale_nb):
    activities = {}
    for key in ("storytelling", "seminars", "network"):
        sv = ActivityPageFactory(parent=programme, title=key, slug=key)
        activities[key] = {"sv": sv, "nb": translate_and_publish(sv, locale_nb, title=f"{key} nb", slug=key)}
    return load_demo_stories(home_sv, home_nb, activities)


def test_demo_has_stories_news_and_storytellers_in_both_languages(demo):
    for model, sv_count, nb_count in [(StoryPage, 4, 3), (NewsPage, 3, 3), (StorytellerPage, 4, 4)]:
        assert model.objects.live().filter(locale__language_code="sv").count() == sv_count, model
        assert model.objects.live().filter(locale__language_code="nb").count() == nb_count, model
    assert (
        ArtForm.objects.filter(locale__language_code="nb").count()
        == ArtForm.objects.filter(locale__language_code="sv").count()
    )


def test_demo_stories_link_activities_and_every_page_renders(client, demo):
    assert StoryPage.objects.filter(activity__isnull=False).exists()
    for page in Page.objects.live().type(StoryIndexPage, StoryPage, StorytellerPage, NewsPage).specific():
        assert client.get(page.url).status_code == 200, page.url


def test_the_swedish_only_story_is_offered_in_norwegian(client, demo):
    index_nb = StoryIndexPage.objects.get(locale__language_code="nb")
    html = client.get(index_nb.url).text
    assert 'id="also-in-sv"' in html and "Filmen om byn" in html


def test_home_pages_show_demo_stories_and_news(client, demo):
    html = client.get("/nb/").text
    assert "Viser over grensen" in html
    assert "Fortellernettverket vokser" in html


def test_demo_join_pages_take_requests_into_one_reviewed_list(client, demo):
    from residencies.models import Intake
    from stories.models import JoinNetworkPage

    for page in JoinNetworkPage.objects.live().specific():
        assert page.intake_policy == "reviewed"
        form = client.get(page.url)
        assert form.status_code == 200 and 'name="consent"' in form.text
        data = {
            "name": "Demo Person",
            "email": f"demo-{page.locale.language_code}@example.com",
            "region": "trondelag",
            "art_form": ["musik"],
            "presentation": "Joik.",
            "consent": "on",
        }
        assert client.post(page.url, data).status_code == 302, page.url
    (intake,) = Intake.objects.all()
    assert intake.submissions.count() == 2
