"""What a page needs to take registrations or applications: its settings and its questions."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail_localize.fields import SynchronizedField

from home.choices import TimeZone
from residencies.blocks import QuestionsBlock
from residencies.choices import IntakePolicy
from residencies.forms.page_form import IntakePageForm
from residencies.routes import IntakeRoutesMixin


class IntakeState(models.TextChoices):
    DISABLED = "disabled", _("This page takes no registrations.")
    NOT_YET_OPEN = "not_yet_open", _("Registration has not opened yet.")
    CLOSED = "closed", _("Registration has closed.")
    # First come without a waiting list, every place taken (see services.intake_availability).
    FULL = "full", _("All places are taken, and there is no waiting list.")
    OPEN = "open", _("Open")


class IntakeSettingsMixin(models.Model):
    """Admission settings for a page; every field but the questions is the same in every language.

    A page type says which fixed fields it asks for, and whether it registers per
    occurrence, through the class attributes below.
    """

    # Fixed fields shown on the form, in order; see residencies.forms.FIXED_FIELDS.
    intake_fields = ("name", "email", "organisation", "country")
    intake_required_fields = ("name", "email")
    # How many attachments the form accepts (0: no upload field).
    intake_max_files = 0
    # True: one list per occurrence (register/<occurrence>/); False: one list for the page.
    intake_per_occurrence = False
    # Whether the form offers "save and continue later" (long forms: calls).
    intake_drafts = False
    # Labels a page type gives some fixed fields instead of the default ones, e.g. {"art_form": ...}.
    intake_field_labels = {}
    # Whether taking part here counts in the report to the funders (services.participation):
    # on a reviewed list a released acceptance counts, on a first-come list attendance marked by staff.
    intake_counts_participation = False

    intake_policy = models.CharField(
        _("admission"),
        max_length=20,
        choices=IntakePolicy.choices,
        default=IntakePolicy.NONE,
        help_text=_(
            "How people get a place: in order of arrival, or after staff review. "
            "“No registration” hides the form."
        ),
    )
    intake_places = models.PositiveIntegerField(
        _("places"), null=True, blank=True, help_text=_("Leave empty for no limit.")
    )
    intake_waiting_list = models.BooleanField(
        _("waiting list"),
        default=True,
        help_text=_("When the places are taken, take further people on a waiting list."),
    )
    intake_opens_at = models.DateTimeField(
        _("opens"), null=True, blank=True, help_text=_("Leave empty to open at once.")
    )
    intake_closes_at = models.DateTimeField(
        _("closes"),
        null=True,
        blank=True,
        help_text=_("In the time zone below. Leave empty to close when the event starts."),
    )
    intake_zone = models.CharField(
        _("time zone"),
        max_length=40,
        choices=TimeZone.choices,
        default=TimeZone.STOCKHOLM,
        help_text=_("Opening and closing times are entered and shown in this zone."),
    )
    intake_retention_days = models.PositiveIntegerField(
        _("keep personal data for (days)"),
        default=365,
        help_text=_("Counted from the closing date; then names and contact details are erased."),
    )
    intake_notify_email = models.EmailField(
        _("notify this address"),
        blank=True,
        help_text=_("Each new submission is announced here. Leave empty for no notifications."),
    )
    intake_questions = StreamField(
        QuestionsBlock(),
        blank=True,
        verbose_name=_("questions"),
        help_text=_(
            "Questions of your own, asked after the standard fields (name, e-mail and so on). "
            "Translate them with the page: answers from both languages are filed together."
        ),
    )

    intake_panels = [
        MultiFieldPanel(
            [
                FieldPanel("intake_policy"),
                FieldRowPanel([FieldPanel("intake_places"), FieldPanel("intake_waiting_list")]),
                FieldRowPanel([FieldPanel("intake_opens_at"), FieldPanel("intake_closes_at")]),
                FieldPanel("intake_zone"),
                FieldPanel("intake_notify_email"),
                FieldPanel("intake_retention_days"),
            ],
            heading=_("Registration"),
        ),
        FieldPanel("intake_questions"),
    ]
    # Translators must not give one language other rules than the other.
    intake_synchronised_fields = [
        SynchronizedField(name, overridable=False)
        for name in (
            "intake_policy",
            "intake_places",
            "intake_waiting_list",
            "intake_opens_at",
            "intake_closes_at",
            "intake_zone",
            "intake_retention_days",
            "intake_notify_email",
        )
    ]
    override_translatable_fields = intake_synchronised_fields
    # Reads the window in `intake_zone`, whatever time zone the editor's admin uses.
    base_form_class = IntakePageForm

    class Meta:
        abstract = True

    def clean(self):
        from django.core.exceptions import ValidationError

        super().clean()
        if self.intake_opens_at and self.intake_closes_at and self.intake_closes_at <= self.intake_opens_at:
            message = _(
                "Registration must close after it opens: "
                "choose a later closing time or an earlier opening time."
            )
            raise ValidationError({"intake_closes_at": message})
        if self.intake_places == 0:
            raise ValidationError(
                {"intake_places": _("Give at least one place, or leave empty for no limit.")}
            )

    # --- Hooks a page type may override ------------------------------------------

    def intake_occurrence_is_valid(self, occurrence):
        """Per-occurrence pages say here whether `occurrence` is one of theirs."""
        return False

    def intake_window(self, occurrence=None):
        """(opens, closes) for this list; registration for an occurrence closes when it starts."""
        closes = self.intake_closes_at
        if occurrence is not None and (closes is None or occurrence < closes):
            closes = occurrence
        return self.intake_opens_at, closes

    def intake_capacity(self, occurrence=None):
        """Places on the list of `occurrence` (None: no limit); per-occurrence pages may vary them by date."""
        return self.intake_places

    def intake_occurrence_choices(self, now=None):
        """[(occurrence, label)] staff may add people to or move them to; per-occurrence pages list theirs."""
        return []

    def intake_email_attachments(self, submission, kind):
        """[(filename, content, mimetype)] to attach to a mail of `kind` (an event's .ics, say).

        Called when the mail is sent, on the page in the mail's language.
        """
        return []

    def intake_promotes(self, occurrence, now):
        """Whether a freed place still goes to the waiting list (not once the occurrence has begun)."""
        return occurrence is None or now < occurrence

    def intake_notify_address(self):
        """Who hears of each new submission; a call page tells its contact person."""
        return self.intake_notify_email

    def intake_attachment_slots(self):
        """[(key, label, help text, required)]: named files the form asks for, one each.

        Empty: the form offers one field for up to `intake_max_files` files instead.
        """
        return []

    def intake_follow_up_list(self):
        """Questions for accepted people (travel, diet, invoicing): [(key, block type, value)]."""
        return []

    def intake_criteria(self):
        """Selection criteria reviewers score: [(key, label, weight)]."""
        return []

    def intake_form_field(self, name, field):
        """The public form's field for fixed field `name`; `field` is the default one, already labelled.

        A page type may return another, e.g. choices from its own snippets in the page's
        language. Its cleaned value must be a string, as the submission stores it.
        """
        return field

    def intake_decision_released(self, submission):
        """What follows, outside residencies, once an applicant has been told a decision.

        Called by services.release_decisions on the rules page, inside its transaction and
        for every decision it sends (so a decision changed and released again comes back:
        be idempotent). Never change the submission's status here.
        """

    # --- Questions for the rules, used by services and views -------------------

    @property
    def intake_tzinfo(self):
        from zoneinfo import ZoneInfo

        return ZoneInfo(self.intake_zone or TimeZone.STOCKHOLM)

    @property
    def intake_enabled(self):
        return self.intake_policy != IntakePolicy.NONE

    def intake_state(self, occurrence=None, now=None):
        if not self.intake_enabled:
            return IntakeState.DISABLED
        now = now or timezone.now()
        opens, closes = self.intake_window(occurrence)
        if opens and now < opens:
            return IntakeState.NOT_YET_OPEN
        if closes and now >= closes:
            return IntakeState.CLOSED
        return IntakeState.OPEN

    def intake_questions_list(self):
        """[(key, block type name, value)] in form order."""
        return [(child.id, child.block_type, child.value) for child in self.intake_questions]

    @property
    def intake_file_limit(self):
        """How many files a submission may carry in all."""
        return len(self.intake_attachment_slots()) or self.intake_max_files


class IntakePageMixin(IntakeRoutesMixin, IntakeSettingsMixin):
    """Everything a page needs to take submissions: settings, questions and the routes.

    A page type plugs in like this (an EventPage, a call page, a network page):

        class EventPage(IntakePageMixin, Page):
            intake_fields = ("name", "email", "organisation", "country")   # which fixed fields
            intake_per_occurrence = True                                   # one list per occurrence

            content_panels = Page.content_panels + [...] + IntakePageMixin.intake_panels
            # Only if the page has its own overrides:
            override_translatable_fields = [*IntakeSettingsMixin.intake_synchronised_fields, ...]

            def intake_occurrence_is_valid(self, occurrence):     # per-occurrence pages
                return occurrence in self.occurrences_between(occurrence, occurrence)

            def intake_window(self, occurrence=None):              # close at the start by default
                opens, closes = super().intake_window(occurrence)
                return opens, closes or occurrence or self.start

    Its get_context() can add `intake_summary=self.intake_summary(occurrence, request)`, which
    "residencies/includes/intake_summary.html" renders as the sign-up box (or link to
    `self.intake_form_url(occurrence)` yourself).

    Optional hooks (see IntakeSettingsMixin): `intake_drafts = True` (save and continue
    later), `intake_attachment_slots()` (named files), `intake_follow_up_list()` (questions
    after acceptance), `intake_criteria()` (weighted scoring), `intake_notify_address()`,
    `intake_form_field()` (another field for a fixed field), `intake_decision_released()`
    (follow-on work once a decision is told: stories.JoinNetworkPage makes a draft profile).
    residencies.models.CallPage is the fullest example. A page with its own
    `base_form_class` should subclass residencies.forms.page_form.IntakePageForm, so the
    window is read in `intake_zone`.
    """

    class Meta:
        abstract = True
