from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index

from home.choices import OrganisationRole


class Person(TranslatableMixin, index.Indexed, models.Model):
    """A contact person or storyteller. Fictional in the demo content."""

    name = models.CharField(_("name"), max_length=255, help_text=_("First name and surname."))
    role = models.CharField(
        _("role"),
        max_length=255,
        blank=True,
        help_text=_("Job title and organisation, e.g. “Project manager, Region Jämtland Härjedalen”."),
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A portrait, shown as a small square on people cards. Use it only with their consent."),
    )
    email = models.EmailField(
        _("e-mail"),
        blank=True,
        help_text=_(
            "A call with this contact person announces new applications here. "
            "Shown on the site only if ticked below."
        ),
    )
    show_email = models.BooleanField(
        _("show e-mail on the site"),
        default=False,
        help_text=_("Only tick this when the person has agreed to be contacted publicly."),
    )
    phone = models.CharField(
        _("phone"),
        max_length=40,
        blank=True,
        help_text=_("For staff: not shown on the site. With the country code: +46 Sweden, +47 Norway."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("photo"),
        FieldPanel("email"),
        FieldPanel("show_email"),
        FieldPanel("phone"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def public_email(self):
        return self.email if self.show_email else ""


class Organisation(TranslatableMixin, index.Indexed, models.Model):
    """A project owner, partner or funder, shown in logo grids and the footer."""

    name = models.CharField(
        _("name"),
        max_length=255,
        help_text=_("The organisation's full name, as it writes it. Also the logo's alternative text."),
    )
    role = models.CharField(
        _("role"),
        max_length=20,
        choices=OrganisationRole.choices,
        help_text=_("Project owners and partners are shown together on the home page, funders apart."),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown at most 240 × 100 pixels; a PNG with a transparent background works best."),
    )
    url = models.URLField(
        _("website"),
        blank=True,
        help_text=_("The full address, starting with https://. The logo links there."),
    )
    sort_order = models.PositiveSmallIntegerField(
        _("order"), default=0, help_text=_("Lower numbers are shown first.")
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("logo"),
        FieldPanel("url"),
        FieldPanel("sort_order"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name
