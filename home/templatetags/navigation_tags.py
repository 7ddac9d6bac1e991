from django import template
from django.utils import translation
from django.utils.safestring import mark_safe
from wagtail.models import Page

from home import chrome, i18n
from home.cache import kept

register = template.Library()
register.filter("localized", i18n.localized)

# The shape of an entry is part of the key: a deploy that changes it never reads an old one.
ALTERNATES_PREFIX = "alternates:1:"


@register.simple_tag(takes_context=True)
def page_alternates(context):
    """Every site language with this page's URL in it (see home.i18n.alternates).

    The head, the switcher and some page templates ask: worked out once per request and page.
    """
    request = context.get("request")
    page = context.get("page")
    page = page if isinstance(page, Page) else None
    # A new page's preview has no pk yet: it must not share the entry of "no page".
    key = (None if page is None else ("page", page.pk), translation.get_language())
    memo = getattr(request, "_samspel_alternates", None) if request is not None else None
    if memo is None:
        memo = {}
        if request is not None:
            request._samspel_alternates = memo
    if key not in memo:
        memo[key] = _alternates(request, page)
    return memo[key]


def _alternates(request, page):
    """A live page's other languages are the same for every visitor until content changes: kept
    under the generation (home.cache.kept) per site, page and language. Not for previews, whose
    page is a draft, nor for views that are not pages (their addresses come from the request)."""
    if request is None or page is None or page.pk is None or getattr(request, "is_preview", False):
        return i18n.alternates(request, page)
    language = translation.get_language()
    site_id = chrome.for_request(request).get("site_id")
    return kept(f"{ALTERNATES_PREFIX}{site_id}:{page.pk}:{language}", lambda: i18n.alternates(request, page))


@register.simple_tag(takes_context=True)
def locale_home(context):
    request = context.get("request")
    return i18n.home_page_for_locale(request, translation.get_language())


@register.simple_tag(takes_context=True)
def locale_home_url(context):
    """The home page's address in the active language, or '' if it has none."""
    home = chrome.for_request(context.get("request"))["home"]
    return home["url"] if home else ""


@register.inclusion_tag("navigation/main_menu.html", takes_context=True)
def main_menu(context):
    request = context.get("request")
    current = context.get("page")
    current_path = current.path if isinstance(current, Page) else ""
    return {
        "request": request,
        "items": [
            {**item, "active": bool(current_path) and current_path.startswith(item["path"])}
            for item in chrome.for_request(request)["menu"]
        ],
    }


@register.inclusion_tag("navigation/footer.html", takes_context=True)
def site_footer(context):
    request = context.get("request")
    shared = chrome.for_request(request)
    footer = dict(shared["footer"])
    # Prepared (and escaped) once when the chrome was built; kept as plain strings in the cache.
    footer["body_html"] = mark_safe(footer["body_html"])  # noqa: S308
    footer["eu_emblem_html"] = mark_safe(footer["eu_emblem_html"])  # noqa: S308
    return {"request": request, "footer": footer, "privacy_url": shared["privacy_url"]}


@register.simple_tag(takes_context=True)
def page_breadcrumbs(context):
    """The trail above the page being shown (see home.chrome.breadcrumbs); [] for none."""
    page = context.get("page")
    if not isinstance(page, Page):
        return []
    return chrome.breadcrumbs(context.get("request"), page)
