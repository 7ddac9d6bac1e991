from django import template
from wagtail.models import Site

from home.models import SiteSettings

register = template.Library()


@register.simple_tag(takes_context=True)
def privacy_notice_url(context):
    """The site's privacy notice in the visitor's language, for the consent box of a form; '' if none."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    settings_obj = SiteSettings.for_site(site) if site else None
    if not settings_obj or not settings_obj.privacy_page_id:
        return ""
    return settings_obj.privacy_page.localized.get_url(request) or ""
