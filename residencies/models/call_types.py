"""The two kinds of call, and the index that lists them."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from home.i18n import localized
from home.models.mixins import KeptContentMixin, ListingMixin
from home.visibility import RestrictionsFromCacheMixin
from residencies.blocks import ItineraryBlock
from residencies.choices import IntakePolicy
from residencies.models.calls import CALL_POLICIES, CallPage

TEXT_FEATURES = ["bold", "italic", "link", "ul", "ol"]


class ResidencyPage(RestrictionsFromCacheMixin, CallPage, Page):
    """A product-development residency: time and a place to develop a product or service with others."""

    host = models.ForeignKey(
        "home.Organisation",
        verbose_name=_("host"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The organisation that hosts the residency, from Snippets → Organisations."),
    )
    place = models.CharField(
        _("place"), max_length=255, blank=True, help_text=_("Where the residency is held.")
    )
    period_start = models.DateField(
        _("residency starts"), null=True, blank=True, help_text=_("The first day of the residency itself.")
    )
    period_end = models.DateField(
        _("residency ends"),
        null=True,
        blank=True,
        help_text=_("The last day of the residency. Not the application deadline: that is set below."),
    )
    offered = RichTextField(
        _("what is offered"),
        blank=True,
        features=TEXT_FEATURES,
        help_text=_("What participants get: workspace, mentoring, travel, accommodation, a grant."),
    )
    expected = RichTextField(
        _("what is expected"),
        blank=True,
        features=TEXT_FEATURES,
        help_text=_("What participants commit to, e.g. attending all days and sharing results."),
    )

    content_panels = (
        Page.content_panels
        + ListingMixin.listing_panels
        + [
            MultiFieldPanel(
                [
                    FieldPanel("host"),
                    FieldPanel("place"),
                    FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end")]),
                ],
                heading=_("The residency"),
            ),
            FieldPanel("offered"),
            FieldPanel("expected"),
            FieldPanel("body"),
        ]
        + CallPage.call_panels
    )

    search_fields = Page.search_fields + CallPage.search_fields + [index.SearchField("offered")]
    parent_page_types = ["residencies.CallIndexPage"]
    subpage_types = []
    template = "residencies/residency_page.html"

    class Meta:
        verbose_name = _("residency call")
        verbose_name_plural = _("residency calls")

    def clean(self):
        from django.core.exceptions import ValidationError

        super().clean()
        if self.period_start and self.period_end and self.period_end < self.period_start:
            message = _(
                "The residency cannot end before it starts: choose an end date on or after the start date."
            )
            raise ValidationError({"period_end": message})

    @property
    def local_host(self):
        return localized(self.host) if self.host_id else None


class StudyTripPage(RestrictionsFromCacheMixin, CallPage, Page):
    """A study trip: where, day by day, and what the programme pays for."""

    intake_policy = models.CharField(
        _("admission"),
        max_length=20,
        choices=CALL_POLICIES,
        default=IntakePolicy.FIRST_COME,
        help_text=_(
            "Reviewed: applications are scored and decided. First come: places go in order of arrival."
        ),
    )
    destination = models.CharField(
        _("destination"),
        max_length=255,
        blank=True,
        help_text=_("Where the trip goes, e.g. “Trondheim and Røros”."),
    )
    trip_start = models.DateField(
        _("trip starts"), null=True, blank=True, help_text=_("The day of departure.")
    )
    trip_end = models.DateField(
        _("trip ends"),
        null=True,
        blank=True,
        help_text=_("The day of return. Not the application deadline: that is set below."),
    )
    itinerary = StreamField(
        ItineraryBlock(),
        blank=True,
        verbose_name=_("itinerary"),
        help_text=_("The programme day by day. Add one block per day."),
    )
    costs_covered = RichTextField(
        _("travel and costs covered"),
        blank=True,
        features=TEXT_FEATURES,
        help_text=_("What the programme pays for, and what participants pay themselves."),
    )

    content_panels = (
        Page.content_panels
        + ListingMixin.listing_panels
        + [
            MultiFieldPanel(
                [
                    FieldPanel("destination"),
                    FieldRowPanel([FieldPanel("trip_start"), FieldPanel("trip_end")]),
                ],
                heading=_("The trip"),
            ),
            FieldPanel("itinerary"),
            FieldPanel("costs_covered"),
            FieldPanel("body"),
        ]
        + CallPage.call_panels
    )

    search_fields = Page.search_fields + CallPage.search_fields + [index.SearchField("destination")]
    parent_page_types = ["residencies.CallIndexPage"]
    subpage_types = []
    template = "residencies/study_trip_page.html"

    class Meta:
        verbose_name = _("study trip call")
        verbose_name_plural = _("study trip calls")

    def clean(self):
        from django.core.exceptions import ValidationError

        super().clean()
        if self.trip_start and self.trip_end and self.trip_end < self.trip_start:
            message = _(
                "The trip cannot end before it starts: choose a return date on or after the departure date."
            )
            raise ValidationError({"trip_end": message})


CALL_PAGE_TYPES = (ResidencyPage, StudyTripPage)


class CallIndexPage(RestrictionsFromCacheMixin, KeptContentMixin, Page):
    """All calls: open ones first with their deadlines, then upcoming, then closed."""

    introduction = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("A short text above the list of calls: what the calls offer and who they are for."),
    )

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["residencies.ResidencyPage", "residencies.StudyTripPage"]
    max_count_per_parent = 1
    template = "residencies/call_index_page.html"

    class Meta:
        verbose_name = _("call index")

    def content_context(self, request):
        from residencies.services.calls import listed_calls

        return {"calls": listed_calls(self.locale, parent=self)}
