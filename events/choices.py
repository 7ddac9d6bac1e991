"""Vocabularies of the events app. Labels are translated in the project catalogues."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class EventStatus(models.TextChoices):
    SCHEDULED = "scheduled", _("Scheduled")
    CANCELLED = "cancelled", _("Cancelled")
    POSTPONED = "postponed", _("Postponed")
    MOVED_ONLINE = "moved_online", _("Moved online")


class SpokenLanguage(models.TextChoices):
    # BCP 47 codes: schema.org inLanguage takes them as they are.
    SWEDISH = "sv", _("Swedish")
    NORWEGIAN = "no", _("Norwegian")
    SOUTH_SAMI = "sma", _("South Sámi")
    ENGLISH = "en", _("English")


class RegistrationState(models.TextChoices):
    """Where registration for one date stands, as visitors see it (events.services.registration)."""

    OPEN = "open", _("Registration open")
    WAITING_LIST = "waiting_list", _("Waiting list")
    FULL = "full", _("Fully booked")
    CLOSED = "closed", _("Registration closed")
    NOT_YET_OPEN = "not_yet_open", _("Registration not open yet")
