from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    """Facts about the site that are the same in every language."""

    default_language = models.CharField(
        _("default language"),
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_(
            "Visitors whose browser asks for neither language are sent here. "
            "A Norwegian domain can default to Norwegian."
        ),
    )
    contact_email = models.EmailField(
        _("contact e-mail"),
        blank=True,
        help_text=_("Messages from the contact form are sent here."),
    )
    phone = models.CharField(
        _("phone"),
        max_length=40,
        blank=True,
        help_text=_("Shown in the footer. Write it with the country code: +46 for Sweden, +47 for Norway."),
    )
    address = models.TextField(
        _("postal address"),
        blank=True,
        help_text=_("Shown in the footer, line by line as you write it here."),
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy notice page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Linked from the footer and from every registration and application form, "
            "in the visitor's language."
        ),
    )
    facebook_url = models.URLField(
        _("Facebook"),
        blank=True,
        help_text=_("The full address, starting with https://. Leave empty to hide."),
    )
    instagram_url = models.URLField(
        _("Instagram"),
        blank=True,
        help_text=_("The full address, starting with https://. Leave empty to hide."),
    )
    linkedin_url = models.URLField(
        _("LinkedIn"),
        blank=True,
        help_text=_("The full address, starting with https://. Leave empty to hide."),
    )
    youtube_url = models.URLField(
        _("YouTube"),
        blank=True,
        help_text=_("The full address, starting with https://. Leave empty to hide."),
    )
    eu_emblem = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("EU emblem"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The Interreg logo with the EU emblem, as the funding rules require."),
    )

    panels = [
        FieldPanel("default_language"),
        MultiFieldPanel(
            [
                FieldPanel("contact_email"),
                FieldPanel("phone"),
                FieldPanel("address"),
                FieldPanel("privacy_page"),
            ],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("facebook_url"),
                FieldPanel("instagram_url"),
                FieldPanel("linkedin_url"),
                FieldPanel("youtube_url"),
            ],
            heading=_("Social media"),
        ),
        FieldPanel("eu_emblem"),
    ]

    class Meta:
        verbose_name = _("site settings")

    @property
    def social_links(self):
        links = [
            ("Facebook", self.facebook_url),
            ("Instagram", self.instagram_url),
            ("LinkedIn", self.linkedin_url),
            ("YouTube", self.youtube_url),
        ]
        return [(name, url) for name, url in links if url]


class FooterText(TranslatableMixin, models.Model):
    """Footer words, one per language: translated like any other snippet."""

    body = RichTextField(
        _("footer text"),
        features=["bold", "italic", "link"],
        help_text=_("A few lines at the bottom of every page in this language, e.g. who runs the site."),
    )
    funding_statement = models.TextField(
        _("funding statement"),
        help_text=_("The sentence the funders require, shown beside the EU emblem."),
    )

    panels = [FieldPanel("body"), FieldPanel("funding_statement")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer text")
        verbose_name_plural = _("footer texts")

    def __str__(self):
        return str(_("Footer text ({language})")).format(language=self.locale.get_display_name())
