from django import template

from stories.services.metadata import (
    OG_LOCALES,
    article_json_ld,
    json_ld_script,
    page_language,
    share_image,
    site_root,
)

register = template.Library()


@register.inclusion_tag("stories/includes/article_meta.html", takes_context=True)
def article_meta(context, page):
    """Open Graph, Twitter card and JSON-LD for an article page (goes in {% block meta %})."""
    request = context["request"]
    url = page.get_full_url(request)
    root = site_root(page)
    language = page_language(page, root)
    image = share_image(page, request, url)
    return {
        "request": request,
        "page": page,
        "image": image,
        "url": url,
        "og_locale": OG_LOCALES.get(language, language),
        "og_locales": OG_LOCALES,
        "json_ld": json_ld_script(article_json_ld(page, request, image, url, root)),
    }
