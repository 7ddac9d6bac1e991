from django.urls import path
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from events.admin_views import recurrence_catalog
from events.models import EventCategory, Venue
from events.services.sections import activity_section, home_section
from home.sections import ACTIVITY_SECTIONS_HOOK, HOME_SECTIONS_HOOK
from home.timeline import TIMELINE_HOOK


class VenueViewSet(SnippetViewSet):
    model = Venue
    icon = "site"
    list_display = ["name", "town", "country"]
    list_filter = ["country"]
    search_fields = ["name", "town"]


class EventCategoryViewSet(SnippetViewSet):
    model = EventCategory
    icon = "tag"
    list_display = ["name", "slug"]


register_snippet(VenueViewSet)
register_snippet(EventCategoryViewSet)


@hooks.register("register_admin_urls")
def register_recurrence_catalog():
    return [path("events/recurrence-i18n.js", recurrence_catalog, name="events_recurrence_catalog")]


@hooks.register(HOME_SECTIONS_HOOK)
def upcoming_events_on_home(page, request):
    return [home_section(page, request)]


@hooks.register(ACTIVITY_SECTIONS_HOOK)
def upcoming_events_on_activity(page, request):
    return [activity_section(page, request)]


@hooks.register("register_page_header_buttons")
def registrations_button(page, user, view_name, next_url=None):
    """From an event in the editor to its registration lists (one per date), for staff who may see them."""
    from django.urls import reverse
    from django.utils.translation import gettext as _
    from wagtail.admin.widgets import Button

    from events.models import EventPage
    from residencies.staff.permissions import sees_all

    if page.specific_class is EventPage and sees_all(user):
        url = reverse("residencies_intakes:index") + f"?page={page.translation_key}"
        yield Button(_("Registrations"), url, icon_name="form", priority=80)


@hooks.register("construct_homepage_panels")
def upcoming_events_panel(request, panels):
    from events.dashboard import UpcomingEventsPanel
    from home.dashboard import can_edit_pages

    if can_edit_pages(request.user):
        panels.append(UpcomingEventsPanel())


@hooks.register(TIMELINE_HOOK)
def events_on_timeline(year, request):
    from events.dashboard import timeline_items

    return timeline_items(year, request)


@hooks.register("samspel_demo_content")
def demo_events(demo):
    from events.demo import load_demo_events

    load_demo_events(demo.pages["home"]["sv"], demo.pages["home"]["nb"], demo.pages)
