from django import template
from django.utils import translation
from wagtail.models import Locale, Page, Site

from home import i18n
from home.choices import OrganisationRole
from home.models import FooterText, Organisation, SiteSettings

register = template.Library()


def _site(request):
    return Site.find_for_request(request) if request else None


@register.simple_tag(takes_context=True)
def page_alternates(context):
    """Every site language with this page's URL in it (see home.i18n.alternates)."""
    request = context.get("request")
    page = context.get("page")
    if "_alternates" not in context.render_context:
        context.render_context["_alternates"] = i18n.alternates(
            request, page if isinstance(page, Page) else None
        )
    return context.render_context["_alternates"]


@register.simple_tag(takes_context=True)
def locale_home(context):
    request = context.get("request")
    return i18n.home_page_for_locale(request, translation.get_language())


@register.inclusion_tag("navigation/main_menu.html", takes_context=True)
def main_menu(context):
    request = context.get("request")
    home = i18n.home_page_for_locale(request, translation.get_language())
    items = home.get_children().live().public().in_menu() if home else Page.objects.none()
    current = context.get("page")
    current_path = current.path if isinstance(current, Page) else ""
    return {
        "request": request,
        "home": home,
        "items": [
            {"page": item, "active": bool(current_path) and current_path.startswith(item.path)}
            for item in items
        ],
    }


@register.inclusion_tag("navigation/footer.html", takes_context=True)
def site_footer(context):
    request = context.get("request")
    site = _site(request)
    locale = Locale.get_active()
    settings_obj = SiteSettings.for_site(site) if site else None
    privacy_page = None
    if settings_obj and settings_obj.privacy_page_id:
        privacy_page = settings_obj.privacy_page.localized
    return {
        "request": request,
        "site_settings": settings_obj,
        "privacy_page": privacy_page,
        "footer_text": FooterText.objects.filter(locale=locale).first(),
        "funders": Organisation.objects.filter(locale=locale, role=OrganisationRole.FUNDER).select_related(
            "logo"
        ),
    }
