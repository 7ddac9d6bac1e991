from django import template

from stories.services.metadata import OG_LOCALES, article_json_ld, json_ld_script, share_image

register = template.Library()


@register.inclusion_tag("stories/includes/article_meta.html", takes_context=True)
def article_meta(context, page):
    """Open Graph, Twitter card and JSON-LD for an article page (goes in {% block meta %})."""
    request = context["request"]
    image = share_image(page, request)
    return {
        "request": request,
        "page": page,
        "image": image,
        "url": page.get_full_url(request),
        "og_locale": OG_LOCALES.get(page.locale.language_code, page.locale.language_code),
        "og_locales": OG_LOCALES,
        "json_ld": json_ld_script(article_json_ld(page, request, image)),
    }
