"""Fixtures for the stories tests: story index, news index and network directory in both languages,
art forms and storytellers translated as editors translate them."""

import pytest

from home.choices import Region
from stories.factories import (
    ArtFormFactory,
    NetworkDirectoryPageFactory,
    NewsIndexPageFactory,
    StoryIndexPageFactory,
    StoryPageFactory,
    StorytellerPageFactory,
)
from tests.conftest import translate_and_publish


def translate_snippet(snippet, locale, **fields):
    translated = snippet.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save()
    return translated


@pytest.fixture
def story_index(home_sv, locale_nb):
    """The Swedish story index; its published Norwegian translation is `story_index.nb`."""
    index = StoryIndexPageFactory(parent=home_sv, title="Berättelser", slug="berattelser")
    index.nb = translate_and_publish(index, locale_nb, title="Historier", slug="historier")
    return index


@pytest.fixture
def news_index(home_sv, locale_nb):
    index = NewsIndexPageFactory(parent=home_sv, title="Nyheter", slug="nyheter")
    index.nb = translate_and_publish(index, locale_nb, title="Nyheter", slug="nyheter")
    return index


@pytest.fixture
def directory(home_sv, locale_nb):
    page = NetworkDirectoryPageFactory(parent=home_sv, title="Berättarnätverket", slug="natverket")
    page.nb = translate_and_publish(page, locale_nb, title="Fortellernettverket", slug="nettverket")
    return page


@pytest.fixture
def art_forms(locale_sv, locale_nb):
    """{slug: ArtForm (sv)} with each one's Norwegian translation as `.nb`."""
    forms = {}
    for slug, sv, nb in [
        ("musik", "Musik", "Musikk"),
        ("hantverk", "Hantverk", "Håndverk"),
        ("film", "Film", "Film"),
    ]:
        form = ArtFormFactory(name=sv, slug=slug, locale=locale_sv)
        form.nb = translate_snippet(form, locale_nb, name=nb)
        forms[slug] = form
    return forms


@pytest.fixture
def storyteller(directory, art_forms, locale_nb):
    """A Swedish storyteller from Jämtland with a Norwegian profile (`.nb`)."""
    person = StorytellerPageFactory(
        parent=directory,
        title="Astrid Fjällström",
        slug="astrid-fjallstrom",
        region=Region.JAMTLAND_HARJEDALEN,
        languages="sv,sma",
        art_forms=[art_forms["hantverk"]],
    )
    person.nb = translate_and_publish(person, locale_nb, title="Astrid Fjällström", slug="astrid-fjallstrom")
    return person


@pytest.fixture
def storyteller_no(directory, art_forms, locale_nb):
    """A storyteller from Trøndelag whose profile exists in both languages."""
    person = StorytellerPageFactory(
        parent=directory,
        title="Ola Nordmo",
        slug="ola-nordmo",
        region=Region.TRONDELAG,
        languages="no",
        art_forms=[art_forms["musik"]],
    )
    person.nb = translate_and_publish(person, locale_nb, title="Ola Nordmo", slug="ola-nordmo")
    return person


@pytest.fixture
def make_story(story_index):
    def make(**kwargs):
        kwargs.setdefault("parent", story_index)
        return StoryPageFactory(**kwargs)

    return make


@pytest.fixture
def translate(locale_nb):
    """Publish the Norwegian translation of a page, as wagtail-localize would."""

    def do(page, **fields):
        fields.setdefault("title", f"{page.title} (nb)")
        fields.setdefault("slug", page.slug)
        return translate_and_publish(page, locale_nb, **fields)

    return do
