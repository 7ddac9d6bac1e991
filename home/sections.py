"""Slots on the home page and activity pages that other apps fill.

`home` imports none of events, residencies or stories. Each of them registers a
Wagtail hook that returns a `Section` for a slot; home renders the slots in a
fixed order and shows an intentional empty state for a slot nobody filled.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

HOME_SECTIONS_HOOK = "samspel_home_page_sections"
ACTIVITY_SECTIONS_HOOK = "samspel_activity_page_sections"


@dataclass
class Section:
    key: str
    heading: str
    items: list = field(default_factory=list)
    # Template that renders one item as a card.
    card_template: str = "components/card.html"
    more_url: str = ""
    more_label: str = ""
    empty_text: str = ""


def _home_defaults():
    return [
        Section(
            "events",
            _("Upcoming events"),
            empty_text=_(
                "No events are scheduled right now. New seminars and network meetings are announced here."
            ),
        ),
        Section(
            "calls",
            _("Open calls"),
            empty_text=_(
                "No calls are open right now. Calls for residencies and study trips are published here."
            ),
        ),
        Section(
            "stories",
            _("Stories from the network"),
            empty_text=_("The first stories from the storytelling network are on their way."),
        ),
    ]


def _collect(hook_name, defaults, **kwargs):
    sections = {section.key: section for section in defaults}
    for fn in hooks.get_hooks(hook_name):
        for section in fn(**kwargs) or []:
            sections[section.key] = section
    return list(sections.values())


def home_page_sections(page, request):
    return _collect(HOME_SECTIONS_HOOK, _home_defaults(), page=page, request=request)


def activity_page_sections(page, request):
    # An activity shows only what exists for it: no empty slots.
    return [s for s in _collect(ACTIVITY_SECTIONS_HOOK, [], page=page, request=request) if s.items]
