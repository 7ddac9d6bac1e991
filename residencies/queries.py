"""Small read-only questions other apps ask about calls (events imports this; residencies imports no app).

`open_call_deadlines(locale)` feeds call deadlines into the events calendar; the home
and activity page sections come from `home_calls` and `activity_calls`.
"""

from dataclasses import dataclass
from datetime import datetime

from home.chrome import first_index
from residencies.choices import CallStatus


@dataclass(frozen=True)
class CallDeadline:
    title: str
    url: str  # absolute when the site is known, else root-relative
    opens_at: datetime | None  # aware, UTC
    closes_at: datetime  # aware, UTC
    tz: str  # IANA zone the deadline is stated in, e.g. "Europe/Stockholm"
    status: str  # CallStatus value: "open" or "upcoming"
    # Shared by the Swedish and Norwegian versions of one call: a stable calendar UID.
    key: str
    last_modified: datetime | None


def open_call_deadlines(locale, closed_since=None):
    """Live, public calls in `locale` whose window is open or upcoming and that have a deadline.

    With `closed_since`, also those whose deadline passed after it (a calendar feed keeps
    them a while, so they do not vanish from subscribers' calendars the moment they close).
    Soonest deadline first. Nothing about applicants, ever.
    """
    from residencies.services.calls import listed_calls

    statuses = (CallStatus.OPEN, CallStatus.UPCOMING)
    if closed_since is not None:
        statuses += (CallStatus.CLOSED, CallStatus.DECIDED)
    deadlines = [
        CallDeadline(
            title=call.title,
            url=call.get_full_url() or call.get_url() or "",
            opens_at=call.intake_opens_at,
            closes_at=call.intake_closes_at,
            tz=call.intake_zone,
            status=str(call.call_status),
            key=str(call.translation_key),
            last_modified=call.last_published_at,
        )
        for call in listed_calls(locale, statuses=statuses, images=False)
        if call.intake_closes_at and (closed_since is None or call.intake_closes_at >= closed_since)
    ]
    return sorted(deadlines, key=lambda d: (d.closes_at, d.title))


def home_calls(locale, limit=4):
    """Open calls first (soonest deadline first), then upcoming ones."""
    from residencies.services.calls import listed_calls

    return listed_calls(locale, statuses=(CallStatus.OPEN, CallStatus.UPCOMING), limit=limit)


def activity_calls(activity, limit=6):
    """The calls of one programme activity in its language: open, upcoming, then recent closed ones."""
    from residencies.services.calls import listed_calls

    return listed_calls(activity.locale_id, activity=activity, limit=limit)


def call_index_for(locale):
    """The calls' index page in this language: the one the home page's "All calls" link goes to."""
    from residencies.models import CallIndexPage

    return first_index(CallIndexPage, locale.pk)
