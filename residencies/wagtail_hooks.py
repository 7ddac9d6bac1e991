"""Admin wiring, history actions, page sections on the home and activity pages, demo content."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.sections import ACTIVITY_SECTIONS_HOOK, HOME_SECTIONS_HOOK, Section
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


@hooks.register("register_log_actions")
def register_log_actions(actions):
    history.register(actions)


@hooks.register(HOME_SECTIONS_HOOK)
def calls_on_home(page, request):
    from residencies.queries import call_index_for, home_calls

    index = call_index_for(page.locale)
    return [
        Section(
            "calls",
            _("Open calls"),
            items=home_calls(page.locale),
            card_template="residencies/includes/call_card.html",
            more_url=index.get_url(request) if index else "",
            more_label=_("All calls") if index else "",
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
