"""Which language a visitor gets, and where the same page lives in the other languages."""

from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from django.utils.translation.trans_real import parse_accept_lang_header
from wagtail.models import Page, Site

from home import chrome


def locale_ids():
    """{language code: locale id} of every locale, kept under the generation: no query each time."""
    from wagtail.models import Locale

    from home.cache import kept

    return kept("locales:1", lambda: dict(Locale.objects.values_list("language_code", "id")))


def active_locale_id():
    """`Locale.get_active().pk` without a query each time."""
    from wagtail.coreutils import get_supported_content_language_variant
    from wagtail.models import Locale

    try:
        return locale_ids()[get_supported_content_language_variant(translation.get_language())]
    except (KeyError, LookupError):
        return Locale.get_active().pk  # Wagtail's own fallback, for a language without a locale


def localized(obj):
    """Wagtail's `obj.localized`, without its query for the active locale when `obj` is already in it.

    Chosen pages and snippets usually are (wagtail-localize points a translation's links to the
    translated objects), so the usual case costs nothing.
    """
    if obj is None or obj.locale_id == active_locale_id():
        return obj
    return obj.localized


def live_translations(pages, locale_id):
    """{translation key: the live page in `locale_id`} for those of `pages` in another language.

    One query, and none when every page is in `locale_id` already: the usual case, since
    wagtail-localize points a translation's links to the translated pages. Callers show a page
    without an entry as it is. Plain pages, not their specific types: callers show only their
    addresses, and `.specific()` would cost a query more.
    """
    keys = {page.translation_key for page in pages if page.locale_id != locale_id}
    if not keys:
        return {}
    return {
        page.translation_key: page
        for page in Page.objects.live().filter(translation_key__in=keys, locale_id=locale_id)
    }


def language_codes():
    return [code for code, _name in settings.LANGUAGES]


def site_default_language(request):
    from home.models import SiteSettings

    if request is None or Site.find_for_request(request) is None:
        return settings.LANGUAGE_CODE
    # for_request keeps the settings on the request. Pages read the default from home.chrome instead.
    return SiteSettings.for_request(request).default_language or settings.LANGUAGE_CODE


def preferred_language(request):
    """The visitor's language: their cookie, then Accept-Language, then the site's default.

    Norwegian in any written form and Danish map to Bokmål (settings.LANGUAGE_ALIASES).
    """
    codes = language_codes()
    cookie = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
    if cookie in codes:
        return cookie
    for tag, _quality in parse_accept_lang_header(request.headers.get("Accept-Language", "")):
        if tag == "*":
            break
        code = settings.LANGUAGE_ALIASES.get(tag.split("-")[0].lower())
        if code in codes:
            return code
    return site_default_language(request)


def home_page_for_locale(request, language_code):
    # Header, menu, switcher and footer all ask: remember the answer for the request.
    cache = getattr(request, "_home_pages_by_language", None) if request is not None else None
    if cache is not None and language_code in cache:
        return cache[language_code]
    found = chrome.for_request(request)["homes"].get(language_code)
    home = Page.objects.filter(pk=found["id"]).first() if found else None
    if request is not None:
        if cache is None:
            cache = request._home_pages_by_language = {}
        cache[language_code] = home
    return home


def _is_language_neutral_view(request):
    """True for a named view that is not Wagtail's page server.

    A Wagtail URL rendered without a page is a 404: it has no version in another language.
    """
    match = getattr(request, "resolver_match", None)
    return match is not None and match.url_name != "wagtail_serve"


def nearest_translated_ancestor(page, language_code, private_paths=None):
    """The deepest ancestor of `page` with a live, public version in `language_code`, or None.

    A page that exists in one language only (a story told only in Swedish) then switches to its
    section in the other language (the story index), not all the way back to the home page.
    `private_paths` (the chrome's) spares the query for the private sections.
    """
    ancestors = page.get_ancestors().filter(depth__gt=1).values("translation_key")
    candidates = Page.objects.filter(
        translation_key__in=ancestors, locale__language_code=language_code
    ).live()
    if private_paths is None:
        return candidates.public().order_by("-depth").first()
    return next(
        (p for p in candidates.order_by("-depth") if chrome.is_public(p.path, private_paths)),
        None,
    )


def alternates(request, page=None):
    """One entry per site language: the URL of this page in that language.

    `exists` is False where the page has no live translation; its URL is then the nearest
    translated section in that language (`fallback` "section") or its home page ("home"), so a
    switcher never leads to a 404.
    """
    current = translation.get_language()
    shared = chrome.for_request(request)
    by_language = {}
    if page is not None and getattr(page, "translation_key", None):
        # Live, and public as `.public()` decides, from the chrome's private sections: no query for them.
        translations = (
            Page.objects.filter(translation_key=page.translation_key).live().select_related("locale")
        )
        by_language = {
            p.locale.language_code: p
            for p in translations
            if chrome.is_public(p.path, shared["private_paths"])
        }
    entries = []
    for code, name in settings.LANGUAGES:
        fallback = ""
        translated = by_language.get(code)
        if translated is not None:
            url, exists = translated.get_url(request), True
        elif page is None and _is_language_neutral_view(request):
            # A view that is not a page (search, feeds...) exists in every language.
            url, exists = translate_url(request.get_full_path(), code), True
        else:
            home = shared["homes"].get(code)
            url, exists, fallback = (home["url"] if home else f"/{code}/"), False, "home"
            section = (
                nearest_translated_ancestor(page, code, shared["private_paths"])
                if page is not None and page.pk
                else None
            )
            if section is not None and (home is None or section.pk != home["id"]):
                url, fallback = section.get_url(request), "section"
        entries.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "exists": exists,
                "fallback": fallback,
                "current": code == current,
                "x_default": False,
            }
        )
    # x-default: the version in the site's default language, or the first that exists.
    existing = [e for e in entries if e["exists"]]
    if existing:
        default_code = shared["default_language"]
        default = next((e for e in existing if e["code"] == default_code), existing[0])
        default["x_default"] = True
    return entries
