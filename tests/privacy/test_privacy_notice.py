"""The demo content's privacy notice exists in both languages, forms link it in the visitor's language,
and what it promises about retention is what the purge does.

The notice is built from the demo's own description (home.demo.content.privacy) rather than by
loading the whole demo, which tests/home/test_demo_content.py already does (and which checks that
the site settings point to it)."""

import pytest
from django.conf import settings

from home.demo.content import PAGES
from home.demo.content.privacy import PRIVACY
from home.demo.spec import Refs
from home.models import SiteSettings
from tests.i18n import tr

pytestmark = pytest.mark.django_db

TITLES = {"sv": "Integritetspolicy", "nb": "Personvernerklæring"}


@pytest.fixture
def demo_notice(site, contact, locale_sv, locale_nb):
    """The demo's privacy notice, built the way the demo builder builds it, chosen in the site settings."""
    locales = {"sv": locale_sv, "nb": locale_nb}
    pages = {"contact": {"sv": contact, "nb": contact.nb}}
    refs = {code: Refs(code, locale, {}, {}, {}, pages) for code, locale in locales.items()}
    page = PRIVACY.factory(parent=site.home_sv, **PRIVACY.fields(refs["sv"]))
    translated = page.copy_for_translation(locale_nb).specific
    for name, value in PRIVACY.fields(refs["nb"]).items():
        setattr(translated, name, value)
    translated.save()
    built = {}
    for code, each in (("sv", page), ("nb", translated)):
        each = each.specific_class.objects.get(pk=each.pk)
        for name, value in PRIVACY.links(refs[code]).items():
            setattr(each, name, value)
        each.save_revision().publish()
        built[code] = each
    settings_obj = SiteSettings.for_site(site)
    settings_obj.privacy_page = built["sv"]
    settings_obj.save()
    return built


def test_the_demo_content_includes_the_notice():
    assert PRIVACY in PAGES


@pytest.mark.parametrize("language", ["sv", "nb"])
def test_the_notice_is_shown_in_both_languages_and_linked_from_the_footer(client, demo_notice, language):
    page = demo_notice[language]
    response = client.get(page.url)
    assert response.status_code == 200 and f"<h1>{TITLES[language]}</h1>" in response.text.replace("\n", "")
    assert page.url.startswith(f"/{language}/")
    assert f'href="{page.url}"' in client.get(f"/{language}/").text


@pytest.mark.parametrize("language", ["sv", "nb"])
def test_the_contact_and_registration_forms_link_the_notice_in_the_visitors_language(
    client, demo_notice, workshop, language
):
    page = demo_notice[language]
    link = f'<a href="{page.url}">{tr(language, "Read the privacy notice")}</a>'
    assert link in client.get(f"/{language}/kontakt/").text
    registration = client.get((workshop if language == "sv" else workshop.nb).url).text
    assert 'name="consent"' in registration and link in registration


def test_the_notice_promises_what_the_purge_does(demo_notice, workshop, residency, join):
    text = {language: str(demo_notice[language].body) for language in ("sv", "nb")}
    # Contact messages: twelve months, the setting's default.
    assert settings.SAMSPEL_CONTACT_RETENTION_DAYS == 365
    assert (
        "tolv månader efter att de kom in" in text["sv"] and "tolv måneder etter at de kom inn" in text["nb"]
    )
    # Registrations, applications, requests to join: a year after the end or the decision, by default.
    assert {p.intake_retention_days for p in (workshop, residency, join)} == {365}
    assert "ett år efter" in text["sv"] and "ett år etter" in text["nb"]
