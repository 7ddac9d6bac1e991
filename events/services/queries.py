"""Which events anyone may see, expressed as querysets (no Python-side filtering, no extra queries)."""

from datetime import timedelta

from django.db.models import Q

from events.choices import EventStatus
from events.models import EventPage
from home.visibility import visible

# A cancelled event stays in feeds this long after it would have ended, so subscribers see it go.
KEEP_CANCELLED = timedelta(days=30)
# Past events stay in feeds for a year: subscribers keep their history.
KEEP_PAST = timedelta(days=365)


def visible_events(language_code=None, locale_id=None):
    """Live, public events in one language."""
    queryset = visible(EventPage)
    if locale_id is not None:
        queryset = queryset.filter(locale_id=locale_id)
    elif language_code is not None:
        queryset = queryset.filter(locale__language_code=language_code)
    return queryset


def not_finished_q(now):
    return Q(series_end__isnull=True) | Q(series_end__gt=now)


def in_feed_q(now):
    """Events a calendar feed carries on `now`."""
    cancelled = Q(status=EventStatus.CANCELLED)
    return (
        Q(series_end__isnull=True)
        | (cancelled & Q(series_end__gte=now - KEEP_CANCELLED))
        | (~cancelled & Q(series_end__gte=now - KEEP_PAST))
    )
