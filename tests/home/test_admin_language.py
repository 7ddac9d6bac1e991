"""Editors get the Wagtail admin in the language their account asks for, Swedish or Norwegian Bokmål."""

import pytest
from django.conf import settings
from django.urls import reverse
from wagtail.admin.forms.account import LocalePreferencesForm
from wagtail.admin.localization import get_available_admin_languages
from wagtail.users.models import UserProfile

from tests.i18n import tr

OTHER = {"sv": "nb", "nb": "sv"}


def test_the_admin_offers_exactly_the_site_languages():
    assert [code for code, _name in get_available_admin_languages()] == ["sv", "nb"]
    assert [code for code, _name in settings.LANGUAGES] == ["sv", "nb"]


@pytest.mark.parametrize("language", ["sv", "nb"])
def test_wagtail_and_wagtail_localize_ship_the_admin_in_both_languages(language):
    # Strings from Wagtail's own catalogues and wagtail-localize's: translated, and differently.
    for message in ("Dashboard", "Pages", "Preview"):
        assert tr(language, message) != message
    assert tr("sv", "Dashboard") != tr("nb", "Dashboard")
    assert tr(language, "Translate") != "Translate"


@pytest.mark.django_db
def test_the_account_page_offers_swedish_and_norwegian_only(editor_in):
    profile = UserProfile.get_for_user(editor_in("sv"))
    choices = [
        code for code, _label in LocalePreferencesForm(instance=profile).fields["preferred_language"].choices
    ]
    assert sorted(code for code in choices if code) == ["nb", "sv"]


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["sv", "nb"])
def test_an_editor_gets_the_admin_in_the_language_of_their_account(client, editor_in, language):
    client.force_login(editor_in(language))
    # The browser and the public site's language cookie ask for the other language: the account wins.
    other = OTHER[language]
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = other
    response = client.get(reverse("wagtailadmin_home"), HTTP_ACCEPT_LANGUAGE=other)

    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    assert tr(language, "Dashboard") in html
    assert tr(other, "Dashboard") not in html


@pytest.mark.django_db
def test_changing_the_preference_switches_the_admin_language(client, editor_in):
    editor = editor_in("sv")
    client.force_login(editor)
    assert '<html lang="sv"' in client.get(reverse("wagtailadmin_home")).content.decode()

    form = LocalePreferencesForm(
        data={"preferred_language": "nb", "current_time_zone": ""}, instance=UserProfile.get_for_user(editor)
    )
    assert form.is_valid(), form.errors
    form.save()

    html = client.get(reverse("wagtailadmin_explore_root")).content.decode()
    assert '<html lang="nb"' in html
    assert tr("nb", "Pages") in html


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["sv", "nb"])
def test_the_page_editor_is_in_the_editors_language_for_a_page_in_the_other(
    client, editor_in, home_sv, home_nb, language
):
    # A Norwegian editor editing the Swedish home page still reads the admin in Norwegian.
    page = home_sv if language == "nb" else home_nb
    client.force_login(editor_in(language))
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))

    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    assert tr(language, "Preview") in html
    assert tr(language, "Hero") in html
