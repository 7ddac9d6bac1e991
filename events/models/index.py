"""The event calendar page: listing, month grid and year overview of the events below it."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from home.models.mixins import KeptContentMixin
from home.visibility import RestrictionsFromCacheMixin


class EventIndexPage(RestrictionsFromCacheMixin, KeptContentMixin, Page):
    introduction = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("A short text above the calendar and its filters."),
    )

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = ["events.EventPage"]

    template = "events/event_index_page.html"

    class Meta:
        verbose_name = _("event calendar")

    @property
    def content_parameters(self):
        from events.services.listing import PARAMETERS

        return PARAMETERS

    def content_context(self, request):
        from events.services.listing import build_listing

        return build_listing(self, request)
