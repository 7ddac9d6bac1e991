"""Lookups that let list-like blocks render at a fixed number of queries, however many items they hold.

Chosen snippets and linked pages are stored in the editor's language; shown in the visitor's,
one `.localized` (and one rendition lookup) per item would cost queries per card or link. The
lookups are made once per rendered page for all its blocks, not once per block: an about page
with three logo grids and a row of people costs the queries of one.
"""

from django.utils.translation import get_language

from home.i18n import active_locale_id, live_translations


def _body_blocks(page):
    """The top-level blocks of every StreamField of `page`."""
    from wagtail.fields import StreamField

    for field in page._meta.get_fields():
        if isinstance(field, StreamField):
            yield from getattr(page, field.name) or []


def localized_chosen(snippets, image_field, parent_context):
    """`localized_with_images` for one block, worked out for every block of the page at once.

    The first block that asks looks up the snippets of its kind chosen in any list of any block of
    the rendered page; the others read the answer. A block the scan does not see (nested deeper,
    or rendered without its page) is looked up on its own.
    """
    from wagtail.blocks.list_block import ListValue
    from wagtail.blocks.struct_block import StructValue

    chosen = [s for s in snippets if s is not None]
    host = (parent_context or {}).get("page")
    if not chosen or host is None:
        return localized_with_images(chosen, image_field)
    model = type(chosen[0])
    memo = host.__dict__.setdefault("_localized_chosen", {})
    key = (get_language(), model._meta.label_lower, image_field)
    if key not in memo:
        on_page = {
            item.pk: item
            for child in _body_blocks(host)
            if isinstance(child.value, StructValue)
            for value in child.value.values()
            if isinstance(value, ListValue)
            for item in value
            if isinstance(item, model)
        }
        memo[key] = dict(zip(on_page, localized_with_images(on_page.values(), image_field), strict=True))
    found = memo[key]
    if all(s.pk in found for s in chosen):
        return [found[s.pk] for s in chosen]
    return localized_with_images(chosen, image_field)


def localized_with_images(snippets, image_field):
    """Chosen translatable snippets in the visitor's language, with their images' renditions.

    `.localized` and `{% image %}` would cost queries per card; this costs three whatever the number.
    A snippet without a translation in this language is shown as it is, as `.localized` would.
    """
    from django.db.models import Q

    from home.models.pages import with_image_renditions

    chosen = [s for s in snippets if s is not None]
    if not chosen:
        return []
    locale_id = active_locale_id()
    model = type(chosen[0])
    found = with_image_renditions(
        model.objects.filter(
            Q(pk__in=[s.pk for s in chosen])
            | Q(translation_key__in={s.translation_key for s in chosen}, locale_id=locale_id)
        ),
        image_field,
    )
    by_pk = {s.pk: s for s in found}
    translated = {s.translation_key: s for s in by_pk.values() if s.locale_id == locale_id}
    return [translated.get(s.translation_key) or by_pk.get(s.pk, s) for s in chosen]


def localized_call_to_action_pages(parent_context):
    """{page id: its live version in the visitor's language} for every call to action in the page's bodies.

    Worked out once per rendered page, in a few queries: `.localized` per link would cost two
    queries for every call to action. Links the scan does not see (a block nested in another)
    fall back to `.localized`.
    """
    host = (parent_context or {}).get("page")
    if host is None:
        return {}
    language = get_language()
    memo = host.__dict__.setdefault("_localized_call_to_action_pages", {})
    if language not in memo:
        locale_id = active_locale_id()
        linked = [
            child.value["link"]["page"]
            for child in _body_blocks(host)
            if child.block_type == "call_to_action" and child.value["link"].get("page")
        ]
        translations = live_translations(linked, locale_id)
        memo[language] = {p.pk: translations.get(p.translation_key) or p for p in linked}
    return memo[language]
