"""Upcoming events for the home page and for programme activity pages (home.sections slots)."""

from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model

from events.models import EventIndexPage
from events.services.listing import LISTING_FIELDS
from events.services.localise import localise_related
from events.services.occurrence_index import next_per_event
from events.services.occurrences import attach_exceptions
from events.services.queries import visible_events
from home.chrome import index_url
from home.sections import Section

CARD_IMAGE = "fill-480x300"
HOME_LIMIT = 3
ACTIVITY_LIMIT = 6


def _load_cards(queryset):
    events = list(
        queryset.only(*LISTING_FIELDS, "image", "image_alt")
        .select_related("venue", "category")
        .prefetch_related(
            Prefetch("image", queryset=get_image_model().objects.prefetch_renditions(CARD_IMAGE)),
        )
    )
    return attach_exceptions(localise_related(events, names=("venue", "category")))


def upcoming_cards(queryset, limit, now=None):
    """The next occurrence of each of the soonest `limit` events, cancelled dates skipped."""
    return next_per_event(queryset, now or timezone.now(), limit, _load_cards)


def home_section(page, request):
    return Section(
        "events",
        _("Upcoming events"),
        items=upcoming_cards(visible_events(locale_id=page.locale_id), HOME_LIMIT),
        card_template="events/event_card.html",
        more_url=index_url(request, EventIndexPage, page.locale_id),
        more_label=_("All events"),
        empty_text=_(
            "No events are scheduled right now. New seminars and network meetings are announced here."
        ),
    )


def activity_section(page, request):
    events = visible_events(locale_id=page.locale_id).filter(activity__translation_key=page.translation_key)
    return Section(
        "events",
        _("Upcoming events"),
        items=upcoming_cards(events, ACTIVITY_LIMIT),
        card_template="events/event_card.html",
        more_url=index_url(request, EventIndexPage, page.locale_id),
        more_label=_("All events"),
    )
