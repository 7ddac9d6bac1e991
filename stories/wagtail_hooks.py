from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.sections import ACTIVITY_SECTIONS_HOOK, HOME_SECTIONS_HOOK
from stories.models import ArtForm
from stories.services.sections import activity_sections, home_sections


class ArtFormViewSet(SnippetViewSet):
    model = ArtForm
    icon = "tag"
    list_display = ["name", "slug"]
    search_fields = ["name"]


register_snippet(ArtFormViewSet)


@hooks.register("register_log_actions")
def register_log_actions(actions):
    # In the submission's history, next to residencies' own entries.
    from django.utils.translation import gettext_lazy as _

    from residencies.services.history import DataFormatter

    @actions.register_action("stories.draft_profile")
    class DraftProfileFormatter(DataFormatter):
        label = _("Draft storyteller profile")
        message = _("Draft storyteller profile made (page %(page)s)")


@hooks.register(HOME_SECTIONS_HOOK)
def stories_and_news_on_home(page, request):
    return home_sections(page, request)


@hooks.register(ACTIVITY_SECTIONS_HOOK)
def stories_and_news_on_activity(page, request):
    return activity_sections(page, request)


@hooks.register("samspel_demo_content")
def demo_stories(demo):
    from stories.demo import load_demo_stories

    load_demo_stories(
        demo.pages["home"]["sv"], demo.pages["home"]["nb"], demo.pages, collection=demo.collection
    )
