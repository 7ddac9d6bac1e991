"""Translating a section "including subtree" leaves a valid page tree (wagtail-localize#773).

The upstream job publishes each new translation on commit from the page object it was
saved from, writing the parent back with numchild=0. home.localize.TreeRepairingBackend
recounts after those publications. The control tests run the same path with
wagtail-localize's own ImmediateBackend and show the broken tree, so these tests can see
the bug they guard against.
"""

import pytest
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize import tasks as localize_tasks
from wagtail_localize.operations import translate_object, translate_page_subtree
from wagtail_localize.tasks import ImmediateBackend
from wagtail_localize.views import submit_translations

from home.factories import ContentPageFactory
from home.localize import TreeRepairingBackend
from home.models import ContentPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def section(home_sv):
    """A Swedish section: a live child with a live grandchild, and a draft child."""
    parent = ContentPageFactory(parent=home_sv, title="Sektion", slug="sektion")
    child = ContentPageFactory(parent=parent, title="Barn", slug="barn")
    ContentPageFactory(parent=child, title="Barnbarn", slug="barnbarn")
    ContentPageFactory(parent=parent, title="Utkast", slug="utkast", live=False)
    return parent


def translate_including_subtree(page, locale, user, backend, capture):
    """What the admin's submit-translation view does, committed so on-commit publishing runs."""
    with capture(execute=True), transaction.atomic():
        translate_object(page, [locale], None, user)
        backend.enqueue(translate_page_subtree, [page.id, [locale], None, user], {})
    return page.get_translation(locale)


def wrong_numchild_ids():
    return Page.find_problems()[4]


def test_site_uses_the_tree_repairing_backend():
    assert isinstance(localize_tasks.background, TreeRepairingBackend)
    assert submit_translations.background is localize_tasks.background


def test_translated_subtree_is_a_valid_tree(
    section, locale_nb, superuser, django_capture_on_commit_callbacks, client
):
    nb = translate_including_subtree(
        section, locale_nb, superuser, TreeRepairingBackend({}), django_capture_on_commit_callbacks
    )
    assert Page.find_problems() == ([], [], [], [], [])
    nb.refresh_from_db()
    assert nb.numchild == section.numchild == 2
    assert [p.numchild for p in nb.get_children().order_by("path")] == [1, 0]


def test_translated_subtree_is_served_with_the_sources_live_status(
    section, locale_nb, superuser, django_capture_on_commit_callbacks, client
):
    translate_including_subtree(
        section, locale_nb, superuser, TreeRepairingBackend({}), django_capture_on_commit_callbacks
    )
    # wagtail-localize publishes translations of live pages and keeps drafts as drafts.
    for path in ("/nb/sektion/", "/nb/sektion/barn/", "/nb/sektion/barn/barnbarn/"):
        assert client.get(path).status_code == 200, path
    assert client.get("/nb/sektion/utkast/").status_code == 404


def test_page_can_be_added_under_the_translated_section(
    section, locale_nb, superuser, django_capture_on_commit_callbacks, client
):
    nb = translate_including_subtree(
        section, locale_nb, superuser, TreeRepairingBackend({}), django_capture_on_commit_callbacks
    )
    ContentPageFactory(parent=nb, title="Ny side", slug="ny-side", locale=locale_nb)
    assert Page.find_problems() == ([], [], [], [], [])
    assert client.get("/nb/sektion/ny-side/").status_code == 200


def test_upstream_backend_leaves_the_translated_parent_childless(
    section, locale_nb, superuser, django_capture_on_commit_callbacks, client
):
    """Control: without our backend the bug is there, so the tests above can detect it."""
    nb = translate_including_subtree(
        section, locale_nb, superuser, ImmediateBackend({}), django_capture_on_commit_callbacks
    )
    nb.refresh_from_db()
    assert nb.numchild == 0
    assert nb.pk in wrong_numchild_ids()
    assert client.get("/nb/sektion/barn/").status_code == 404
    # The new child is given the path of an existing one (Wagtail's validation stops it first).
    with pytest.raises(ValidationError) as error, transaction.atomic():
        ContentPageFactory(parent=nb, title="Ny side", slug="ny-side", locale=locale_nb)
    assert "path" in error.value.message_dict


# --- The admin view itself ---------------------------------------------------------------------


def submit_from_admin(client, page, locale, capture):
    url = reverse("wagtail_localize:submit_page_translation", args=[page.id])
    with capture(execute=True):
        response = client.post(url, {"locales": [locale.id], "include_subtree": "on"})
    assert response.status_code == 302
    return ContentPage.objects.get(translation_key=page.translation_key, locale=locale)


def test_admin_translate_with_subtree_leaves_a_valid_tree(
    section, locale_nb, superuser, django_capture_on_commit_callbacks, client
):
    client.force_login(superuser)
    nb = submit_from_admin(client, section, locale_nb, django_capture_on_commit_callbacks)
    assert nb.numchild == 2
    assert Page.find_problems() == ([], [], [], [], [])
    client.logout()
    assert client.get("/nb/sektion/barn/barnbarn/").status_code == 200


def test_admin_translate_with_upstream_backend_shows_the_bug(
    section, locale_nb, superuser, django_capture_on_commit_callbacks, client, monkeypatch
):
    monkeypatch.setattr(submit_translations, "background", ImmediateBackend({}))
    client.force_login(superuser)
    nb = submit_from_admin(client, section, locale_nb, django_capture_on_commit_callbacks)
    assert nb.numchild == 0
    assert nb.pk in wrong_numchild_ids()
