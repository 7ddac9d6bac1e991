"""The admin: calls and lists with places left, their submissions with filters and scores, outgoing mail."""

from django.core.exceptions import PermissionDenied
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.generic.models import IndexView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from residencies.choices import IntakePolicy
from residencies.models import Intake, OutgoingEmail, Submission
from residencies.services.review import summarise
from residencies.staff import actions, attendance, calls, manual
from residencies.staff.columns import (
    INTAKE_COLUMNS,
    SUBMISSION_SCORE_COLUMNS,
    figures,
    per_page_links,
    queue_positions,
)
from residencies.staff.filters import SubmissionFilterSet
from residencies.staff.inspect import OutgoingEmailInspectView, SubmissionInspectView
from residencies.staff.permissions import can_decide, sees_all, visible_intakes, visible_submissions

READ_ONLY = {"index", "index_results", "inspect"}


class ReadOnlyViewSet(ModelViewSet):
    """Records, not drafts: changes go through services, reached by the extra URLs below."""

    inspect_view_enabled = True
    copy_view_enabled = False
    # No usage view shows these records' references, and indexing them ran inside the
    # submission's locked transaction on every save.
    add_to_reference_index = False
    extra_urls = []
    read_only_views = READ_ONLY

    def get_common_view_kwargs(self, **kwargs):
        gone = dict.fromkeys(["add_url_name", "edit_url_name", "delete_url_name"])
        if "history" not in self.read_only_views:
            gone["history_url_name"] = None
        return super().get_common_view_kwargs(**{**gone, "usage_url_name": None, **kwargs})

    @property
    def url_finder_class(self):
        finder = super().url_finder_class
        finder.edit_url_name = self.get_url_name("inspect")
        return finder

    def register_admin_url_finder(self):
        if self.inspect_view_enabled:
            super().register_admin_url_finder()

    def get_urlpatterns(self):
        patterns = [p for p in super().get_urlpatterns() if p.name in self.read_only_views]
        return patterns + [path(route, view, name=name) for route, view, name in self.extra_urls]


class SubmissionIndexView(IndexView):
    """Only the submissions the user may see; with ?intake= it is one call's list, headed by its figures."""

    template_name = "residencies/admin/submission_index.html"

    def dispatch(self, request, *args, **kwargs):
        # Reviewers see their calls' rows, but a spreadsheet of applicants is for staff only.
        if self.is_export and not sees_all(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @property
    def list_export(self):
        return self._list_export if sees_all(self.request.user) else []

    @list_export.setter
    def list_export(self, value):
        self._list_export = value

    def get_base_queryset(self):
        return visible_submissions(self.request.user).select_related("intake").prefetch_related("reviews")

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        criteria_by_intake = {}
        for submission in context["object_list"]:
            if submission.intake_id not in criteria_by_intake:
                rules = submission.intake.rules_page()
                criteria_by_intake[submission.intake_id] = (
                    rules.intake_criteria() if rules else [],
                    rules.intake_policy if rules else None,
                )
            criteria, policy = criteria_by_intake[submission.intake_id]
            submission.policy = policy
            if policy == IntakePolicy.REVIEWED:
                submission.score_summary = summarise(submission.reviews.all(), criteria)
        queue_positions(context["object_list"])
        intake_id = self.request.GET.get("intake")
        if intake_id and intake_id.isdigit():
            intake = visible_intakes(self.request.user).filter(pk=intake_id).first()
            if intake is not None:
                context["call"] = intake
                context["call_figures"] = figures(intake)
                context["call_links"] = per_page_links(intake)
                context["can_decide"] = can_decide(self.request.user)
                context["can_export"] = sees_all(self.request.user)
        return context


class SubmissionViewSet(ReadOnlyViewSet):
    model = Submission
    icon = "form"
    menu_label = _("Submissions")
    index_view_class = SubmissionIndexView
    list_display = [
        "reference",
        "name",
        "email",
        *SUBMISSION_SCORE_COLUMNS,
        "intake",
        "country",
        "created_at",
    ]
    filterset_class = SubmissionFilterSet
    search_fields = ["reference", "name", "email", "organisation", "art_form"]
    list_export = [
        "reference",
        "intake",
        "status",
        "name",
        "email",
        "organisation",
        "organisation_number",
        "country",
        "region",
        "phone",
        "art_form",
        "language",
        "created_at",
        "decided_at",
    ]
    export_filename = "submissions"
    inspect_view_class = SubmissionInspectView
    read_only_views = READ_ONLY | {"history", "history_results"}
    form_fields = ["name"]
    extra_urls = [
        ("decide/<int:pk>/", actions.decide, "decide"),
        ("cancel/<int:pk>/", actions.cancel, "cancel"),
        ("declare/<int:pk>/", actions.declare, "declare"),
        ("score/<int:pk>/", actions.score, "score"),
        ("file/<int:pk>/", actions.download_file, "file"),
        ("add/<uuid:key>/", manual.add, "add"),
        ("move/<int:pk>/", manual.move, "move"),
    ]


class IntakeIndexView(IndexView):
    """Every list; with ?page=<translation key> the lists of one page (an event's dates, in order)."""

    def get_base_queryset(self):
        queryset = visible_intakes(self.request.user)
        key = self.request.GET.get("page", "")
        if _is_uuid(key):
            queryset = queryset.filter(translation_key=key).order_by("occurrence", "pk")
        return queryset


def _is_uuid(value):
    import uuid

    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


class IntakeViewSet(ReadOnlyViewSet):
    model = Intake
    icon = "list-ul"
    menu_label = _("Calls and lists")
    index_view_class = IntakeIndexView
    list_display = INTAKE_COLUMNS
    inspect_view_enabled = False
    form_fields = ["label"]
    search_fields = ["label"]
    extra_urls = [
        ("release/<int:pk>/", calls.release, "release"),
        ("reviewers/<int:pk>/", calls.reviewers, "reviewers"),
        ("export/<int:pk>/", calls.export_view, "export"),
        ("attendance/<int:pk>/", attendance.attendance, "attendance"),
    ]


class OutgoingEmailViewSet(ReadOnlyViewSet):
    model = OutgoingEmail
    icon = "mail"
    menu_label = _("Outgoing e-mail")
    list_display = ["subject", "to", "kind", "language", "status", "attempts", "created_at"]
    list_filter = ["status", "kind", "language"]
    search_fields = ["to", "subject"]
    inspect_view_class = OutgoingEmailInspectView
    form_fields = ["subject"]
    extra_urls = [("retry/<int:pk>/", actions.retry_email, "retry")]


class SubmissionsGroup(ViewSetGroup):
    menu_label = _("Applications")
    menu_icon = "form"
    menu_order = 250
    items = (
        IntakeViewSet("residencies_intakes"),
        SubmissionViewSet("residencies_submissions"),
        OutgoingEmailViewSet("residencies_emails"),
    )
