"""The latest stories and news on the home page and on programme activity pages (home.sections slots)."""

from django.utils.translation import gettext_lazy as _

from home.chrome import index_url
from home.sections import Section
from home.visibility import visible
from stories.models import NewsIndexPage, NewsPage, StoryIndexPage, StoryPage
from stories.models.articles import with_card_images
from stories.models.stories import prepare_story_cards, story_card_queryset

HOME_LIMIT = 3
ACTIVITY_LIMIT = 6
STORY_CARD = "stories/includes/story_card.html"
NEWS_CARD = "stories/includes/news_card.html"


def _latest(model, locale_id):
    return visible(model).filter(locale_id=locale_id).order_by("-date", "-pk")


def _story_section(stories, locale_id, request, **kwargs):
    return Section(
        "stories",
        _("Stories from the network"),
        items=prepare_story_cards(list(stories)),
        card_template=STORY_CARD,
        more_url=index_url(request, StoryIndexPage, locale_id),
        more_label=_("All stories"),
        **kwargs,
    )


def _news_section(news, locale_id, request, **kwargs):
    return Section(
        "news",
        _("News"),
        items=list(news),
        card_template=NEWS_CARD,
        more_url=index_url(request, NewsIndexPage, locale_id),
        more_label=_("All news"),
        **kwargs,
    )


def home_sections(page, request):
    stories = story_card_queryset(_latest(StoryPage, page.locale_id))[:HOME_LIMIT]
    news = with_card_images(_latest(NewsPage, page.locale_id))[:HOME_LIMIT]
    return [
        _story_section(
            stories,
            page.locale_id,
            request,
            empty_text=_("The first stories from the storytelling network are on their way."),
        ),
        _news_section(news, page.locale_id, request, empty_text=_("No news yet.")),
    ]


def activity_sections(page, request):
    """Stories and news from this activity; its translations' links count too (they are synchronised)."""
    from_activity = {"activity__translation_key": page.translation_key}
    stories = story_card_queryset(_latest(StoryPage, page.locale_id).filter(**from_activity))[:ACTIVITY_LIMIT]
    news = with_card_images(_latest(NewsPage, page.locale_id).filter(**from_activity))[:ACTIVITY_LIMIT]
    return [
        _story_section(stories, page.locale_id, request),
        _news_section(news, page.locale_id, request),
    ]
