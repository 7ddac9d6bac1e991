"""The dashboard's translations panel: translated pages whose source was published after their last sync."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import GroupPagePermission
from wagtail.users.models import UserProfile
from wagtail_localize.models import Translation, TranslationSource

from home.dashboard import outdated_translations
from home.factories import ContentPageFactory
from tests.i18n import tr

pytestmark = pytest.mark.django_db


def prefer(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


def page_editor(django_user_model, name, *pages, codenames=()):
    user = django_user_model.objects.create_user(name, f"{name}@example.com", "password")
    group = Group.objects.create(name=f"Page editors ({name})")
    for codename in ("access_admin", *codenames):
        group.permissions.add(Permission.objects.get(codename=codename))
    for page in pages:
        for codename in ("add_page", "change_page", "publish_page"):
            GroupPagePermission.objects.create(
                group=group, page=page, permission=Permission.objects.get(codename=codename)
            )
    user.groups.add(group)
    return user


def translated(parent, locale, title):
    """A Swedish page translated to Norwegian through wagtail-localize, as "Translate this page" does."""
    page = ContentPageFactory(parent=parent, title=title)
    page.save_revision().publish()
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(source=source, target_locale=locale)
    translation.save_target(publish=True)
    return page, page.get_translation(locale), source


def edit_and_publish(page, title):
    page.title = title
    page.save_revision().publish()


def panel(response):
    return BeautifulSoup(response.text, "html.parser").find(id="samspel-outdated-translations-section")


@pytest.mark.parametrize("language", ["sv", "nb"])
def test_a_translation_is_listed_once_its_source_is_published_again_until_synced(
    client, django_user_model, home_sv, home_nb, locale_nb, language
):
    about, about_nb, source = translated(home_sv, locale_nb, "Om programmet")
    untouched, _untouched_nb, _source = translated(home_sv, locale_nb, "Kontakt")
    editor = page_editor(django_user_model, "redaktor", home_sv, home_nb, codenames=("submit_translation",))
    prefer(editor, language)
    client.force_login(editor)
    assert outdated_translations(editor)[1] == 0
    assert tr(language, "Every translation is in step with its source page.") in panel(
        client.get(reverse("wagtailadmin_home"))
    ).get_text(" ", strip=True)

    edit_and_publish(about, "Om programmet Samspel63")
    section = panel(client.get(reverse("wagtailadmin_home")))
    assert tr(language, "Translations behind their source") in section.text
    rows = section.find("tbody").find_all("tr")
    assert len(rows) == 1
    links = [a["href"] for a in rows[0].find_all("a")]
    sync = reverse("wagtail_localize:update_translations", args=[source.pk])
    assert links[0] == reverse("wagtailadmin_pages:edit", args=[about_nb.pk])
    assert links[1].startswith(sync)
    assert links[2] == reverse("wagtailadmin_pages:edit", args=[about.pk])
    assert tr(language, "Sync translated pages") in rows[0].get_text()

    # The editor syncs through wagtail-localize's own screen: the page leaves the list.
    response = client.post(sync, {})
    assert response.status_code == 302
    assert outdated_translations(editor)[1] == 0
    assert untouched.pk  # never edited: never listed


def test_drafts_of_the_source_do_not_count_until_published(superuser, home_sv, locale_nb):
    about, _about_nb, _source = translated(home_sv, locale_nb, "Om programmet")
    about.title = "Utkast"
    about.save_revision()
    assert outdated_translations(superuser)[1] == 0


def test_editors_see_only_translations_they_may_edit_and_no_sync_without_permission(
    django_user_model, home_sv, home_nb, locale_nb
):
    about, about_nb, _source = translated(home_sv, locale_nb, "Om programmet")
    edit_and_publish(about, "Om Samspel63")
    swedish_only = page_editor(django_user_model, "svensk", home_sv)
    norwegian = page_editor(django_user_model, "norsk", home_nb)
    assert outdated_translations(swedish_only) == ([], 0)
    rows, total = outdated_translations(norwegian)
    assert total == 1 and rows[0]["page"].pk == about_nb.pk
    assert rows[0]["sync_url"] == ""  # may not submit translations


def test_users_who_edit_no_pages_get_no_translations_panel(client, django_user_model, home_sv, locale_nb):
    about, _about_nb, _source = translated(home_sv, locale_nb, "Om programmet")
    edit_and_publish(about, "Om Samspel63")
    user = page_editor(django_user_model, "granskare")  # admin access, no pages
    client.force_login(user)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200 and panel(response) is None


def test_the_translations_panel_costs_the_same_queries_for_two_pages_as_for_eight(
    client, superuser, home_sv, locale_nb
):
    client.force_login(superuser)

    def add(count, offset):
        for n in range(offset, offset + count):
            page, _nb, _source = translated(home_sv, locale_nb, f"Sida {n}")
            edit_and_publish(page, f"Sida {n} ändrad")

    def queries():
        with CaptureQueriesContext(connection) as captured:
            response = client.get(reverse("wagtailadmin_home"))
        assert response.status_code == 200
        return len(captured), response

    add(2, 0)
    queries()  # warm the per-process caches
    few, _response = queries()
    add(6, 2)
    many, response = queries()
    assert len(panel(response).find("tbody").find_all("tr")) == 8
    assert many == few
