"""One changed date in a recurring series: cancelled, or carrying a note."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField


class OccurrenceException(TranslatableMixin, Orderable):
    """Cancels or annotates the occurrence on `date` without touching the rest of the series.

    The date and the cancelled flag are the same in every language; the note is translated.
    """

    page = ParentalKey("events.EventPage", related_name="occurrence_exceptions", on_delete=models.CASCADE)
    date = models.DateField(_("date"), help_text=_("The date of the occurrence this change applies to."))
    cancelled = models.BooleanField(
        _("cancelled"),
        default=False,
        help_text=_("Tick to cancel this date only. It stays listed as cancelled, and calendars are told."),
    )
    note = models.CharField(
        _("note"),
        max_length=255,
        blank=True,
        help_text=_("Shown with this date only, e.g. “Moved to room B”."),
    )
    # Registration for this date only (a repeating event has one list per date).
    registration_closed = models.BooleanField(
        _("no registration for this date"),
        default=False,
        help_text=_("For a repeating event that takes registrations."),
    )
    registration_places = models.PositiveIntegerField(
        _("places on this date"),
        null=True,
        blank=True,
        help_text=_("Leave empty for the event's number of places."),
    )

    panels = [
        FieldRowPanel([FieldPanel("date"), FieldPanel("cancelled")]),
        FieldPanel("note"),
        FieldRowPanel([FieldPanel("registration_closed"), FieldPanel("registration_places")]),
    ]
    override_translatable_fields = [
        SynchronizedField("date", overridable=False),
        SynchronizedField("cancelled", overridable=False),
        SynchronizedField("registration_closed", overridable=False),
        SynchronizedField("registration_places", overridable=False),
        TranslatableField("note"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("change to one date")
        verbose_name_plural = _("changes to single dates")
        ordering = ["sort_order"]

    def __str__(self):
        return f"{self.date:%Y-%m-%d}"
