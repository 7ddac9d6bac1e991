"""What search engines and social media read about an article: schema.org JSON-LD and Open Graph."""

import json
from urllib.parse import urljoin

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from wagtail.models import Site

from home.i18n import localized

SHARE_RENDITION = "fill-1200x630"
OG_LOCALES = {"sv": "sv_SE", "nb": "nb_NO"}
HEADLINE_LENGTH = 110  # Google's limit for Article headlines
# Inside <script>, "</script>" or "<!--" in a text would end or confuse the element.
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def share_image(page, request, url=None):
    """The page image as a 1200x630 rendition with its absolute URL, or None.

    Made absolute against the page's own full URL, so page and image name the same host
    (a storage that already gives absolute URLs keeps them).
    """
    if not page.image_id:
        return None
    rendition = page.image.get_rendition(SHARE_RENDITION)
    return {
        "url": urljoin(url or page.get_full_url(request), rendition.url),
        "width": rendition.width,
        "height": rendition.height,
        "alt": page.image_alt,
    }


def site_root(page):
    """The site root (Wagtail's SiteRootPath: root_path, root_url, language_code) the page is under.

    Wagtail keeps these in the cache for its own URLs: no query, unlike `page.get_site()`.
    """
    roots = Site.get_site_root_paths()
    return next((root for root in roots if page.url_path.startswith(root.root_path)), None)


def page_language(page, root=None):
    """The page's language: its site root's (each language has its own tree), without loading the locale."""
    root = root or site_root(page)
    return root.language_code if root else page.locale.language_code


def _site_home(page, request, url, root=None):
    """The home page of the page's site in the page's language: the page's address cut at the site root.

    Worked out from the address the page already has, rather than by loading the site and its home
    page (four queries); the lookup is kept for an address that does not end as expected.
    """
    root = root or site_root(page)
    if url and root:
        below_root = page.url_path[len(root.root_path) :]
        if not below_root:
            return url
        if url.endswith(below_root):
            return url[: -len(below_root)]
    site = page.get_site()
    home = localized(site.root_page) if site else None
    return home.get_full_url(request) if home else request.build_absolute_uri("/")


def article_json_ld(page, request, image=None, url=None, root=None):
    url = url or page.get_full_url(request)
    root = root or site_root(page)
    home = _site_home(page, request, url, root)
    publisher = {"@type": "Organization", "name": str(settings.SITE_NAME), "url": home}
    data = {
        "@context": "https://schema.org",
        "@type": getattr(page, "schema_type", "Article"),
        "headline": page.title[:HEADLINE_LENGTH],
        "description": strip_tags(page.summary),
        "inLanguage": page_language(page, root),
        "url": url,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "datePublished": page.date.isoformat(),
        "publisher": publisher,
        "wordCount": page.word_count,
    }
    if page.last_published_at:
        data["dateModified"] = page.last_published_at.isoformat()
    if image:
        data["image"] = [image["url"]]
    storytellers = getattr(page, "local_storytellers", None)
    if storytellers:
        data["author"] = [
            {
                "@type": "Person",
                "name": person.title,
                **({"url": person.get_full_url(request)} if person.live else {}),
            }
            for person in storytellers
        ]
    else:
        data["author"] = publisher
    art_forms = getattr(page, "local_art_forms", None)
    if art_forms:
        data["keywords"] = [form.name for form in art_forms]
    place = [part for part in (getattr(page, "municipality", ""), _region_label(page)) if part]
    if place:
        data["contentLocation"] = {"@type": "Place", "name": ", ".join(place)}
    return data


def _region_label(page):
    return str(page.get_region_display()) if getattr(page, "region", "") else ""


def json_ld_script(data):
    """A <script type="application/ld+json"> element that no text in the data can break out of."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=None).translate(_SCRIPT_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308 - escaped above
