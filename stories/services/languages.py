"""Pages that exist only in another language, and marking cards that link across languages."""

from django.conf import settings
from django.db.models import Exists, OuterRef
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from home.i18n import language_codes, locale_ids
from home.visibility import visible


class SiteLocales:
    """The site's locales by id and by code, from the ids kept under the generation (no query)."""

    @cached_property
    def by_id(self):
        ids = locale_ids()
        # Unsaved instances with their ids: a locale's code and id are all listings ask of it.
        codes = [code for code in language_codes() if code in ids]
        return {ids[code]: Locale(pk=ids[code], language_code=code) for code in codes}

    @cached_property
    def by_code(self):
        return {locale.language_code: locale for locale in self.by_id.values()}

    def names(self):
        return dict(settings.LANGUAGES)

    def mark_other_language(self, items, locale_id):
        """Sets `other_language` (a code, or "") so a card links with the right lang/hreflang."""
        for item in items:
            locale = self.by_id.get(item.locale_id)
            item.other_language = locale.language_code if locale and item.locale_id != locale_id else ""
        return items


def only_in_other_languages(queryset, model, locale_id):
    """`queryset`'s pages outside `locale_id` that have no live, public translation in it."""
    # NOT EXISTS, not NOT IN: PostgreSQL answers it from the (translation_key, locale) index for each
    # page, where NOT IN read every page of the language into a hash first.
    translated = visible(model).filter(locale_id=locale_id, translation_key=OuterRef("translation_key"))
    return queryset.exclude(locale_id=locale_id).exclude(Exists(translated))


def _also_in():
    # One msgid per language: translators write "på svensk" / "på svenska" naturally.
    return {"sv": _("Also in Swedish"), "nb": _("Also in Norwegian")}


def _only_in():
    return {
        "stories": {
            "sv": _("These stories are told in Swedish only. They open in Swedish."),
            "nb": _("These stories are told in Norwegian only. They open in Norwegian."),
        },
        "profiles": {
            "sv": _("These profiles are written in Swedish only. They open in Swedish."),
            "nb": _("These profiles are written in Norwegian only. They open in Norwegian."),
        },
    }


def group_by_language(items, kind):
    """Cards marked by `SiteLocales.mark_other_language`, grouped under "Also in <language>" headings."""
    groups = {}
    for item in items:
        groups.setdefault(item.other_language, []).append(item)
    also_in, only_in = _also_in(), _only_in()[kind]
    return [
        {
            "code": code,
            "heading": also_in.get(code, code),
            "note": only_in.get(code, ""),
            "items": group,
        }
        for code, group in groups.items()
        if code
    ]
