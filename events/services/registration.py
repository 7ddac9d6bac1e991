"""Where registration stands for each shown date of an event, for many events at once.

Listing badges, the event page's dates and JSON-LD all read `availability_for()`, which
costs two queries whatever the number of events: one for the admission rules of every
event (the list's rules page, see residencies.models.Intake.rules_page), one for the
places taken on every list. The rules themselves (window, places, per-date changes) are
the event's (events.models.registration) and the shared mechanism's (residencies/);
the real check on places happens under the lock in residencies.services.submit().
"""

import copy
from dataclasses import dataclass, replace
from datetime import datetime

from django.conf import settings
from django.db.models import Count, OuterRef, Q, Subquery
from django.utils import timezone
from wagtail.coreutils import get_supported_content_language_variant

from events.choices import RegistrationState
from residencies.choices import IntakePolicy, SubmissionStatus
from residencies.models import Intake, IntakeState

# The admission settings a listed event carries from its rules page.
RULE_FIELDS = (
    "intake_policy",
    "intake_places",
    "intake_waiting_list",
    "intake_opens_at",
    "intake_closes_at",
    "intake_zone",
    "registration_closes_hours_before",
)
# From this many places left down, the badge counts them ("3 places left").
FEW_PLACES = 10
SCHEMA = "https://schema.org/"


@dataclass(frozen=True)
class Availability:
    state: str  # a RegistrationState value
    places: int | None  # None: no limit
    places_left: int | None
    waiting: int
    opens_at: datetime | None
    closes_at: datetime | None
    waiting_list: bool
    url: str = ""  # the form for this date, where the page asks for it

    @property
    def can_register(self):
        return self.state in (RegistrationState.OPEN, RegistrationState.WAITING_LIST)

    @property
    def label(self):
        return RegistrationState(self.state).label

    @property
    def few_left(self):
        return (
            self.state == RegistrationState.OPEN
            and self.places_left is not None
            and self.places_left <= FEW_PLACES
        )

    @property
    def schema_availability(self):
        """schema.org's word for it: offers.availability in the event's JSON-LD."""
        if self.state == RegistrationState.NOT_YET_OPEN:
            return SCHEMA + "PreOrder"
        if self.state == RegistrationState.CLOSED:
            return SCHEMA + "OutOfStock"
        if self.state in (RegistrationState.FULL, RegistrationState.WAITING_LIST):
            return SCHEMA + "SoldOut"
        return SCHEMA + ("LimitedAvailability" if self.few_left else "InStock")


def list_key(event, occurrence_start):
    """The occurrence a date's list is kept under: None for a single event's one list."""
    return occurrence_start if event.intake_per_occurrence else None


def rules_for_events(events):
    """{event pk: the event with its list's admission settings}, in one query.

    Settings come from the list's rules page (the translation source, else the default
    language); dates and per-date changes are synchronised, so the event's own are used.
    """
    from wagtail_localize.models import TranslationSource

    from events.models import EventPage

    events = list(events)
    if not events:
        return {}
    source = TranslationSource.objects.filter(object_id=OuterRef("translation_key")).values("locale_id")[:1]
    rows = (
        EventPage.objects.filter(translation_key__in={e.translation_key for e in events})
        .annotate(source_locale=Subquery(source))
        .values("pk", "translation_key", "locale_id", "locale__language_code", "source_locale", *RULE_FIELDS)
    )
    default = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    chosen = {}
    for row in rows:
        rank = (row["locale_id"] != row["source_locale"], row["locale__language_code"] != default, row["pk"])
        current = chosen.get(row["translation_key"])
        if current is None or rank < current[0]:
            chosen[row["translation_key"]] = (rank, row)
    result = {}
    for event in events:
        if event.translation_key not in chosen:
            result[event.pk] = event  # a preview of a page not saved yet
            continue
        row = chosen[event.translation_key][1]
        if row["pk"] == event.pk and not set(RULE_FIELDS) & event.get_deferred_fields():
            # The rules page itself, fully loaded: as it is (a preview shows the settings being edited).
            result[event.pk] = event
            continue
        rules = copy.copy(event)
        for name in RULE_FIELDS:
            setattr(rules, name, row[name])
        result[event.pk] = rules
    return result


def taken_places(translation_keys):
    """{(translation key, occurrence or None): (confirmed, waiting)} in one query."""
    keys = set(translation_keys)
    if not keys:
        return {}
    rows = (
        Intake.objects.filter(translation_key__in=keys)
        .values("translation_key", "occurrence")
        .annotate(
            confirmed=Count("submissions", filter=Q(submissions__status=SubmissionStatus.CONFIRMED)),
            waiting=Count("submissions", filter=Q(submissions__status=SubmissionStatus.WAITING)),
        )
        .order_by()
    )
    return {(r["translation_key"], r["occurrence"]): (r["confirmed"], r["waiting"]) for r in rows}


def availability(rules, key, counts, now):
    """One list's Availability, or None when the date takes no registration."""
    state = rules.intake_state(key, now=now)
    if state == IntakeState.DISABLED:
        return None
    opens, closes = rules.intake_window(key)
    confirmed, waiting = counts.get((rules.translation_key, key), (0, 0))
    places = rules.intake_capacity(key)
    left = None if places is None else max(0, places - confirmed)
    if state == IntakeState.NOT_YET_OPEN:
        result = RegistrationState.NOT_YET_OPEN
    elif state != IntakeState.OPEN:
        result = RegistrationState.CLOSED
    elif left == 0:
        result = RegistrationState.WAITING_LIST if rules.intake_waiting_list else RegistrationState.FULL
    else:
        result = RegistrationState.OPEN
    return Availability(
        state=result,
        places=places,
        places_left=left,
        waiting=waiting,
        opens_at=opens,
        closes_at=closes,
        waiting_list=rules.intake_waiting_list,
    )


def availability_for(occurrences, now=None, request=None, with_urls=False, rules=None):
    """The occurrences again, each with `.registration` set (an Availability or None).

    `rules` is rules_for_events() of their events, if the caller has it already.
    """
    occurrences = list(occurrences)
    if not occurrences:
        return occurrences
    now = now or timezone.now()
    if rules is None:
        rules = rules_for_events({o.event.pk: o.event for o in occurrences}.values())
    enabled = {r.translation_key for r in rules.values() if r.intake_policy != IntakePolicy.NONE}
    counts = taken_places(enabled)
    result = []
    for occurrence in occurrences:
        event_rules = rules[occurrence.event.pk]
        found = None
        if event_rules.intake_policy != IntakePolicy.NONE:
            key = list_key(occurrence.event, occurrence.start)
            found = availability(event_rules, key, counts, now)
            if found is not None and with_urls and found.can_register:
                found = replace(found, url=occurrence.event.intake_form_url(key, request))
        result.append(replace(occurrence, registration=found))
    return result
