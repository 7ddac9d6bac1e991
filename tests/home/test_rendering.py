"""Every page type renders in both language trees, in that tree's language."""

import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import translation

from home.choices import ActivityStatus, OrganisationRole, Region
from home.factories import (
    ActivityPageFactory,
    ContactPageFactory,
    ContentPageFactory,
    OrganisationFactory,
    PersonFactory,
)
from tests.conftest import translate_and_publish
from tests.home.html import hreflang_links, switcher_links
from tests.home.html import html_lang as lang_of

pytestmark = pytest.mark.django_db


def html_lang(response):
    return lang_of(response.text)


def paragraph(text):
    return [{"type": "paragraph", "value": f"<p>{text}</p>"}]


def translated(msgid, language):
    with translation.override(language):
        return translation.gettext(msgid)


@pytest.fixture
def content_pages(home_sv, locale_nb):
    sv = ContentPageFactory(
        parent=home_sv, title="Om projektet", slug="om-projektet", body=paragraph("Svensk brödtext.")
    )
    nb = translate_and_publish(
        sv, locale_nb, title="Om prosjektet", slug="om-prosjektet", body=paragraph("Norsk brødtekst.")
    )
    return sv, nb


@pytest.fixture
def activity(programme, locale_nb):
    org_sv = OrganisationFactory(name="Region Jämtland Härjedalen", role=OrganisationRole.OWNER)
    translate_org = org_sv.copy_for_translation(locale_nb)
    translate_org.name = "Region Jämtland Härjedalen (nb)"
    translate_org.save()
    person_sv = PersonFactory(
        name="Anna Andersson", role="Projektledare", email="anna@example.se", show_email=True
    )
    person_nb = person_sv.copy_for_translation(locale_nb)
    person_nb.role = "Prosjektleder"
    person_nb.save()
    sv = ActivityPageFactory(
        parent=programme,
        title="Scenkonst över gränsen",
        slug="scenkonst",
        summary="Gästspel mellan scenerna.",
        status=ActivityStatus.ONGOING,
        region=Region.CROSS_BORDER,
        start_date=datetime.date(2024, 1, 15),
        end_date=datetime.date(2026, 1, 31),
        budget=Decimal("1500000"),
        budget_currency="SEK",
        lead_organisation=org_sv,
        contact_person=person_sv,
        body=paragraph("Aktiviteten på svenska."),
    )
    nb = translate_and_publish(
        sv,
        locale_nb,
        title="Scenekunst over grensen",
        summary="Gjestespill mellom scenene.",
        body=paragraph("Aktiviteten på norsk."),
    )
    return sv, nb


def test_home_page_renders_each_language_tree(client, site):
    sv, nb = client.get("/sv/"), client.get("/nb/")
    assert (sv.status_code, nb.status_code) == (200, 200)
    assert (html_lang(sv), html_lang(nb)) == ("sv", "nb")
    assert "Kultur över gränsen" in sv.text and "Kultur over grensen" not in sv.text
    assert "Kultur over grensen" in nb.text and "Kultur över gränsen" not in nb.text


def test_content_page_renders_its_own_translation(client, content_pages):
    sv, nb = client.get("/sv/om-projektet/"), client.get("/nb/om-prosjektet/")
    assert (sv.status_code, nb.status_code) == (200, 200)
    assert (html_lang(sv), html_lang(nb)) == ("sv", "nb")
    assert "<h1>Om projektet</h1>" in sv.text and "Svensk brödtext." in sv.text
    assert "<h1>Om prosjektet</h1>" in nb.text and "Norsk brødtekst." in nb.text
    assert "Svensk brödtext." not in nb.text


def test_programme_index_lists_only_its_languages_activities(client, activity):
    sv, nb = client.get("/sv/programmet/"), client.get("/nb/programmet/")
    assert (sv.status_code, nb.status_code) == (200, 200)
    assert (html_lang(sv), html_lang(nb)) == ("sv", "nb")
    assert "Scenkonst över gränsen" in sv.text and "Scenekunst over grensen" not in sv.text
    assert "Scenekunst over grensen" in nb.text and "Scenkonst över gränsen" not in nb.text
    assert 'href="/nb/programmet/scenkonst/"' in nb.text


def test_empty_programme_index_says_so(client, programme):
    response = client.get("/sv/programmet/")
    assert translated("The programme's activities will be presented here.", "sv") in response.text


def test_activity_fact_box_renders_every_fact_in_swedish(client, activity):
    response = client.get("/sv/programmet/scenkonst/")
    assert response.status_code == 200
    assert html_lang(response) == "sv"
    text = response.text
    assert "Aktiviteten på svenska." in text
    with translation.override("sv"):
        assert str(ActivityStatus.ONGOING.label) in text
        assert str(Region.CROSS_BORDER.label) in text
    # Django's own catalogues name the months in the page's language.
    assert "15 januari 2024" in text and "31 januari 2026" in text
    assert "1\xa0500\xa0000 SEK" in text
    assert "Region Jämtland Härjedalen" in text and "(nb)" not in text
    assert "Anna Andersson, Projektledare" in text
    assert 'href="mailto:anna@example.se"' in text


def test_activity_fact_box_shows_norwegian_snippets_and_dates(client, activity):
    response = client.get("/nb/programmet/scenkonst/")
    assert response.status_code == 200
    assert html_lang(response) == "nb"
    text = response.text
    assert "Aktiviteten på norsk." in text and "Aktiviteten på svenska." not in text
    assert "15 januar 2024" in text and "januari" not in text
    assert "1\xa0500\xa0000 SEK" in text
    # The lead organisation and contact person are shown in their Norwegian versions.
    assert "Region Jämtland Härjedalen (nb)" in text
    assert "Anna Andersson, Prosjektleder" in text


def test_contact_page_shows_the_form_in_each_language(client, home_sv, locale_nb):
    contact_sv = ContactPageFactory(parent=home_sv, title="Kontakt", slug="kontakt")
    translate_and_publish(contact_sv, locale_nb, title="Kontakt oss", slug="kontakt")
    sv, nb = client.get("/sv/kontakt/"), client.get("/nb/kontakt/")
    assert (sv.status_code, nb.status_code) == (200, 200)
    assert (html_lang(sv), html_lang(nb)) == ("sv", "nb")
    assert "<h1>Kontakt oss</h1>" in nb.text
    for response, language in ((sv, "sv"), (nb, "nb")):
        assert 'name="csrfmiddlewaretoken"' in response.text
        assert 'name="consent"' in response.text
        assert translated("Send message", language) in response.text


@pytest.mark.parametrize(("path", "language"), [("/sv/finns-inte/", "sv"), ("/nb/finnes-ikke/", "nb")])
def test_missing_page_is_a_404_in_the_visitors_language(client, site, path, language):
    response = client.get(path)
    assert response.status_code == 404
    assert html_lang(response) == language
    assert translated("Page not found", language) in response.text
    assert f'href="/{language}/"' in response.text


def test_missing_page_claims_no_translations(client, site):
    # A 404 has no equivalent in the other language: announcing one would send search engines to
    # another 404.
    response = client.get("/sv/finns-inte/")
    assert response.status_code == 404
    assert hreflang_links(response.text) == {}
    # The switcher still offers the other language, at its home page.
    assert switcher_links(response.text)["nb"]["href"] == "/nb/"


def compiled_catalogue(language):
    return any(
        (Path(path) / language / "LC_MESSAGES" / "django.mo").exists() for path in settings.LOCALE_PATHS
    )


@pytest.mark.skipif(
    not (compiled_catalogue("sv") and compiled_catalogue("nb")),
    reason="the sv/nb catalogues are not compiled yet (make messages)",
)
@pytest.mark.parametrize("msgid", ["Facts", "Lead organisation", "Contact person", "Skip to content"])
def test_ui_strings_are_translated_into_each_language(client, activity, msgid):
    sv_text, nb_text = translated(msgid, "sv"), translated(msgid, "nb")
    assert sv_text != msgid and nb_text != msgid, "missing from a catalogue"
    assert sv_text in client.get("/sv/programmet/scenkonst/").text
    assert nb_text in client.get("/nb/programmet/scenkonst/").text


@pytest.mark.skipif(
    not (compiled_catalogue("sv") and compiled_catalogue("nb")),
    reason="the sv/nb catalogues are not compiled yet (make messages)",
)
def test_swedish_and_norwegian_pages_use_different_words(client, site):
    sv_search, nb_search = translated("Search", "sv"), translated("Search", "nb")
    assert sv_search != nb_search
    assert f">{sv_search}</button>" in client.get("/sv/").text
    assert f">{nb_search}</button>" in client.get("/nb/").text
