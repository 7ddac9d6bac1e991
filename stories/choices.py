"""Vocabularies of the storytelling network. Labels are translated in the project catalogues."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from home.choices import Country, Region


class StorytellingLanguage(models.TextChoices):
    # BCP 47 codes, the same set events use for "languages spoken".
    SWEDISH = "sv", _("Swedish")
    NORWEGIAN = "no", _("Norwegian")
    SOUTH_SAMI = "sma", _("South Sámi")
    ENGLISH = "en", _("English")


class SocialPlatform(models.TextChoices):
    INSTAGRAM = "instagram", "Instagram"
    FACEBOOK = "facebook", "Facebook"
    LINKEDIN = "linkedin", "LinkedIn"
    YOUTUBE = "youtube", "YouTube"
    TIKTOK = "tiktok", "TikTok"
    OTHER = "other", _("Other")


# The two sides of the border the programme spans; other regions name no country.
REGION_COUNTRY = {
    Region.JAMTLAND_HARJEDALEN: Country.SWEDEN,
    Region.TRONDELAG: Country.NORWAY,
}
