"""How an event takes registrations: the shared mechanism (residencies/) with the event's own rules.

A single event has one list; a recurring event has one list per occurrence, each with the
event's number of places (or a date's own, see OccurrenceException). Registration for a
date closes when it starts, or earlier if the editor says so, and is off for a cancelled
date, a date the editor switched it off for, and a cancelled or postponed event.
"""

from datetime import timedelta

from django.db import models
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, MultiFieldPanel
from wagtail_localize.fields import SynchronizedField

from events.choices import EventStatus
from residencies.choices import IntakePolicy
from residencies.models import IntakePageMixin, IntakeSettingsMixin, IntakeState

EVENT_POLICIES = [
    (IntakePolicy.NONE, _("No registration")),
    (IntakePolicy.FIRST_COME, _("Registration: first come, first served")),
]
# How far ahead staff may add people to, or move them to, a date of a recurring event.
STAFF_CHOICE_LIMIT = 60


class EventRegistrationMixin(IntakePageMixin):
    intake_fields = ("name", "email", "organisation", "country")
    # Country feeds the programme's reporting (Sweden / Norway / other).
    intake_required_fields = ("name", "email", "country")
    intake_form_template = "events/registration_form.html"
    # Those staff mark as attended count in the report to the funders.
    intake_counts_participation = True

    intake_policy = models.CharField(
        _("registration"),
        max_length=20,
        choices=EVENT_POLICIES,
        default=IntakePolicy.NONE,
        help_text=_(
            "Whether visitors sign up on the event's page. First come, first served: places go in order "
            "of registration."
        ),
    )
    registration_closes_hours_before = models.PositiveIntegerField(
        _("closes hours before each date"),
        default=0,
        help_text=_(
            "Registration for each date closes this many hours before it starts (0: when it starts). "
            "A closing time above applies as well."
        ),
    )

    registration_panels = [
        HelpPanel(
            content=_(
                "A repeating event has one list per date, each with this number of places. "
                "Under “Changes to single dates” you can give one date other places or no registration."
            )
        ),
        MultiFieldPanel(
            [
                FieldPanel("intake_policy"),
                FieldRowPanel([FieldPanel("intake_places"), FieldPanel("intake_waiting_list")]),
                FieldRowPanel([FieldPanel("intake_opens_at"), FieldPanel("intake_closes_at")]),
                FieldRowPanel([FieldPanel("registration_closes_hours_before"), FieldPanel("intake_zone")]),
                FieldPanel("intake_notify_email"),
                FieldPanel("intake_retention_days"),
            ],
            heading=_("Registration"),
        ),
        FieldPanel("intake_questions"),
    ]
    registration_synchronised_fields = [
        *IntakeSettingsMixin.intake_synchronised_fields,
        SynchronizedField("registration_closes_hours_before", overridable=False),
    ]

    class Meta:
        abstract = True

    # --- The mechanism's hooks --------------------------------------------------------------

    @property
    def intake_per_occurrence(self):
        """One list per date for a repeating event; one list for a single event."""
        return self.is_recurring

    def intake_occurrence_is_valid(self, occurrence):
        from events.services.occurrences import occurrences

        # A second either side: an occurrence that takes no time still overlaps the window.
        found = occurrences(
            self, after=occurrence - timedelta(seconds=1), before=occurrence + timedelta(seconds=1)
        )
        return any(o.start == occurrence for o in found)

    def registration_start(self, occurrence=None):
        """When the list's date begins: the occurrence, or a single event's start."""
        return occurrence or self.start

    def intake_window(self, occurrence=None):
        opens, closes = super().intake_window(occurrence)
        start = self.registration_start(occurrence)
        deadline = start - timedelta(hours=self.registration_closes_hours_before or 0)
        closes = min(closes, deadline) if closes else deadline
        return opens, closes

    def intake_promotes(self, occurrence, now):
        # Nobody wants a place that frees up after the event has begun.
        return now < self.registration_start(occurrence)

    def registration_exception(self, occurrence):
        if occurrence is None:
            return None
        return self.exceptions_by_date.get(occurrence.astimezone(self.zone).date())

    def intake_capacity(self, occurrence=None):
        exception = self.registration_exception(occurrence)
        if exception is not None and exception.registration_places:
            return exception.registration_places
        return self.intake_places

    def intake_state(self, occurrence=None, now=None):
        state = super().intake_state(occurrence, now)
        if state == IntakeState.DISABLED:
            return state
        exception = self.registration_exception(occurrence)
        if exception is not None and exception.registration_closed:
            return IntakeState.DISABLED
        if self.status in (EventStatus.CANCELLED, EventStatus.POSTPONED) or (
            exception and exception.cancelled
        ):
            return IntakeState.CLOSED
        return state

    def intake_occurrence_choices(self, now=None):
        from events.services.occurrences import next_occurrences

        if not self.is_recurring:
            return []
        now = now or timezone.now()
        return [
            (o.start, formats.date_format(o.start, "SHORT_DATETIME_FORMAT"))
            for o in next_occurrences(self, now, limit=STAFF_CHOICE_LIMIT)
            if not o.cancelled
        ]

    def intake_email_attachments(self, submission, kind):
        """The date someone has a place on, as an .ics file for their calendar."""
        from events.registration_calendar import registration_calendar
        from residencies.choices import EmailKind

        if kind not in (EmailKind.CONFIRMED, EmailKind.PROMOTED):
            return []
        occurrence = submission.intake.occurrence
        filename = f"{self.slug}-{self.registration_start(occurrence).astimezone(self.zone):%Y%m%d}.ics"
        body = registration_calendar(self, occurrence, submission.language)
        return [(filename, body, "text/calendar")]
