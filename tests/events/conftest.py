"""Fixtures for the events tests: a bilingual event calendar under the bilingual home page."""

from datetime import timedelta

import pytest
from django.utils import translation

from events.factories import EventCategoryFactory, EventIndexPageFactory, EventPageFactory, VenueFactory
from tests.conftest import translate_and_publish


@pytest.fixture(autouse=True)
def swedish_by_default():
    """reverse() outside a request uses the active language; other tests may leave another active."""
    with translation.override("sv"):
        yield


@pytest.fixture
def calendar(home_sv, locale_nb):
    """The Swedish event calendar page; its published Norwegian translation is `calendar.nb`."""
    index = EventIndexPageFactory(parent=home_sv, title="Evenemang", slug="evenemang")
    index.nb = translate_and_publish(index, locale_nb, title="Arrangementer", slug="arrangementer")
    return index


@pytest.fixture
def venue(locale_sv):
    return VenueFactory(name="Gamla Teatern", town="Östersund")


@pytest.fixture
def seminar(locale_sv, locale_nb):
    category = EventCategoryFactory(name="Seminarium", slug="seminar")
    category.nb = category.copy_for_translation(locale_nb)
    category.nb.name = "Seminar"
    category.nb.save()
    return category


@pytest.fixture
def make_event(calendar, venue):
    def make(**kwargs):
        kwargs.setdefault("parent", calendar)
        kwargs.setdefault("venue", venue)
        return EventPageFactory(**kwargs)

    return make


@pytest.fixture
def translate(locale_nb):
    """Publish the Norwegian translation of an event, as wagtail-localize would."""

    def do(event, **fields):
        fields.setdefault("title", f"{event.title} (nb)")
        fields.setdefault("slug", event.slug)
        return translate_and_publish(event, locale_nb, **fields)

    return do


# --- Registration ---------------------------------------------------------------------------------

QUESTIONS_SV = [
    ("text", {"label": "Vad arbetar du med?", "help_text": "", "required": True}),
    (
        "choice",
        {"label": "Hur deltar du?", "help_text": "", "required": True, "choices": ["På plats", "Digitalt"]},
    ),
    ("yes_no", {"label": "Äter du vegetariskt?", "help_text": "", "required": False}),
]
NB_LABELS = ["Hva jobber du med?", "Hvordan deltar du?", "Spiser du vegetarisk?"]
NB_CHOICES = ["På stedet", "Digitalt"]


def norwegian_questions(event):
    """The questions with Norwegian labels and the same block and choice ids, as translators leave them."""
    import copy

    raw = copy.deepcopy(event.intake_questions.raw_data)
    for block, label in zip(raw, NB_LABELS, strict=True):
        block["value"]["label"] = label
        if block["type"] == "choice":
            for item, text in zip(block["value"]["choices"], NB_CHOICES, strict=True):
                item["value"] = text
    return raw


def registration(**overrides):
    """Fields of an event that takes registrations: first come, 3 places, a waiting list, three questions."""
    fields = {
        "intake_policy": "first_come",
        "intake_places": 3,
        "intake_waiting_list": True,
        "intake_questions": QUESTIONS_SV,
    }
    return fields | overrides


@pytest.fixture
def workshop(make_event, translate):
    """A single event with registration, in Swedish, with its Norwegian translation as `workshop.nb`."""
    event = make_event(title="Verkstad", slug="verkstad", **registration())
    event.nb = translate(
        event, title="Verksted", slug="verksted", intake_questions=norwegian_questions(event)
    )
    return event


@pytest.fixture
def weekly(make_event, translate):
    """Weekly at 18:00 for six weeks from next week, 2 places per date; its translation as `weekly.nb`."""
    import recurrence
    from recurrence import Recurrence, Rule

    from events.factories import next_week_at

    start = next_week_at()
    event = make_event(
        title="Måndagsverkstad",
        slug="mandagsverkstad",
        start=start,
        end=start + timedelta(hours=2),
        recurrence=Recurrence(rrules=[Rule(recurrence.WEEKLY, count=6)]),
        **registration(intake_places=2),
    )
    event.nb = translate(
        event, title="Mandagsverksted", slug="mandagsverksted", intake_questions=norwegian_questions(event)
    )
    return event


def answers_post(event, n=1, **extra):
    """A complete POST of the registration form (Swedish page labels; keys are the same in nb)."""
    (text_key, _t, _v), (choice_key, _c, choice), (yes_no_key, _y, _yv) = event.intake_questions_list()
    first_choice = next(iter(choice["choices"].bound_blocks)).id
    return {
        "name": f"Deltagare {n}",
        "email": f"deltagare{n}@example.com",
        "organisation": "Teater Nord",
        "country": "NO",
        f"q_{text_key}": "Scenkonst",
        f"q_{choice_key}": first_choice,
        f"q_{yes_no_key}": "yes",
        "consent": "on",
        **extra,
    }


def person(n, **extra):
    return {"name": f"Deltagare {n}", "email": f"deltagare{n}@example.com", "country": "SE", **extra}


def said(msgid, plural=None, count=None, language="sv", **values):
    """A message as the site says it in `language`: passes whether or not the catalogues are compiled."""
    from django.utils.translation import gettext, ngettext

    with translation.override(language):
        text = gettext(msgid) if plural is None else ngettext(msgid, plural, count)
    values = values | ({"count": count} if count is not None else {})
    return text % values if values else text
