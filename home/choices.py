"""Fixed vocabularies shared by every app.

Their labels are translated once, in the catalogues under locale/, and reused
everywhere (pages, snippets, forms, filters).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Region(models.TextChoices):
    JAMTLAND_HARJEDALEN = "jamtland-harjedalen", _("Jämtland Härjedalen")
    TRONDELAG = "trondelag", _("Trøndelag")
    CROSS_BORDER = "cross-border", _("Jämtland Härjedalen and Trøndelag")
    OTHER = "other", _("Other region")


class Currency(models.TextChoices):
    # ISO 4217 codes read the same in every language.
    SEK = "SEK", "SEK"
    NOK = "NOK", "NOK"
    EUR = "EUR", "EUR"


class TimeZone(models.TextChoices):
    """The zones dates and deadlines are stated in. Both follow the EU summer-time rule, but the
    words matter to readers ("Apply by 12:00 Norwegian time") and the feeds write the zone."""

    STOCKHOLM = "Europe/Stockholm", _("Swedish time")
    OSLO = "Europe/Oslo", _("Norwegian time")


class Country(models.TextChoices):
    SWEDEN = "SE", _("Sweden")
    NORWAY = "NO", _("Norway")
    OTHER = "other", _("Other country")


class ActivityStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    ONGOING = "ongoing", _("Ongoing")
    COMPLETED = "completed", _("Completed")


class OrganisationRole(models.TextChoices):
    OWNER = "owner", _("Project owner")
    PARTNER = "partner", _("Partner")
    FUNDER = "funder", _("Funder")
    OTHER = "other", _("Other")
