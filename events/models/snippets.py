"""Places and categories events point to. Both are translatable snippets."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.choices import Country


class Venue(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(
        _("name"), max_length=255, help_text=_("The name of the building or room, e.g. “Gaaltije”.")
    )
    address = models.CharField(
        _("street address"),
        max_length=255,
        blank=True,
        help_text=_("Street and number. The same in every language."),
    )
    postcode = models.CharField(
        _("postcode"), max_length=20, blank=True, help_text=_("E.g. 831 30 in Sweden or 7600 in Norway.")
    )
    town = models.CharField(_("town"), max_length=120, help_text=_("Shown after the venue's name."))
    country = models.CharField(
        _("country"),
        max_length=10,
        choices=Country.choices,
        default=Country.SWEDEN,
        help_text=_("The country the venue is in."),
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        help_text=_("North, in decimal degrees, e.g. 63.1792. Puts the venue on the map and in calendars."),
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        help_text=_("East, in decimal degrees, e.g. 14.6357. Give both or neither."),
    )
    # Part of every feed's ETag: renaming a venue changes the feeds that show it.
    updated_at = models.DateTimeField(auto_now=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("address"),
        FieldRowPanel([FieldPanel("postcode"), FieldPanel("town")]),
        FieldPanel("country"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")])],
            heading=_("Coordinates"),
            help_text=_("Decimal degrees, e.g. 63.1792 and 14.6357 for Östersund."),
        ),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.SearchField("town")]
    # A street address is written the same in every language; the venue's name and town may not be.
    override_translatable_fields = [
        SynchronizedField("address"),
        SynchronizedField("postcode"),
        TranslatableField("town"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("venue")
        verbose_name_plural = _("venues")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name}, {self.town}" if self.town else self.name

    @property
    def has_coordinates(self):
        return self.latitude is not None and self.longitude is not None

    @property
    def one_line(self):
        """Name, street address and town on one line (iCal LOCATION, cards)."""
        town = " ".join(part for part in (self.postcode, self.town) if part)
        return ", ".join(part for part in (self.name, self.address, town) if part)


class EventCategory(TranslatableMixin, models.Model):
    """Seminar, network meeting, workshop, study trip, Kulturfrukost..."""

    name = models.CharField(
        _("name"),
        max_length=120,
        help_text=_(
            "As visitors see it in the calendar filter, e.g. “Seminar”. Translate it for each language."
        ),
    )
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        allow_unicode=False,
        help_text=_("Used in filter and calendar addresses. The same in every language."),
    )
    updated_at = models.DateTimeField(auto_now=True)

    panels = [FieldPanel("name"), FieldPanel("slug")]
    # One slug for all languages: /sv/ and /nb/ filter and feed addresses differ only in the prefix.
    override_translatable_fields = [SynchronizedField("slug", overridable=False)]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("event category")
        verbose_name_plural = _("event categories")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="events_category_unique_slug_per_locale")
        ]

    def __str__(self):
        return self.name
