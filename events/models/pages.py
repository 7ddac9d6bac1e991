"""The event page: one event, single or repeating (the calendar page is events.models.index)."""

import hashlib
import json
from datetime import UTC
from zoneinfo import ZoneInfo

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from recurrence.fields import RecurrenceField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField, TranslatableField

from events.choices import EventStatus, SpokenLanguage
from events.forms import EventPageForm
from events.models.registration import EventRegistrationMixin
from home.choices import Currency, Region, TimeZone
from home.i18n import localized
from home.models.mixins import BodyMixin, KeptContentMixin, ListingMixin
from home.visibility import RestrictionsFromCacheMixin


class EventPage(
    RestrictionsFromCacheMixin, KeptContentMixin, EventRegistrationMixin, ListingMixin, BodyMixin, Page
):
    # --- When ---------------------------------------------------------------
    start = models.DateTimeField(
        _("starts"),
        help_text=_(
            "Date and time, e.g. 2026-03-14 18:00, in the time zone chosen beside. "
            "For a repeating event: its first date."
        ),
    )
    end = models.DateTimeField(_("ends"), help_text=_("For an all-day event: the last day."))
    all_day = models.BooleanField(
        _("all day"),
        default=False,
        help_text=_(
            "Tick for a festival or a whole-day event: the times are then ignored and only dates shown."
        ),
    )
    time_zone = models.CharField(
        _("time zone"),
        max_length=40,
        choices=TimeZone.choices,
        default=TimeZone.STOCKHOLM,
        help_text=_("Start and end are the local time in this zone."),
    )
    recurrence = RecurrenceField(
        _("repeats"),
        blank=True,
        help_text=_(
            "Leave empty for a single event. Extra and excluded dates are whole days: "
            "the event's own start time is used."
        ),
    )
    # --- Where --------------------------------------------------------------
    venue = models.ForeignKey(
        "events.Venue",
        verbose_name=_("venue"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Where it happens, from Snippets → Venues. Leave empty for an event only online."),
    )
    online_url = models.URLField(
        _("online link"), blank=True, help_text=_("A stream or meeting link, if people can take part online.")
    )
    region = models.CharField(
        _("region"),
        max_length=30,
        choices=Region.choices,
        blank=True,
        help_text=_("Leave empty to use the region of the programme activity."),
    )
    # --- What ---------------------------------------------------------------
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=EventStatus.choices,
        default=EventStatus.SCHEDULED,
        help_text=_(
            "Keep a cancelled or postponed event published with this status: visitors and calendar "
            "subscribers are then told. “Moved online” needs the online link."
        ),
    )
    category = models.ForeignKey(
        "events.EventCategory",
        verbose_name=_("category"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "The kind of event, e.g. seminar or network meeting. Visitors filter the calendar by it."
        ),
    )
    # Comma-separated codes from SpokenLanguage: portable filtering on SQLite and PostgreSQL alike.
    spoken_languages = models.CharField(
        _("languages spoken"),
        max_length=60,
        blank=True,
        help_text=_("The languages the event is held in. Visitors can filter the calendar by language."),
    )
    is_free = models.BooleanField(_("free of charge"), default=True, help_text=_("Untick to give a price."))
    price = models.DecimalField(
        _("price"),
        max_digits=8,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("Digits only, e.g. 250 or 99.50. Required when the event is not free."),
    )
    price_currency = models.CharField(
        _("currency"),
        max_length=3,
        choices=Currency.choices,
        default=Currency.SEK,
        help_text=_("The currency of the price."),
    )
    price_note = models.CharField(
        _("about the price"), max_length=255, blank=True, help_text=_("e.g. “Lunch included”.")
    )
    organiser = models.ForeignKey(
        "home.Organisation",
        verbose_name=_("organiser"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Who runs the event, from Snippets → Organisations. Shown with a link to its website."),
    )
    activity = models.ForeignKey(
        "home.ActivityPage",
        verbose_name=_("programme activity"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "The part of the programme the event belongs to. The event is listed on that activity's page."
        ),
    )
    # --- Kept by save(), never edited ---------------------------------------
    # iCal SEQUENCE: rises when times, place or status change (see _track_schedule_changes).
    sequence = models.PositiveIntegerField(default=0)
    schedule_fingerprint = models.CharField(max_length=64, blank=True)
    # End of the last occurrence; empty for a series without end. Lets queries skip finished events.
    series_end = models.DateTimeField(null=True, blank=True, editable=False, db_index=True)

    content_panels = (
        Page.content_panels
        + ListingMixin.listing_panels
        + [
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                    FieldRowPanel([FieldPanel("all_day"), FieldPanel("time_zone")]),
                    FieldPanel("recurrence"),
                ],
                heading=_("Time"),
            ),
            InlinePanel(
                "occurrence_exceptions",
                label=_("Changes to single dates"),
                help_text=_("Cancel one date of a repeating event, or add a note to it."),
            ),
            MultiFieldPanel(
                [FieldPanel("status"), FieldPanel("venue"), FieldPanel("online_url"), FieldPanel("region")],
                heading=_("Place and status"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("category"),
                    FieldPanel("activity"),
                    FieldPanel("organiser"),
                    FieldPanel("spoken_languages"),
                    FieldRowPanel([FieldPanel("is_free"), FieldPanel("price"), FieldPanel("price_currency")]),
                    FieldPanel("price_note"),
                ],
                heading=_("Details"),
            ),
            FieldPanel("body"),
        ]
    )
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(EventRegistrationMixin.registration_panels, heading=_("Registration")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )
    search_fields = Page.search_fields + ListingMixin.search_fields + BodyMixin.search_fields
    base_form_class = EventPageForm

    # Times, recurrence, place and status are facts shared by every language version.
    override_translatable_fields = [
        SynchronizedField("start", overridable=False),
        SynchronizedField("end", overridable=False),
        SynchronizedField("all_day", overridable=False),
        SynchronizedField("time_zone", overridable=False),
        SynchronizedField("recurrence", overridable=False),
        SynchronizedField("venue", overridable=False),
        SynchronizedField("online_url", overridable=False),
        SynchronizedField("region", overridable=False),
        SynchronizedField("status", overridable=False),
        SynchronizedField("category", overridable=False),
        SynchronizedField("spoken_languages", overridable=False),
        SynchronizedField("is_free", overridable=False),
        SynchronizedField("price", overridable=False),
        SynchronizedField("price_currency", overridable=False),
        SynchronizedField("organiser", overridable=False),
        SynchronizedField("activity", overridable=False),
        SynchronizedField("sequence", overridable=False),
        SynchronizedField("schedule_fingerprint", overridable=False),
        TranslatableField("price_note"),
        TranslatableField("occurrence_exceptions"),
        *EventRegistrationMixin.registration_synchronised_fields,
    ]

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    template = "events/event_page.html"

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    # --- Derived facts ------------------------------------------------------
    @property
    def zone(self):
        return ZoneInfo(self.time_zone)

    @property
    def local_start(self):
        return self.start.astimezone(self.zone)

    @property
    def local_end(self):
        return self.end.astimezone(self.zone)

    @property
    def is_recurring(self):
        return bool(self.recurrence and (self.recurrence.rrules or self.recurrence.rdates))

    @property
    def is_cancelled(self):
        return self.status == EventStatus.CANCELLED

    @property
    def spoken_language_codes(self):
        return [code for code in self.spoken_languages.split(",") if code]

    @property
    def spoken_language_labels(self):
        labels = dict(SpokenLanguage.choices)
        return [str(labels.get(code, code)) for code in self.spoken_language_codes]

    @property
    def effective_region(self):
        if self.region:
            return self.region
        return self.activity.region if self.activity_id and self.activity else ""

    # The linked objects in this page's language: set in bulk by events.services.localise,
    # or looked up one by one here for a single page.
    @cached_property
    def local_venue(self):
        return localized(self.venue) if self.venue_id else None

    @cached_property
    def local_category(self):
        return localized(self.category) if self.category_id else None

    @cached_property
    def local_organiser(self):
        return localized(self.organiser) if self.organiser_id else None

    @cached_property
    def local_activity(self):
        if not (self.activity_id and self.activity):
            return None
        activity = self.activity.get_translation_or_none(self.locale) or self.activity
        return activity if activity.live else None

    def content_context(self, request):
        from events.services.detail import event_context

        return event_context(self, request)

    @cached_property
    def exceptions_by_date(self):
        return {exception.date: exception for exception in self.occurrence_exceptions.all()}

    # --- Validation and bookkeeping ----------------------------------------
    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end:
            if self.all_day:
                if self.end.astimezone(self.zone).date() < self.start.astimezone(self.zone).date():
                    errors["end"] = _("The last day cannot be before the first day: choose a later end date.")
            elif self.end < self.start:
                errors["end"] = _("The event cannot end before it starts: set the end after the start.")
        if not self.is_free and self.price is None:
            errors["price"] = _("Give a price, or tick “free of charge”.")
        if self.status == EventStatus.MOVED_ONLINE and not self.online_url:
            errors["online_url"] = _(
                "An event that has moved online needs its online link: add it, or choose another status."
            )
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        # Drafts save only a few bookkeeping columns (update_fields); a publish saves everything.
        if kwargs.get("update_fields") is None and self.start and self.end:
            from events.services.occurrences import normalise_event_times, series_end

            normalise_event_times(self)
            self.series_end = series_end(self)
            self._track_schedule_changes()
            result = super().save(*args, **kwargs)
            from events.services.occurrence_index import index_events

            index_events([self])
            return result
        return super().save(*args, **kwargs)

    def schedule_facts(self):
        """What subscribers' calendars must hear about when it changes (iCal SEQUENCE)."""
        from recurrence import serialize

        return {
            "start": self.start.astimezone(UTC).isoformat(),
            "end": self.end.astimezone(UTC).isoformat(),
            "all_day": self.all_day,
            "time_zone": self.time_zone,
            "recurrence": serialize(self.recurrence) if self.recurrence else "",
            "venue": self.venue_id,
            "online_url": self.online_url,
            "status": self.status,
            "exceptions": sorted(
                (e.date.isoformat(), e.cancelled) for e in self.occurrence_exceptions.all() if e.date
            ),
        }

    def _track_schedule_changes(self):
        payload = json.dumps(self.schedule_facts(), sort_keys=True, default=str)
        fingerprint = hashlib.sha256(payload.encode()).hexdigest()[:32]
        stored = None
        if self.pk:
            stored = (
                type(self)
                .objects.filter(pk=self.pk)
                .values("sequence", "schedule_fingerprint", "last_published_at")
                .first()
            )
        if stored is None:
            # New page, or a new translation copied with its source's counter: keep what it carries.
            if self.schedule_fingerprint and self.schedule_fingerprint != fingerprint:
                self.sequence += 1
        else:
            # Compare with the live row, not the revision being published: a revision made before
            # an earlier publish carries an old counter, and the counter must never go back.
            self.sequence = max(self.sequence, stored["sequence"])
            # Before the first publish nobody has the event in a calendar: nothing to announce.
            published = stored["last_published_at"] is not None
            if published and stored["schedule_fingerprint"] and stored["schedule_fingerprint"] != fingerprint:
                self.sequence = max(self.sequence, stored["sequence"] + 1)
        self.schedule_fingerprint = fingerprint
