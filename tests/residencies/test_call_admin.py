"""The editor's side of calls: page forms open, decision e-mails are snippets, the Reviewers group exists."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from residencies.models import DecisionEmailTemplate

pytestmark = pytest.mark.django_db


def test_call_pages_can_be_added_and_edited_in_the_admin(
    client, superuser, call_index, residency, study_trip
):
    client.force_login(superuser)
    for model in ("residencypage", "studytrippage"):
        add = reverse("wagtailadmin_pages:add", args=["residencies", model, call_index.pk])
        assert client.get(add).status_code == 200
    for page in (residency, study_trip):
        response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert response.status_code == 200
        assert 'name="intake_zone"' in response.text and 'name="intake_closes_at"' in response.text


def test_a_call_index_fits_under_the_home_page_only_once(home_sv, call_index):
    from residencies.models import CallIndexPage

    assert not CallIndexPage.can_create_at(home_sv)


def test_decision_emails_are_edited_as_snippets(client, superuser, locale_sv):
    DecisionEmailTemplate.objects.create(
        locale=locale_sv, kind="decision_rejected", subject="Tack {name}", body="..."
    )
    client.force_login(superuser)
    response = client.get(reverse("wagtailsnippets_residencies_decisionemailtemplate:list"))
    assert response.status_code == 200 and "Tack {name}" in response.text


def test_the_reviewers_group_may_enter_the_admin_and_review_nothing_more(db):
    import importlib

    from django.apps import apps

    # A transactional test in an earlier run (--reuse-db) may have flushed what migrations made.
    importlib.import_module("residencies.migrations.0003_reviewers_group").create_group(apps, None)
    codenames = set(Group.objects.get(name="Reviewers").permissions.values_list("codename", flat=True))
    assert {"access_admin", "review_submission"} <= codenames
    # Nothing to edit, publish, decide or see beyond their assignments (Wagtail adds harmless "choose" ones).
    assert not {c for c in codenames if c.startswith(("add_", "change_", "delete_", "publish_", "view_"))}
