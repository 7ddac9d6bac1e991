"""What the story and news indexes show: filtered, paginated cards, the stories told only in another
language, and related stories on a story page.

A fixed number of queries whatever the number of stories: option lists, a count, one page of stories
with their prefetches, and one query per kind of localised object (stories.services.localise).
"""

from django.core.paginator import Paginator
from django.db.models import Q

from home.choices import Region
from stories.models import ArtForm, StoryArtForm, StoryPage, StoryStoryteller, StorytellerPage
from stories.models.articles import per_page, with_card_images
from stories.models.stories import prepare_story_cards, story_card_queryset
from stories.services.filters import read_filters
from stories.services.languages import SiteLocales, group_by_language, only_in_other_languages

OTHER_LANGUAGE_LIMIT = 12
RELATED_LIMIT = 3


def _paginate(request, queryset):
    return Paginator(queryset, per_page()).get_page(request.GET.get("page"))


def filter_stories(queryset, filters, storyteller_keys):
    if filters.region:
        queryset = queryset.filter(region=filters.region)
    if filters.art:
        queryset = queryset.filter(
            pk__in=StoryArtForm.objects.filter(art_form__slug=filters.art).values("page_id")
        )
    if filters.storyteller:
        key = storyteller_keys[filters.storyteller]
        queryset = queryset.filter(
            pk__in=StoryStoryteller.objects.filter(storyteller__translation_key=key).values("page_id")
        )
    return queryset


def story_listing(index, request):
    locales = SiteLocales()
    current = index.locale.language_code
    art_options = list(ArtForm.objects.filter(locale_id=index.locale_id))
    storyteller_options = list(
        StorytellerPage.objects.live().public().filter(locale_id=index.locale_id).order_by("title")
    )
    storyteller_keys = {person.slug: person.translation_key for person in storyteller_options}
    filters = read_filters(
        request.GET,
        {
            "region": Region.values,
            "art": [form.slug for form in art_options],
            "storyteller": storyteller_keys,
            "language": locales.names(),
        },
        defaults={"language": current},
    )

    # The chosen language's stories: this index's, or its translation's.
    source = index
    if filters.language != current:
        locale = locales.by_code.get(filters.language)
        source = index.get_translation_or_none(locale) if locale else None
        if source is not None and not (source.live and source.specific_class is type(index)):
            source = None
    queryset = (
        filter_stories(source.articles(), filters, storyteller_keys) if source else StoryPage.objects.none()
    )
    page_obj = _paginate(request, story_card_queryset(queryset))
    stories = locales.mark_other_language(prepare_story_cards(list(page_obj.object_list)), index.locale_id)

    other_language_stories = []
    if filters.language == current:
        others = only_in_other_languages(
            StoryPage.objects.live().public(), StoryPage, index.locale_id
        ).order_by("-date", "-pk")
        others = story_card_queryset(filter_stories(others, filters, storyteller_keys))
        other_language_stories = locales.mark_other_language(
            prepare_story_cards(list(others[:OTHER_LANGUAGE_LIMIT])), index.locale_id
        )

    return {
        "stories": stories,
        "page_obj": page_obj,
        "filters": filters,
        "filter_messages": filters.messages,
        "query_string": filters.query_string(),
        "region_options": [(r.value, r.label) for r in Region],
        "art_options": art_options,
        "storyteller_options": storyteller_options,
        "language_options": list(locales.names().items()),
        "other_language_groups": group_by_language(other_language_stories, "stories"),
    }


def news_listing(index, request):
    page_obj = _paginate(request, with_card_images(index.articles()))
    return {"news_items": list(page_obj.object_list), "page_obj": page_obj, "query_string": ""}


def related_stories(story, limit=RELATED_LIMIT):
    """Stories sharing a storyteller or an art form, newest first, then the newest from the same region."""
    base = (
        StoryPage.objects.live()
        .public()
        .filter(locale_id=story.locale_id)
        .exclude(translation_key=story.translation_key)
        .order_by("-date", "-pk")
    )
    slugs = [form.slug for form in getattr(story, "local_art_forms", [])]
    keys = [person.translation_key for person in getattr(story, "local_storytellers", [])]
    shared = Q(pk__in=StoryArtForm.objects.filter(art_form__slug__in=slugs).values("page_id")) | Q(
        pk__in=StoryStoryteller.objects.filter(storyteller__translation_key__in=keys).values("page_id")
    )
    related = list(story_card_queryset(base.filter(shared))[:limit])
    if len(related) < limit:
        more = base.exclude(pk__in=[s.pk for s in related]).filter(region=story.region)
        related += list(story_card_queryset(more)[: limit - len(related)])
    return prepare_story_cards(related)
