"""sitemap.xml with every live page in every language and its hreflang alternates."""

from collections import defaultdict

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap as WagtailSitemap
from wagtail.models import Page

from home.i18n import site_default_language


class Sitemap(WagtailSitemap):
    def items(self):
        site = self.get_wagtail_site()
        # The site's root page has one translation per language; each is a tree of its own.
        roots = site.root_page.get_translations(inclusive=True)
        in_any_tree = Q()
        for root in roots:
            in_any_tree |= Q(path__startswith=root.path)
        return (
            Page.objects.filter(in_any_tree)
            .live()
            .public()
            .order_by("path")
            .select_related("locale")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        # x-default as on the pages themselves: the site's default language.
        default_language = site_default_language(self.request)
        entries = []
        by_key = defaultdict(list)
        for item in self.paginator.page(page).object_list:
            for url_info in item.get_sitemap_urls(self.request):
                entry = dict(url_info, translation_key=item.translation_key, lang=item.locale.language_code)
                entries.append(entry)
                by_key[item.translation_key].append(entry)

        urls = []
        for entry in entries:
            siblings = by_key[entry["translation_key"]]
            alternates = [{"lang_code": s["lang"], "location": s["location"]} for s in siblings]
            default = next((s for s in siblings if s["lang"] == default_language), None)
            if default is not None and len(siblings) > 1:
                alternates.append({"lang_code": "x-default", "location": default["location"]})
            urls.append(
                {
                    "location": entry["location"],
                    "lastmod": entry.get("lastmod"),
                    "alternates": alternates if len(siblings) > 1 else [],
                }
            )
        lastmods = [u["lastmod"] for u in urls]
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        return urls
