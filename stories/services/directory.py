"""What the network directory and a storyteller's profile show.

The directory lists live profiles with the story listing's filters, counts the network by region and
country across both languages, and points to profiles that exist only in the other language.
"""

from django.core.paginator import Paginator
from django.db.models import Count, Prefetch, Q

from home.choices import Country, Region
from home.visibility import visible
from stories.choices import StorytellingLanguage
from stories.models import ArtForm, StoryPage, StoryStoryteller, StorytellerArtForm, StorytellerPage
from stories.models.articles import per_page, with_card_images
from stories.models.stories import prepare_story_cards
from stories.services.filters import read_filters
from stories.services.languages import SiteLocales, group_by_language, only_in_other_languages
from stories.services.localise import localise_art_forms

OTHER_LANGUAGE_LIMIT = 24
PROFILE_RENDITION = "fill-400x400"  # as in stories/includes/storyteller_card.html


def profile_queryset(queryset):
    return with_card_images(queryset, PROFILE_RENDITION).prefetch_related(
        Prefetch("art_form_links", queryset=StorytellerArtForm.objects.select_related("art_form"))
    )


def _language_q(code):
    # `languages` is a comma-separated list: match whole codes only ("sma" is not "sm").
    return (
        Q(languages=code)
        | Q(languages__startswith=f"{code},")
        | Q(languages__endswith=f",{code}")
        | Q(languages__contains=f",{code},")
    )


def filter_profiles(queryset, filters):
    if filters.region:
        queryset = queryset.filter(region=filters.region)
    if filters.art:
        queryset = queryset.filter(
            pk__in=StorytellerArtForm.objects.filter(art_form__slug=filters.art).values("page_id")
        )
    if filters.language:
        queryset = queryset.filter(_language_q(filters.language))
    return queryset


def network_counts():
    """Storytellers by region and by country, each person counted once whatever their languages."""
    # order_by(): Page's default ordering by path would otherwise join the GROUP BY.
    live = visible(StorytellerPage).order_by()
    by_region = dict(
        live.values_list("region")
        .annotate(n=Count("translation_key", distinct=True))
        .values_list("region", "n")
    )
    by_country = dict(
        live.values_list("country")
        .annotate(n=Count("translation_key", distinct=True))
        .values_list("country", "n")
    )
    total = live.aggregate(n=Count("translation_key", distinct=True))["n"]
    return {
        "total": total,
        "regions": [(r.label, by_region[r.value]) for r in Region if by_region.get(r.value)],
        "countries": [(c.label, by_country[c.value]) for c in Country if by_country.get(c.value)],
        "across_border": bool(by_country.get(Country.SWEDEN) and by_country.get(Country.NORWAY)),
    }


def directory_listing(directory, request):
    locales = SiteLocales()
    art_options = list(ArtForm.objects.filter(locale_id=directory.locale_id))
    filters = read_filters(
        request.GET,
        {
            "region": Region.values,
            "art": [form.slug for form in art_options],
            "language": StorytellingLanguage.values,
        },
    )
    queryset = filter_profiles(visible(StorytellerPage).child_of(directory).order_by("title"), filters)
    page_obj = Paginator(profile_queryset(queryset), per_page()).get_page(request.GET.get("page"))
    storytellers = localise_art_forms(list(page_obj.object_list))

    others = only_in_other_languages(visible(StorytellerPage), StorytellerPage, directory.locale_id).order_by(
        "title"
    )
    others = list(profile_queryset(filter_profiles(others, filters))[:OTHER_LANGUAGE_LIMIT])
    other_language_storytellers = locales.mark_other_language(localise_art_forms(others), directory.locale_id)

    return {
        "storytellers": storytellers,
        "page_obj": page_obj,
        "filters": filters,
        "filter_messages": filters.messages,
        "query_string": filters.query_string(),
        "region_options": [(r.value, r.label) for r in Region],
        "art_options": art_options,
        "language_options": StorytellingLanguage.choices,
        "counts": network_counts(),
        "other_language_groups": group_by_language(other_language_storytellers, "profiles"),
    }


def storyteller_stories(storyteller):
    """The storyteller's stories in the profile's language, and those told only in another language."""
    locales = SiteLocales()
    told = StoryStoryteller.objects.filter(storyteller__translation_key=storyteller.translation_key)
    theirs = visible(StoryPage).filter(pk__in=told.values("page_id")).order_by("-date", "-pk")
    stories = prepare_story_cards(theirs.filter(locale_id=storyteller.locale_id))
    others = prepare_story_cards(only_in_other_languages(theirs, StoryPage, storyteller.locale_id))
    return {
        "stories": stories,
        "other_language_groups": group_by_language(
            locales.mark_other_language(others, storyteller.locale_id), "stories"
        ),
    }
