"""What every call has, whatever it offers: the abstract base of ResidencyPage and StudyTripPage."""

from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.i18n import localized
from home.models.mixins import BodyMixin, ListingMixin
from residencies.blocks import AttachmentRequestsBlock, CriteriaBlock, QuestionsBlock
from residencies.choices import IntakePolicy
from residencies.models.mixins import IntakePageMixin

CALL_POLICIES = [
    (IntakePolicy.REVIEWED, IntakePolicy.REVIEWED.label),
    (IntakePolicy.FIRST_COME, IntakePolicy.FIRST_COME.label),
]


class CallPage(ListingMixin, BodyMixin, IntakePageMixin):
    """A call for applications. Its status (upcoming, open, closed, decided) is derived, never stored.

    See residencies.services.calls.call_status: the window and the released decisions
    already say it, and a stored status would need a clock to flip it at the deadline
    and could contradict the window an editor just changed.
    """

    intake_fields = (
        "name",
        "email",
        "phone",
        "organisation",
        "organisation_number",
        "country",
        "region",
        "art_form",
        "presentation",
    )
    intake_required_fields = ("name", "email", "country", "region", "art_form", "presentation")
    intake_field_labels = {"art_form": _("Art form or industry")}
    intake_drafts = True
    intake_counts_participation = True

    intake_policy = models.CharField(
        _("admission"),
        max_length=20,
        choices=CALL_POLICIES,
        default=IntakePolicy.REVIEWED,
        help_text=_(
            "Reviewed: applications are scored and decided. First come: places go in order of arrival."
        ),
    )
    activity = models.ForeignKey(
        "home.ActivityPage",
        verbose_name=_("programme activity"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "The part of the programme the call belongs to. The call is listed on that activity's page."
        ),
    )
    contact_person = models.ForeignKey(
        "home.Person",
        verbose_name=_("contact person"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown on the page, and told of every new application at their e-mail address."),
    )
    eligibility = RichTextField(
        _("who can apply"),
        blank=True,
        features=["bold", "italic", "link", "ul", "ol"],
        help_text=_("Who may apply, e.g. small cultural businesses in Jämtland Härjedalen or Trøndelag."),
    )
    criteria = StreamField(
        CriteriaBlock(),
        blank=True,
        verbose_name=_("selection criteria"),
        help_text=_("Shown to applicants; reviewers score each one, weighted."),
    )
    attachment_requests = StreamField(
        AttachmentRequestsBlock(),
        blank=True,
        verbose_name=_("attachments asked for"),
        help_text=_(
            "Files applicants upload with the form, one field each, e.g. a CV, a portfolio or a budget."
        ),
    )
    follow_up_questions = StreamField(
        QuestionsBlock(),
        blank=True,
        verbose_name=_("follow-up questions"),
        help_text=_(
            "Asked of accepted applicants through their private link: travel, dates, diet, invoicing."
        ),
    )
    decision_date = models.DateField(
        _("decisions expected"),
        null=True,
        blank=True,
        help_text=_("When applicants will be told the decisions. Shown on the editors' timeline."),
    )

    call_panels = [
        FieldPanel("activity"),
        FieldPanel("contact_person"),
        FieldPanel("eligibility"),
        FieldPanel("criteria"),
        MultiFieldPanel(
            [
                FieldPanel("intake_policy"),
                FieldRowPanel([FieldPanel("intake_places"), FieldPanel("intake_waiting_list")]),
                FieldRowPanel(
                    [
                        FieldPanel("intake_opens_at"),
                        FieldPanel(
                            "intake_closes_at",
                            help_text=_(
                                "The deadline, in the time zone below, e.g. 2026-04-30 23:59. "
                                "Required: the form closes then."
                            ),
                        ),
                    ]
                ),
                FieldPanel("intake_zone"),
                FieldPanel("decision_date"),
                FieldPanel("intake_notify_email"),
                FieldPanel("intake_retention_days"),
            ],
            heading=_("Application window and places"),
        ),
        FieldPanel("intake_questions"),
        FieldPanel("attachment_requests"),
        FieldPanel("follow_up_questions"),
    ]
    search_fields = ListingMixin.search_fields + BodyMixin.search_fields + [index.SearchField("eligibility")]
    # One call, one date for its decisions, whichever language an applicant reads.
    override_translatable_fields = [
        *IntakePageMixin.intake_synchronised_fields,
        SynchronizedField("decision_date", overridable=False),
    ]

    class Meta:
        abstract = True

    def clean(self):
        from django.core.exceptions import ValidationError

        super().clean()
        if not self.intake_closes_at:
            message = _("A call needs a closing date: enter the deadline for applications.")
            raise ValidationError({"intake_closes_at": message})
        closing_day = self.intake_closes_at.astimezone(self.intake_tzinfo).date()
        if self.decision_date and self.decision_date < closing_day:
            raise ValidationError(
                {"decision_date": _("Decisions come after the call closes: choose a later date.")}
            )

    # --- The mechanism's hooks ----------------------------------------------------

    def intake_notify_address(self):
        person = self.contact_person
        return (person.email if person else "") or self.intake_notify_email

    def intake_attachment_slots(self):
        return [
            (child.id, child.value["label"], child.value["help_text"], child.value["required"])
            for child in self.attachment_requests
        ]

    def intake_follow_up_list(self):
        return [(child.id, child.block_type, child.value) for child in self.follow_up_questions]

    def intake_criteria(self):
        return [(child.id, child.value["label"], child.value["weight"]) for child in self.criteria]

    # --- Display --------------------------------------------------------------

    @cached_property
    def local_activity(self):
        if not self.activity_id or self.activity is None:
            return None
        activity = self.activity.get_translation_or_none(self.locale) or self.activity
        return activity if activity.live else None

    @cached_property
    def local_contact(self):
        return localized(self.contact_person) if self.contact_person_id else None

    @property
    def intake_form_template(self):
        # The form lives on the call page: a post with errors shows the page again, form filled in.
        return self.template

    def get_context(self, request, *args, intake_context=None, **kwargs):
        from residencies.services.calls import call_context

        context = super().get_context(request, *args, **kwargs)
        context.update(call_context(self, request, known=intake_context))
        return context
