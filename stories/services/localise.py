"""Show the art forms, storytellers and activity a page points to in the page's own language, in bulk.

A translated page keeps the links of its source (wagtail-localize synchronises inline rows and page
links; `copy_for_translation` copies them), so a Norwegian story may point to the Swedish art form or
profile. Swapping each for its translation here costs one query per kind of object, whatever the
number of pages: listings stay at a constant number of queries.
"""

from functools import partial

from home.models import ActivityPage
from home.visibility import visible


def localised_lists(items, related_lists, queryset):
    """For each item, its related objects replaced by their translation in the item's locale, if any.

    `related_lists` is one list per item; `queryset` is where translations are looked for (for pages:
    live and public ones only), or a function returning it, called only when something needs translating.
    """
    wanted_keys, wanted_locales = set(), set()
    for item, related in zip(items, related_lists, strict=True):
        for obj in related:
            if obj.locale_id != item.locale_id:
                wanted_keys.add(obj.translation_key)
                wanted_locales.add(item.locale_id)
    found = {}
    if wanted_keys:
        if callable(queryset):
            queryset = queryset()
        for obj in queryset.filter(translation_key__in=wanted_keys, locale_id__in=wanted_locales):
            found[(obj.locale_id, obj.translation_key)] = obj
    return [
        [found.get((item.locale_id, obj.translation_key), obj) for obj in related]
        for item, related in zip(items, related_lists, strict=True)
    ]


def localise_art_forms(items):
    """Sets `local_art_forms` on each item (stories and profiles with prefetched `art_form_links`)."""
    from stories.models import ArtForm

    related = [[link.art_form for link in item.art_form_links.all()] for item in items]
    for item, forms in zip(items, localised_lists(items, related, ArtForm.objects.all()), strict=True):
        item.local_art_forms = forms
    return items


def localise_storytellers(items):
    """Sets `local_storytellers` on each story (with prefetched `storyteller_links__storyteller`)."""
    from stories.models import StorytellerPage

    related = [[link.storyteller for link in item.storyteller_links.all()] for item in items]
    translations = partial(visible, StorytellerPage)
    for item, people in zip(items, localised_lists(items, related, translations), strict=True):
        item.local_storytellers = people
    return items


def localise_activity(items):
    """Sets `local_activity` on each item with an `activity` (select_related) in its language."""
    related = [[item.activity] if item.activity_id else [] for item in items]
    translations = partial(visible, ActivityPage)
    for item, activity in zip(items, localised_lists(items, related, translations), strict=True):
        item.local_activity = activity[0] if activity else None
    return items
