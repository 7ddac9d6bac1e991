"""Page types that take submissions, as an EventPage or a call page would: a few lines each."""

from wagtail.models import Page

from residencies.models import IntakePageMixin


class SignupPage(IntakePageMixin, Page):
    """An event-like page: one list for the whole page, the short set of fixed fields."""

    intake_counts_participation = True

    def get_context(self, request, *args, **kwargs):
        return super().get_context(request, *args, **kwargs) | {
            "intake_summary": self.intake_summary(request=request)
        }

    content_panels = Page.content_panels + IntakePageMixin.intake_panels
    template = "testapp/page.html"


class CallPage(IntakePageMixin, Page):
    """A call-like page: the long set of fixed fields and attachments."""

    intake_counts_participation = True

    intake_fields = (
        "name",
        "email",
        "organisation",
        "organisation_number",
        "country",
        "region",
        "phone",
        "art_form",
        "presentation",
    )
    intake_required_fields = ("name", "email", "country", "art_form")
    intake_max_files = 3

    content_panels = Page.content_panels + IntakePageMixin.intake_panels
    template = "testapp/page.html"


class RecurringPage(IntakePageMixin, Page):
    """A recurring event: one list per occurrence, here every Monday 18:00 (test data)."""

    intake_per_occurrence = True
    intake_counts_participation = True

    content_panels = Page.content_panels + IntakePageMixin.intake_panels
    template = "testapp/page.html"

    def intake_occurrence_is_valid(self, occurrence):
        from django.utils import timezone

        local = timezone.localtime(occurrence)
        return local.weekday() == 0 and (local.hour, local.minute, local.second) == (18, 0, 0)
