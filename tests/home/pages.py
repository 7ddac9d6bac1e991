"""A published page of any of the project's page types, in Swedish or in its Norwegian translation.

Each page type names its factory here; its parent is the first page type it may live under,
built the same way, so the whole chain down from the bilingual home page exists in both languages.
A new page type without an entry makes the admin tests fail with a message saying so.
"""

from events.factories import EventIndexPageFactory, EventPageFactory
from home.factories import (
    ActivityPageFactory,
    ContactPageFactory,
    ContentPageFactory,
    ProgrammeIndexPageFactory,
)
from residencies.factories import CallIndexPageFactory, ResidencyPageFactory, StudyTripPageFactory
from stories.factories import (
    JoinNetworkPageFactory,
    NetworkDirectoryPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    StoryIndexPageFactory,
    StoryPageFactory,
    StorytellerPageFactory,
)
from tests.conftest import translate_and_publish
from tests.home.editor_forms import PROJECT_APPS

FACTORIES = {
    "home.ContentPage": ContentPageFactory,
    "home.ProgrammeIndexPage": ProgrammeIndexPageFactory,
    "home.ActivityPage": ActivityPageFactory,
    "home.ContactPage": ContactPageFactory,
    "events.EventIndexPage": EventIndexPageFactory,
    "events.EventPage": EventPageFactory,
    "residencies.CallIndexPage": CallIndexPageFactory,
    "residencies.ResidencyPage": ResidencyPageFactory,
    "residencies.StudyTripPage": StudyTripPageFactory,
    "stories.StoryIndexPage": StoryIndexPageFactory,
    "stories.StoryPage": StoryPageFactory,
    "stories.NewsIndexPage": NewsIndexPageFactory,
    "stories.NewsPage": NewsPageFactory,
    "stories.NetworkDirectoryPage": NetworkDirectoryPageFactory,
    "stories.StorytellerPage": StorytellerPageFactory,
    "stories.JoinNetworkPage": JoinNetworkPageFactory,
}


def extra_fields(label, built):
    """Rows a page type cannot be saved from the editor without (a story names its storytellers)."""
    if label == "stories.StoryPage":
        from stories.models import StorytellerPage

        return {"storytellers": [built(StorytellerPage)]}
    return {}


def parent_type(model):
    """The project page type to build `model` under: the home page when allowed, else the first allowed."""
    allowed = [m for m in model.allowed_parent_page_models() if m._meta.app_label in PROJECT_APPS]
    labels = [m._meta.label for m in allowed]
    if "home.HomePage" in labels:
        return allowed[labels.index("home.HomePage")]
    return allowed[0]


class PageBuilder:
    """Builds each page once per test: `builder.page(model, "nb")` is the Norwegian translation."""

    def __init__(self, site):
        self.site = site
        self.sv = {"home.HomePage": site.home_sv}
        self.nb = {"home.HomePage": site.home_nb}

    def _built(self, model):
        return self.page(model, "sv")

    def page(self, model, language="sv"):
        label = model._meta.label
        if label not in self.sv:
            if label not in FACTORIES:
                raise LookupError(f"{label} has no factory in tests/home/pages.py: add one.")
            parent = self.page(parent_type(model), "sv")
            self.sv[label] = FACTORIES[label](parent=parent, **extra_fields(label, self._built))
        if language == "sv":
            return self.sv[label]
        if label not in self.nb:
            self.page(parent_type(model), "nb")
            self.nb[label] = translate_and_publish(self.sv[label], self.nb["home.HomePage"].locale)
        return self.nb[label]
