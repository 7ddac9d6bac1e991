"""Admin wiring, history actions, page sections on the home and activity pages, demo content."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.sections import ACTIVITY_SECTIONS_HOOK, HOME_SECTIONS_HOOK, Section
from home.timeline import TIMELINE_HOOK
from residencies.models import DecisionEmailTemplate, Intake, Submission
from residencies.services import history
from residencies.staff.permissions import VisibilityPolicy
from residencies.staff.viewsets import SubmissionsGroup

register_permission_policy(Submission, VisibilityPolicy(Submission))
register_permission_policy(Intake, VisibilityPolicy(Intake))


class DecisionEmailTemplateViewSet(SnippetViewSet):
    model = DecisionEmailTemplate
    icon = "mail"
    list_display = ["kind", "subject", "locale"]
    list_filter = ["kind"]


register_snippet(DecisionEmailTemplateViewSet)


@hooks.register("register_admin_viewset")
def register_submission_admin():
    return SubmissionsGroup()


@hooks.register("samspel_personal_data")
def submissions_personal_data():
    from residencies.services.personal_data import sources

    return sources()


@hooks.register("construct_homepage_panels")
def calls_panel(request, panels):
    from residencies.dashboard import CallsPanel, shows_calls_panel

    if shows_calls_panel(request.user):
        panels.append(CallsPanel())


@hooks.register("register_admin_urls")
def register_funder_report_urls():
    from django.urls import path

    from residencies.report import views

    return [
        path("reports/funders/", views.report_view, name="residencies_funder_report"),
        path("reports/funders/export/", views.export_view, name="residencies_funder_report_export"),
    ]


class FunderReportMenuItem(MenuItem):
    def is_shown(self, request):
        from residencies.report.views import can_see

        return can_see(request.user)


@hooks.register("register_reports_menu_item")
def register_funder_report_menu_item():
    return FunderReportMenuItem(
        _("Report to the funders"),
        reverse("residencies_funder_report"),
        name="funder-report",
        icon_name="doc-full",
        order=900,
    )


@hooks.register("register_permissions")
def register_funder_report_permission():
    from django.contrib.auth.models import Permission

    return Permission.objects.filter(content_type__app_label="residencies", codename="view_funder_report")


@hooks.register(TIMELINE_HOOK)
def calls_on_timeline(year, request):
    from residencies.dashboard import timeline_items

    return timeline_items(year, request)


@hooks.register("register_log_actions")
def register_log_actions(actions):
    history.register(actions)


@hooks.register(HOME_SECTIONS_HOOK)
def calls_on_home(page, request):
    from home.chrome import index_url
    from residencies.models import CallIndexPage
    from residencies.queries import home_calls

    more_url = index_url(request, CallIndexPage, page.locale_id)
    return [
        Section(
            "calls",
            _("Open calls"),
            items=home_calls(page.locale_id),
            card_template="residencies/includes/call_card.html",
            more_url=more_url,
            more_label=_("All calls") if more_url else "",
            empty_text=_(
                "No calls are open right now. Calls for residencies and study trips are published here."
            ),
        )
    ]


@hooks.register(ACTIVITY_SECTIONS_HOOK)
def calls_on_activity(page, request):
    from residencies.queries import activity_calls

    return [
        Section(
            "calls",
            _("Calls"),
            items=activity_calls(page),
            card_template="residencies/includes/call_card.html",
        )
    ]


@hooks.register("samspel_demo_content")
def demo_calls(demo):
    from residencies.demo import load_demo_calls

    pages = demo.pages
    activities = {key: pages[key] for key in ("residencies", "study-trips") if key in pages}
    load_demo_calls(pages["home"]["sv"], pages["home"]["nb"], activities)
