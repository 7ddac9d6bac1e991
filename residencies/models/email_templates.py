from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, HelpPanel
from wagtail.models import TranslatableMixin

from residencies.choices import DecisionKind

PLACEHOLDER_HELP = _(
    "You can use these placeholders: {name} (the applicant), {call} (the call's title), "
    "{reference} (the reference number) and {link} (the applicant's private link)."
)


class DecisionEmailTemplate(TranslatableMixin, models.Model):
    """The words of a decision e-mail, one per decision kind and language, edited by staff.

    Used when decisions are released; without one for a kind and language the
    built-in text (templates/emails/submissions/decision_*.txt) is sent.
    """

    kind = models.CharField(
        _("decision"),
        max_length=30,
        choices=DecisionKind.choices,
        help_text=_(
            "The decision this e-mail announces. Make one per decision and language; "
            "without one, the built-in text is sent."
        ),
    )
    subject = models.CharField(_("subject"), max_length=255, help_text=PLACEHOLDER_HELP)
    body = models.TextField(_("body"), help_text=PLACEHOLDER_HELP)

    panels = [
        HelpPanel(content=PLACEHOLDER_HELP),
        FieldPanel("kind"),
        FieldPanel("subject"),
        FieldPanel("body"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("decision e-mail")
        verbose_name_plural = _("decision e-mails")
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "locale"], name="residencies_one_decision_template_per_kind"
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} ({self.locale})"
