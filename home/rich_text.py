"""Page links in rich text, shown in the visitor's language at a fixed cost per text.

Wagtail's `PageLinkHandler` loads a text's linked pages in one query, then takes `.localized.url`
of each: a query for the active locale, another for the translation when the link points to
another language, and a cache read of the site's root paths, for every link. Editors link pages
in their own language, so a Norwegian page's links to Swedish pages paid the most. This handler
makes the same choice (the live translation in the active language, else the page itself) with
one query for all the translations of a text, and reads the root paths once. It loads the linked
pages as plain pages, where Wagtail's takes their specific types (two queries, and every field of
every type): only their addresses are shown, and no page type here changes how its address is made.
"""

from django.utils.html import escape
from wagtail.models import Site
from wagtail.rich_text import LinkHandler
from wagtail.rich_text.pages import PageLinkHandler

from home.i18n import active_locale_id, live_translations


class LocalizedPageLinkHandler(PageLinkHandler):
    @classmethod
    def get_many(cls, attrs_list: list[dict]) -> list:
        # Wagtail's generic lookup, which PageLinkHandler replaces with `.specific()`: one `in_bulk`.
        return LinkHandler.get_many.__func__(cls, attrs_list)

    @classmethod
    def expand_db_attributes_many(cls, attrs_list: list[dict]) -> list[str]:
        pages = cls.get_many(attrs_list)
        localized = _localized([page for page in pages if page is not None])
        root_paths = Site.get_site_root_paths()
        tags = []
        for page in pages:
            if page is None:
                tags.append("<a>")
                continue
            shown = localized.get(page.pk, page)
            # Where `.url` would read the root paths from the cache again for each link.
            shown._wagtail_cached_site_root_paths = root_paths
            tags.append(f'<a href="{escape(shown.url)}">')
        return tags


def _localized(pages):
    """{page pk: its live translation in the active language} for the pages that are not in it."""
    locale_id = active_locale_id()
    translations = live_translations(pages, locale_id)
    return {
        page.pk: translations[page.translation_key] for page in pages if page.translation_key in translations
    }
