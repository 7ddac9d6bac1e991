"""Lookups that let list-like blocks render at a fixed number of queries, however many items they hold.

Chosen snippets and linked pages are stored in the editor's language; shown in the visitor's,
one `.localized` (and one rendition lookup) per item would cost queries per card or link.
"""

from django.utils.translation import get_language


def localized_with_images(snippets, image_field):
    """Chosen translatable snippets in the visitor's language, with their images' renditions.

    `.localized` and `{% image %}` would cost queries per card; this costs three whatever the number.
    A snippet without a translation in this language is shown as it is, as `.localized` would.
    """
    from django.db.models import Q
    from wagtail.models import Locale

    from home.models.pages import with_image_renditions

    chosen = [s for s in snippets if s is not None]
    if not chosen:
        return []
    locale_id = Locale.get_active().pk
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
    from wagtail.fields import StreamField
    from wagtail.models import Locale, Page

    host = (parent_context or {}).get("page")
    if host is None:
        return {}
    language = get_language()
    memo = host.__dict__.setdefault("_localized_call_to_action_pages", {})
    if language not in memo:
        locale_id = Locale.get_active().pk
        linked = [
            child.value["link"]["page"]
            for field in host._meta.get_fields()
            if isinstance(field, StreamField)
            for child in getattr(host, field.name) or []
            if child.block_type == "call_to_action" and child.value["link"].get("page")
        ]
        translations = {
            p.translation_key: p
            for p in Page.objects.live()
            .filter(translation_key__in={p.translation_key for p in linked}, locale_id=locale_id)
            .specific()
        }
        memo[language] = {p.pk: translations.get(p.translation_key) or p for p in linked}
    return memo[language]
