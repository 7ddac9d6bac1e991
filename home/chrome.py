"""What every public page shares (header, main menu, footer, home pages, private sections).

It depends only on the site, the language and published content, so it is prepared once and
kept in the cache as plain data (strings, numbers, lists, dicts; no model instances that could
query later), under the page cache's generation (home/cache.py): every publish, unpublish,
move, snippet or settings save retires it, exactly as it retires cached pages. The generation
and the entry are read in one round trip, and an entry is stored under the generation read
before its data was, never a later one, so a write during the build leaves nothing stale.

Everything here is what an anonymous visitor sees: only live pages outside private sections
(Wagtail's `.public()`, whoever asks), so editors, previews and visitors share one entry and
nothing private is ever stored. What depends on the page being shown (its breadcrumbs, its
other languages, which menu item is current) is worked out per request from this data.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.utils import translation
from wagtail.images.shortcuts import get_rendition_or_not_found
from wagtail.models import Page, Site

from home.cache import kept
from home.visibility import restricted_paths, visible

# The shape of the data is part of the key: a deploy that changes it never reads an old entry.
PREFIX = "chrome:4:"
# Nothing here changes with time alone; the limit only frees entries nobody asks for.
TIMEOUT = 60 * 60


def for_request(request, language=None):
    """The shared chrome for this request's site in `language` (the active one by default).

    Read at most once per request and language; built from the database at most once per
    generation, site and language.
    """
    language = language or translation.get_language() or settings.LANGUAGE_CODE
    memo = _memo(request)
    if language not in memo:
        memo[language] = _cached(request, language)
    return memo[language]


def index_url(request, model, locale_id):
    """The address of the first live, public index page of type `model` (the event calendar, the
    stories, the calls) in the language `locale_id`, or "" when there is none.

    A home-page section is in the chrome already (no query); one deeper in the tree is looked up.
    """
    if request is not None:
        shared = for_request(request)
        if shared.get("locale_id") == locale_id:
            content_type_id = ContentType.objects.get_for_model(model).pk  # kept in memory by Django
            for section in shared["sections"]:
                if section.get("content_type_id") == content_type_id:
                    return section["url"]
    index = first_index(model, locale_id)
    return (index.get_url(request) or "") if index else ""


def first_index(model, locale_id):
    """The first live, public page of type `model` in tree order in the language `locale_id`, or None:
    the index every "All …" link and feed of that kind points to."""
    return visible(model).filter(locale_id=locale_id).order_by("path").first()


def is_public(path, private_paths):
    """False for a page in a private section (`private_paths`: the chrome's), as `.public()` decides."""
    return not any(path.startswith(private) for private in private_paths)


def breadcrumbs(request, page):
    """The trail above `page` from its home page down, as [{"title", "url"}].

    Empty for a home page or a section (depth 3 or less): the template then shows none.
    Home pages and their live, public sections are in the chrome already; only a deeper trail
    (or one through a draft or private section) is queried.
    """
    if page.depth is None or page.depth < 4:
        return []
    shared = for_request(request)
    known = {item["path"]: item for item in [*shared["homes"].values(), *shared["sections"]]}
    step = Page.steplen
    paths = [page.path[: step * depth] for depth in range(2, page.depth)]
    if len(page.path) == step * page.depth and all(path in known for path in paths):
        return [{"title": known[path]["title"], "url": known[path]["url"]} for path in paths]
    return [
        {"title": ancestor.title, "url": ancestor.get_url(request)}
        for ancestor in page.get_ancestors().filter(depth__gt=1)
    ]


def _memo(request):
    if request is None:
        return {}
    memo = getattr(request, "_samspel_chrome", None)
    if memo is None:
        memo = request._samspel_chrome = {}
    return memo


def _site(request):
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    return site


def _cached(request, language):
    site = _site(request)
    key = f"{PREFIX}{site.pk if site else 0}:{language}"
    return kept(key, lambda: build(request, site, language), TIMEOUT)


def build(request, site, language):
    """The chrome from the database: a handful of queries, whatever the number of menu items."""
    from home.i18n import locale_ids as kept_locale_ids  # home.i18n imports this module
    from home.models import SiteSettings

    with translation.override(language):
        locale_ids = kept_locale_ids()
        private_paths = list(restricted_paths())
        # Not for_site(): it creates a missing row, and a write while rendering retires every cached page.
        site_settings = (
            (SiteSettings.objects.filter(site=site).first() or SiteSettings(site=site)) if site else None
        )
        homes, privacy_url = _homes_and_privacy(request, site, site_settings, locale_ids, language)
        home = homes.get(language)
        chrome = {
            "language": language,
            "locale_id": locale_ids.get(language),
            "site_id": site.pk if site else None,
            "private_paths": private_paths,
            "homes": homes,
            "home": home,
            "default_language": (site_settings.default_language if site_settings else "")
            or settings.LANGUAGE_CODE,
            "privacy_url": privacy_url,
        }
        chrome["sections"] = _sections(request, home, private_paths)
        chrome["menu"] = [section for section in chrome["sections"] if section["in_menu"]]
        # As Locale.get_active(): a language without a locale falls back to the default one.
        locale_id = locale_ids.get(language) or locale_ids.get(settings.LANGUAGE_CODE)
        chrome["footer"] = _footer(site_settings, locale_id)
    return chrome


def _page_data(page, request):
    return {
        "id": page.pk,
        "path": page.path,
        "depth": page.depth,
        "title": page.title,
        "url": page.get_url(request) or "",
    }


def _homes_and_privacy(request, site, site_settings, locale_ids, language):
    """Every language's home page, and the privacy notice's address in `language`: one query."""
    if site is None:
        return {}, ""
    privacy_id = site_settings.privacy_page_id if site_settings else None
    originals = Page.objects.filter(pk__in=[pk for pk in (site.root_page_id, privacy_id) if pk])
    pages = list(Page.objects.filter(translation_key__in=originals.values("translation_key")))
    by_pk = {page.pk: page for page in pages}
    root = by_pk.get(site.root_page_id)
    code_of = {locale_id: code for code, locale_id in locale_ids.items()}
    # As root_page.get_translation_or_none(locale) did: the translation, live or not.
    homes = {
        code_of[page.locale_id]: _page_data(page, request)
        for page in pages
        if root is not None and page.translation_key == root.translation_key and page.locale_id in code_of
    }
    privacy_url = ""
    privacy = by_pk.get(privacy_id)
    if privacy is not None:
        # As Wagtail's `.localized`: the live translation in this language, else the page itself.
        localized = next(
            (
                page
                for page in pages
                if page.translation_key == privacy.translation_key
                and page.locale_id == locale_ids.get(language)
                and page.live
            ),
            privacy,
        )
        privacy_url = localized.get_url(request) or ""
    return homes, privacy_url


def _sections(request, home, private_paths):
    """The home page's live, public children; the menu is those `.in_menu()` (as `.live().public()`)."""
    if home is None:
        return []
    children = Page.objects.filter(path__startswith=home["path"], depth=home["depth"] + 1, live=True)
    return [
        {**_page_data(page, request), "in_menu": page.show_in_menus, "content_type_id": page.content_type_id}
        for page in children.order_by("path")
        if is_public(page.path, private_paths)
    ]


def _footer(site_settings, locale_id):
    from wagtail.templatetags.wagtailcore_tags import richtext

    from home.choices import OrganisationRole
    from home.models import FooterText, Organisation

    footer_text = FooterText.objects.filter(locale_id=locale_id).first()
    funders = Organisation.objects.filter(locale_id=locale_id, role=OrganisationRole.FUNDER).values_list(
        "name", "url"
    )
    footer = {
        "body_html": str(richtext(footer_text.body)) if footer_text else "",
        "funding_statement": footer_text.funding_statement if footer_text else "",
        "has_text": footer_text is not None,
        "funders": [{"name": name, "url": url} for name, url in funders],
        "contact_email": "",
        "phone": "",
        "address": "",
        "social_links": [],
        "eu_emblem_html": "",
    }
    if site_settings is not None:
        footer.update(
            contact_email=site_settings.contact_email,
            phone=site_settings.phone,
            address=site_settings.address,
            social_links=site_settings.social_links,
        )
        if site_settings.eu_emblem_id:
            rendition = get_rendition_or_not_found(site_settings.eu_emblem, "max-320x120")
            footer["eu_emblem_html"] = str(
                rendition.img_tag(
                    {
                        "alt": translation.gettext("Interreg Sweden-Norway, co-funded by the European Union"),
                        "class": "eu-emblem",
                    }
                )
            )
    return footer
