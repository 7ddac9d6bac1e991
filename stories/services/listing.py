"""What the story and news indexes show: filtered, paginated cards, the stories told only in another
language, and related stories on a story page.

A fixed number of queries whatever the number of stories: option lists, a count, one page of stories
with their prefetches, and one query per kind of localised object (stories.services.localise).
"""

from django.core.paginator import Paginator
from django.db.models import Case, IntegerField, Q, Value, When

from home.choices import Region
from home.visibility import visible
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
    # The site's locales are read anyway (to mark cards); the index's is among them.
    locale = locales.by_id.get(index.locale_id) or index.locale
    current = locale.language_code
    art_options = list(ArtForm.objects.filter(locale_id=index.locale_id))
    # The option list shows a name and a slug: not whole profile pages.
    storyteller_options = list(
        visible(StorytellerPage)
        .filter(locale_id=index.locale_id)
        .order_by("title")
        .values("title", "slug", "translation_key")
    )
    storyteller_keys = {person["slug"]: person["translation_key"] for person in storyteller_options}
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
        others = only_in_other_languages(visible(StoryPage), StoryPage, index.locale_id).order_by(
            "-date", "-pk"
        )
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


def _own_links(story):
    """The story's art form slugs and storytellers' translation keys, as a subquery each.

    In a preview the links are the edited ones in memory (an unsaved page has none in the database).
    """
    if story.pk and not getattr(story, "_cluster_related_objects", None):
        return (
            StoryArtForm.objects.filter(page_id=story.pk).values("art_form__slug"),
            StoryStoryteller.objects.filter(page_id=story.pk).values("storyteller__translation_key"),
        )
    return (
        [link.art_form.slug for link in story.art_form_links.all()],
        [link.storyteller.translation_key for link in story.storyteller_links.all()],
    )


def related_stories(story, limit=RELATED_LIMIT):
    """Stories sharing a storyteller or an art form, newest first, then the newest from the same region.

    One query for both kinds (shared ones sort first), the story's own links read inside it, so the
    related cards and the story itself get their links in the same prefetch (the caller's
    `prepare_story_cards([story, *related])`). Returned with their card images only.
    """
    own_forms, own_people = _own_links(story)
    # By slug and translation key: a translated story's links may point to another language's rows.
    shared = Q(pk__in=StoryArtForm.objects.filter(art_form__slug__in=own_forms).values("page_id")) | Q(
        pk__in=StoryStoryteller.objects.filter(storyteller__translation_key__in=own_people).values("page_id")
    )
    related = (
        visible(StoryPage)
        .filter(locale_id=story.locale_id)
        .exclude(translation_key=story.translation_key)
        .filter(shared | Q(region=story.region))
        .annotate(shares=Case(When(shared, then=Value(1)), default=Value(0), output_field=IntegerField()))
        .order_by("-shares", "-date", "-pk")
    )
    return list(with_card_images(related)[:limit])
