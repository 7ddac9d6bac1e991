"""Who took part, kept apart from the submissions so the funders' figures outlive erasure.

A Participation row says: one person (and their organisation) took part in one list,
in this month, country, region and programme activity. It holds no name and no
e-mail address: the person and the organisation are pseudonymous keys (a keyed HMAC
of the normalised e-mail address, and of the organisation's name or number), so the
same person at two events is counted once, also after the retention purge has erased
the submissions. See residencies.services.participation for how rows come and go.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

from home.choices import Country, Region


class ParticipationKind(models.TextChoices):
    ACCEPTED = "accepted", _("Accepted to a call")
    ATTENDED = "attended", _("Attended")


class Participation(models.Model):
    submission = models.OneToOneField(
        "residencies.Submission",
        verbose_name=_("submission"),
        null=True,
        blank=True,
        # The figures stay even if a later retention rule deletes submissions outright.
        on_delete=models.SET_NULL,
        related_name="participation",
    )
    intake = models.ForeignKey(
        "residencies.Intake",
        verbose_name=_("list"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    kind = models.CharField(_("how they took part"), max_length=20, choices=ParticipationKind.choices)
    # The programme activity's translation key: its Swedish and Norwegian pages are one activity.
    activity_key = models.UUIDField(_("programme activity"), null=True, blank=True, db_index=True)
    country = models.CharField(_("country"), max_length=10, choices=Country.choices, blank=True)
    region = models.CharField(_("region"), max_length=30, choices=Region.choices, blank=True)
    month = models.DateField(_("month"), db_index=True, help_text=_("The first day of the month."))
    person_key = models.CharField(_("person key"), max_length=64, db_index=True)
    organisation_key = models.CharField(_("organisation key"), max_length=64, db_index=True)
    # False: the person named no organisation and counts as a business of their own (a sole trader).
    organisation_named = models.BooleanField(_("organisation given"), default=True)
    recorded_at = models.DateTimeField(_("recorded at"))
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("participation")
        verbose_name_plural = _("participations")
        default_permissions = ()
        permissions = [("view_funder_report", _("Can see the report to the funders"))]

    def __str__(self):
        return f"{self.get_kind_display()} {self.month:%Y-%m}"


@register_setting(icon="doc-full")
class ReportSettings(BaseGenericSetting):
    """What the programme promised its funders, for the report under Reports."""

    goal = models.PositiveIntegerField(
        _("goal: organisations strengthened"),
        default=100,
        help_text=_(
            "How many distinct organisations the programme promised to strengthen. "
            "The report to the funders shows the progress towards it."
        ),
    )

    panels = [FieldPanel("goal")]

    class Meta:
        verbose_name = _("report to the funders")
