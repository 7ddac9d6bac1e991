"""Asking to join the network: the page with the form, and the draft profile an accepted request became.

Requests are submissions on the shared mechanism in `residencies` (reviewed admission): the
same form view, receipt, private link, mails and staff lists as a call. This module only says
which fields the form asks for and what follows once an accepted applicant has been told.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import path
from wagtail.fields import RichTextField
from wagtail.models import Page

from home.visibility import RestrictionsFromCacheMixin
from residencies.choices import IntakePolicy
from residencies.models import IntakePageMixin, IntakeState

JOIN_POLICIES = [
    (IntakePolicy.REVIEWED, _("Take requests; staff review each one")),
    (IntakePolicy.NONE, _("Take no requests for now")),
]


class JoinNetworkPage(RestrictionsFromCacheMixin, IntakePageMixin, Page):
    """Where people ask to join. Accepting a request (and telling the applicant) makes a draft profile.

    The page's own address shows the form; `register/` and the private-link routes come from
    IntakePageMixin.
    """

    # Fixed fields of the shared form. "art_form" holds the ticked ArtForm slugs, comma-separated
    # (see stories.forms.join_form_field); "presentation" is what they would tell.
    intake_fields = ("name", "email", "region", "art_form", "presentation")
    intake_required_fields = ("name", "email", "region", "presentation")
    intake_field_labels = {
        "email": _("E-mail"),
        "art_form": _("Art form or industry"),
        "presentation": _("What would you tell?"),
    }
    intake_form_template = "stories/join_network_page.html"

    # Requests to join are always reviewed: the network grows by someone's decision, never by arrival.
    intake_policy = models.CharField(
        _("requests"),
        max_length=20,
        choices=JOIN_POLICIES,
        default=IntakePolicy.REVIEWED,
        help_text=_("Choose “Take no requests for now” to hide the form for a while, e.g. between intakes."),
    )
    introduction = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Shown above the form: who can join, and what happens after a request."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("introduction"),
        MultiFieldPanel(
            [
                FieldPanel("intake_policy"),
                FieldPanel("intake_notify_email"),
                # Requests never close: the days count from each request's decision (see
                # residencies.services.retention.ended_at).
                FieldPanel(
                    "intake_retention_days",
                    help_text=_(
                        "Counted from when the applicant was told the decision, or withdrew (undecided "
                        "requests: from when they were sent); then names and contact details are erased."
                    ),
                ),
            ],
            heading=_("Requests to join"),
            help_text=_(
                "Requests appear under Applications with the calls. Accepting one and sending the "
                "decision makes an unpublished storyteller profile under the network directory."
            ),
        ),
        FieldPanel("intake_questions"),
    ]
    parent_page_types = ["stories.NetworkDirectoryPage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "stories/join_network_page.html"

    class Meta:
        verbose_name = _("join the network page")

    @path("")
    def index_route(self, request, *args, **kwargs):
        """The page is the form itself, or says that it takes no requests for now."""
        from residencies import services
        from residencies.views import form_view

        if services.rules_for(self).intake_enabled:
            return form_view(self, request)
        return self.render(request, context_overrides={"form": None, "intake_state": IntakeState.DISABLED})

    def intake_form_field(self, name, field):
        from stories.forms import join_form_field

        return join_form_field(self, name, field)

    def intake_notify_address(self):
        """The page's address for requests, else the site's contact address: staff always hear."""
        from home.models import SiteSettings

        if self.intake_notify_email:
            return self.intake_notify_email
        site = self.get_site()
        return SiteSettings.for_site(site).contact_email if site else ""

    def intake_decision_released(self, submission):
        from stories.services.joining import draft_from_request

        draft_from_request(submission, fallback_language=self.locale.language_code)


class JoinRequestDraft(models.Model):
    """The draft profile an accepted request to join became: one per request, ever.

    The row stays when an editor deletes the draft, so releasing the decision again never
    brings back a profile someone chose to remove.
    """

    submission = models.OneToOneField(
        "residencies.Submission",
        verbose_name=_("request to join"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    profile = models.ForeignKey(
        "stories.StorytellerPage",
        verbose_name=_("draft profile"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("draft profile from a request to join")
        verbose_name_plural = _("draft profiles from requests to join")

    def __str__(self):
        return f"{self.submission_id} -> {self.profile_id}"
