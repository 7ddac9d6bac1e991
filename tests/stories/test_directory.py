"""The network directory: filters, the count across the border, empty states; the draft-profile service."""

import re

import pytest
from wagtail.models import Locale

from home.choices import Country, Region
from stories.factories import StorytellerPageFactory
from stories.models import StorytellerPage
from stories.services.directory import network_counts
from stories.services.storytellers import NoDirectory, create_draft_storyteller
from tests.i18n import ntr, tr

pytestmark = pytest.mark.django_db

TITLE_LINK = re.compile(r'class="card__title"><a href="[^"]+"[^>]*>([^<]+)</a>')


def names(html):
    return TITLE_LINK.findall(html.split('id="results-heading"', 1)[1].split("</section>", 1)[0])


@pytest.fixture
def network(directory, storyteller, storyteller_no, art_forms):
    StorytellerPageFactory(
        parent=directory,
        title="Mats Film",
        slug="mats",
        region=Region.TRONDELAG,
        languages="no,en",
        art_forms=[art_forms["film"]],
    )
    StorytellerPageFactory(parent=directory, title="Utkast", slug="utkast", publish=False)
    return directory


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["Astrid Fjällström", "Mats Film", "Ola Nordmo"]),
        ("region=trondelag", ["Mats Film", "Ola Nordmo"]),
        ("art=hantverk", ["Astrid Fjällström"]),
        ("language=sma", ["Astrid Fjällström"]),
        ("language=en", ["Mats Film"]),
        ("language=no&art=musik", ["Ola Nordmo"]),
        ("region=jamtland-harjedalen&language=no", []),
    ],
)
def test_directory_filters_alone_and_combined(client, network, query, expected):
    assert names(client.get(f"{network.url}?{query}").text) == expected


def test_language_filter_matches_whole_codes_only(directory):
    from stories.services.directory import _language_q

    StorytellerPageFactory(parent=directory, title="Sm", slug="sm", languages="sma")
    assert not StorytellerPage.objects.filter(_language_q("sm")).exists()
    assert StorytellerPage.objects.filter(_language_q("sma")).count() == 1


def test_counts_show_the_network_on_both_sides_of_the_border(client, network):
    counts = network_counts()
    assert counts["total"] == 3
    assert dict(counts["countries"]) == {Country.SWEDEN.label: 1, Country.NORWAY.label: 2}
    assert dict(counts["regions"]) == {Region.JAMTLAND_HARJEDALEN.label: 1, Region.TRONDELAG.label: 2}
    assert counts["across_border"] is True
    html = client.get(network.nb.url).text
    assert ntr("nb", "%(total)s storyteller", "%(total)s storytellers", 3, "total") in html
    assert tr("nb", "on both sides of the border") in html


def test_a_person_with_profiles_in_both_languages_is_counted_once(directory, storyteller):
    assert storyteller.nb.live
    assert network_counts()["total"] == 1


def test_country_is_filled_in_from_the_region(storyteller, storyteller_no):
    assert storyteller.country == Country.SWEDEN
    assert storyteller_no.country == Country.NORWAY


def test_empty_directory_and_no_match_have_their_own_messages(client, directory, storyteller):
    assert (
        tr("sv", "No storytellers match your choices. Try fewer filters.")
        in client.get(f"{directory.url}?region=other").text
    )
    storyteller.unpublish()
    storyteller.nb.unpublish()
    html = client.get(directory.url).text
    assert tr("sv", "The storytelling network is just starting. The first profiles are on their way.") in html
    assert "network-counts" not in html


# --- create_draft_storyteller -------------------------------------------------------------------


def test_accepted_request_becomes_an_unpublished_profile_in_the_applicants_language(directory, art_forms):
    profile = create_draft_storyteller(
        name="Kari Nordli",
        email="kari@example.no",
        region=Region.TRONDELAG,
        art_form_keys=["musik", "okand", "musik"],
        about="Jeg forteller om <seterliv>.\n\nOg joik.",
        language="nb",
    )
    profile = StorytellerPage.objects.get(pk=profile.pk)
    assert not profile.live
    assert profile.has_unpublished_changes
    assert profile.locale == Locale.objects.get(language_code="nb")
    assert profile.get_parent().pk == directory.nb.pk
    assert profile.title == "Kari Nordli" and profile.slug == "kari-nordli"
    assert profile.email == "kari@example.no" and not profile.show_contact
    assert profile.country == Country.NORWAY
    assert "&lt;seterliv&gt;" in profile.bio and "<p>Og joik.</p>" in profile.bio
    # Unknown keys are ignored, duplicates collapse; the Norwegian art form is chosen.
    assert [link.art_form for link in profile.art_form_links.all()] == [art_forms["musik"].nb]
    # An editor finds it as a draft with a revision to continue from.
    assert profile.latest_revision is not None


def test_two_requests_with_the_same_name_get_different_addresses(directory):
    first = create_draft_storyteller("Anna Berg", "a@example.se", Region.JAMTLAND_HARJEDALEN, [], "", "sv")
    second = create_draft_storyteller("Anna Berg", "b@example.se", Region.JAMTLAND_HARJEDALEN, [], "", "sv")
    assert first.slug == "anna-berg" and second.slug == "anna-berg-2"


def test_draft_profile_is_not_shown_on_the_site(client, directory):
    profile = create_draft_storyteller("Dold Person", "d@example.se", Region.OTHER, [], "Hej", "sv")
    assert "Dold Person" not in client.get(directory.url).text
    assert client.get(f"{directory.url}{profile.slug}/").status_code == 404


def test_no_directory_in_that_language_is_an_error(site):
    with pytest.raises(NoDirectory):
        create_draft_storyteller("X", "x@example.se", Region.OTHER, [], "", "nb")
