"""The admin dashboard's events panel and the events on the editors' timeline.

Both show each event once, in the editor's language where it is translated; the panel
only events the editor may edit, the timeline all of them (their dates are public).
A fixed number of queries whatever the number of events: the events, their date
changes, their admission rules and the places taken.
"""

from datetime import date, datetime, time, timedelta

from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.permission_policies.pages import PagePermissionPolicy

from events.choices import RegistrationState
from events.models import EventPage
from events.services.listing import LISTING_FIELDS, year_months
from events.services.occurrences import attach_exceptions, expand
from events.services.queries import not_finished_q
from events.services.registration import availability_for
from residencies.staff.permissions import sees_all

HORIZON = timedelta(days=60)
LIMIT = 10
# Page fields the permission check and the choice of language read besides the listing's.
EXTRA_FIELDS = ("owner", "locale")


def one_per_event(user, queryset, language_code, editable_only=True):
    """The events of `queryset`, each once: a version `user` may edit first, then `language_code`'s.

    Each carries `.editable`; with `editable_only`, those `user` may not edit are left out.
    """
    policy = PagePermissionPolicy()
    chosen = {}
    for event in queryset.only(*LISTING_FIELDS, *EXTRA_FIELDS).select_related("locale").order_by("pk"):
        event.editable = policy.user_has_permission_for_instance(user, "change", event)
        if editable_only and not event.editable:
            continue
        rank = (not event.editable, event.locale.language_code != language_code, event.pk)
        if event.translation_key not in chosen or rank < chosen[event.translation_key][0]:
            chosen[event.translation_key] = (rank, event)
    return attach_exceptions(event for _rank, event in chosen.values())


def upcoming_dates(user, language_code=None, now=None, limit=LIMIT):
    """The next `limit` dates within HORIZON, each with `.registration` (an Availability or None)."""
    now = now or timezone.now()
    queryset = EventPage.objects.live().filter(not_finished_q(now), start__lt=now + HORIZON)
    events = one_per_event(user, queryset, language_code or translation.get_language())
    dates = [o for o in expand(events, now, now + HORIZON) if not o.is_cancelled][:limit]
    return availability_for(dates, now)


def event_row(occurrence, user_sees_registrations):
    event, registration = occurrence.event, occurrence.registration
    return {
        "occurrence": occurrence,
        "event": event,
        "registration": registration,
        "full": registration is not None
        and registration.state in (RegistrationState.FULL, RegistrationState.WAITING_LIST),
        "edit_url": reverse("wagtailadmin_pages:edit", args=[event.pk]),
        "registrations_url": reverse("residencies_intakes:index") + f"?page={event.translation_key}"
        if registration is not None and user_sees_registrations
        else "",
    }


class UpcomingEventsPanel(Component):
    name = "samspel_upcoming_events"
    template_name = "events/admin/dashboard_events.html"
    order = 110

    def get_context_data(self, parent_context):
        user = parent_context["request"].user
        see = sees_all(user)
        return {
            "heading": _("Upcoming events"),
            "rows": [event_row(o, see) for o in upcoming_dates(user)],
            "horizon_days": HORIZON.days,
        }


def timeline_items(year, request):
    """Each event once per month it happens in, with its other dates that month (as the year overview)."""
    from home.timeline import TimelineItem

    user = request.user
    zone = timezone.get_current_timezone()
    after = datetime.combine(date(year, 1, 1), time(0), zone)
    before = datetime.combine(date(year + 1, 1, 1), time(0), zone)
    queryset = EventPage.objects.live().filter(not_finished_q(after), start__lt=before)
    # The programme's dates are no secret: everyone sees them, editors get a link to edit theirs.
    events = one_per_event(user, queryset, translation.get_language(), editable_only=False)
    items = []
    for month in year_months(expand(events, after, before), year):
        for entry in month["entries"]:
            event, dates = entry["event"], [o for o in entry["dates"] if not o.is_cancelled]
            if not dates:
                continue
            first = dates[0]
            items.append(
                TimelineItem(
                    when=first.start.date() if first.all_day else first.start,
                    kind="event",
                    label=str(_("Event")),
                    title=event.title,
                    edit_url=reverse("wagtailadmin_pages:edit", args=[event.pk]) if event.editable else "",
                    url=event.get_url(request) or "",
                    zone=event.time_zone,
                    more=tuple(o.start.date() if o.all_day else o.start for o in dates[1:]),
                    note=str(event.get_status_display()) if event.is_cancelled else "",
                )
            )
    return items
