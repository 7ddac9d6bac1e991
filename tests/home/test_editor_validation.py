"""The project's own validation tells editors what to fix, in the language of their admin.

Each case posts the page editor's form, as the browser would, with one mistake in it, once by an
editor whose account asks for Swedish and once by one who asks for Norwegian.
"""

import json
from dataclasses import dataclass, field

import pytest
from django.urls import reverse
from django.utils.html import escape
from wagtail.test.utils.form_data import rich_text, streamfield

from events.models import EventPage
from home.models import ActivityPage, ContentPage, HomePage
from residencies.models import ResidencyPage, StudyTripPage
from stories.models import NewsPage
from tests.home.editing import edit_form_data, typed_into
from tests.i18n import tr


@dataclass
class Mistake:
    model: type
    message: str
    typed: dict = field(default_factory=dict)
    # Some mistakes need objects from the test: called with (page, image) when given.
    build: object = None

    def data(self, page, image):
        return self.typed | (self.build(page, image) if self.build else {})


def link_to_both(page, image):
    cta = {
        "heading": "Ansök",
        "text": "",
        "link": {"page": str(page.pk), "url": "https://example.org/"},
        "button_label": "Ansök nu",
    }
    return {"body": streamfield([("call_to_action", cta)])}


def audio_without_recording(page, image):
    audio = {"title": "Berättelsen", "embed": "", "file": "", "caption": "", "transcript": rich_text("")}
    return {"body": streamfield([("audio", audio)])}


MISTAKES = {
    "activity ends before it starts": Mistake(
        ActivityPage,
        "The activity cannot end before it starts: choose an end date on or after the start date.",
        {"start_date": "2026-05-10", "end_date": "2026-05-01"},
    ),
    "event ends before it starts": Mistake(
        EventPage,
        "The event cannot end before it starts: set the end after the start.",
        {"start": "2026-05-10 18:00", "end": "2026-05-10 17:00"},
    ),
    "all-day event ends the day before": Mistake(
        EventPage,
        "The last day cannot be before the first day: choose a later end date.",
        {"all_day": "on", "start": "2026-05-10 00:00", "end": "2026-05-09 00:00"},
    ),
    "event has no price": Mistake(
        EventPage, "Give a price, or tick “free of charge”.", {"is_free": None, "price": ""}
    ),
    "event moved online without a link": Mistake(
        EventPage,
        "An event that has moved online needs its online link: add it, or choose another status.",
        {"status": "moved_online", "online_url": ""},
    ),
    "registration closes before it opens": Mistake(
        EventPage,
        "Registration must close after it opens: choose a later closing time or an earlier opening time.",
        {
            "intake_policy": "first_come",
            "intake_opens_at": "2026-05-02 12:00",
            "intake_closes_at": "2026-05-01 12:00",
        },
    ),
    "no places": Mistake(
        EventPage,
        "Give at least one place, or leave empty for no limit.",
        {"intake_policy": "first_come", "intake_places": "0"},
    ),
    "call without a deadline": Mistake(
        ResidencyPage,
        "A call needs a closing date: enter the deadline for applications.",
        {"intake_closes_at": ""},
    ),
    "residency ends before it starts": Mistake(
        ResidencyPage,
        "The residency cannot end before it starts: choose an end date on or after the start date.",
        {"period_start": "2026-09-10", "period_end": "2026-09-01"},
    ),
    "trip ends before it starts": Mistake(
        StudyTripPage,
        "The trip cannot end before it starts: choose a return date on or after the departure date.",
        {"trip_start": "2026-09-10", "trip_end": "2026-09-01"},
    ),
    "image without alternative text": Mistake(
        ContentPage,
        "Describe the image: alternative text is required with an image.",
        {"image_alt": ""},
        lambda page, image: {"image": str(image.pk)},
    ),
    "hero image without alternative text": Mistake(
        HomePage,
        "Describe the hero image: alternative text is required with an image.",
        {"hero_image_alt": ""},
        lambda page, image: {"hero_image": str(image.pk)},
    ),
    "link to a page and an address": Mistake(
        ContentPage, "Choose a page or enter an address, not both.", build=link_to_both
    ),
    "audio without a recording": Mistake(
        NewsPage, "Give a link to the recording or choose a sound file.", build=audio_without_recording
    ),
}


def shown(message, html):
    """The message as the edit view shows it: in the HTML, or in the data the StreamField's script reads."""
    return escape(message) in html or escape(json.dumps(message)[1:-1]) in html


MODELS = sorted({m.model for m in MISTAKES.values()}, key=lambda m: m._meta.label)


@pytest.mark.django_db
@pytest.mark.parametrize("model", MODELS, ids=lambda m: m._meta.label)
def test_the_editor_is_told_what_to_fix_in_their_language(client, editor_in, pages, image, model):
    # One test per page type: its page and editors are made once for all of its mistakes.
    page = pages.page(model, "sv")
    revisions = page.revisions.count()
    editors = {language: editor_in(language) for language in ("sv", "nb")}
    client.force_login(editors["sv"])
    form_data = edit_form_data(client, page)
    for case, mistake in MISTAKES.items():
        if mistake.model is not model:
            continue
        data = typed_into(form_data, page, **mistake.data(page, image))
        for language, editor in editors.items():
            client.force_login(editor)
            response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)

            assert response.status_code == 200, (case, language)  # the form again: nothing saved
            html = response.content.decode()
            assert f'<html lang="{language}"' in html
            expected = tr(language, mistake.message)
            assert shown(expected, html), f"{case} ({language}): {expected}"
    assert page.revisions.count() == revisions


@pytest.mark.django_db
def test_a_correct_form_is_saved(client, editor_in, pages):
    # The control: the same form data without the mistake saves, so the cases above fail for their mistake.
    page = pages.page(EventPage, "sv")
    client.force_login(editor_in("nb"))
    data = edit_form_data(client, page, start="2026-05-10 18:00", end="2026-05-10 20:00")
    response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    assert response.status_code == 302
