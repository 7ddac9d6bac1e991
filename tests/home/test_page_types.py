"""Where each page type may be created: the tree editors can build."""

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from home.factories import ActivityPageFactory, ContentPageFactory, ProgrammeIndexPageFactory
from home.models import ActivityPage, ContactPage, ContentPage, HomePage, ProgrammeIndexPage


class PageTypeRulesTests(WagtailPageTestCase):
    def test_home_page_sits_only_at_the_tree_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertCanNotCreateAt(HomePage, HomePage)
        self.assertCanNotCreateAt(ContentPage, HomePage)

    def test_home_page_accepts_the_home_apps_section_pages(self):
        # Other apps add their own index pages under the home page, so this is not an exhaustive list.
        for child in (ContentPage, ProgrammeIndexPage, ContactPage):
            self.assertCanCreateAt(HomePage, child)
        self.assertCanNotCreateAt(HomePage, ActivityPage)

    def test_content_pages_nest_and_hold_contact_pages(self):
        self.assertAllowedParentPageTypes(ContentPage, {HomePage, ContentPage})
        self.assertAllowedSubpageTypes(ContentPage, {ContentPage, ContactPage})

    def test_programme_index_holds_only_activities(self):
        self.assertAllowedParentPageTypes(ProgrammeIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(ProgrammeIndexPage, {ActivityPage})

    def test_activity_lives_only_in_the_programme_and_has_no_children(self):
        self.assertAllowedParentPageTypes(ActivityPage, {ProgrammeIndexPage})
        self.assertAllowedSubpageTypes(ActivityPage, set())

    def test_contact_page_is_a_leaf_under_home_or_content(self):
        self.assertAllowedParentPageTypes(ContactPage, {HomePage, ContentPage})
        self.assertAllowedSubpageTypes(ContactPage, set())


@pytest.mark.django_db
def test_only_one_programme_index_per_home_page(home_sv, home_nb):
    assert ProgrammeIndexPage.can_create_at(home_sv)
    ProgrammeIndexPageFactory(parent=home_sv)
    assert not ProgrammeIndexPage.can_create_at(home_sv)
    # The limit is per parent: the Norwegian tree still gets its own programme.
    assert ProgrammeIndexPage.can_create_at(home_nb)


@pytest.mark.django_db
def test_instances_follow_the_type_rules(home_sv):
    programme = ProgrammeIndexPageFactory(parent=home_sv)
    activity = ActivityPageFactory(parent=programme)
    content = ContentPageFactory(parent=home_sv)
    assert ActivityPage.can_exist_under(programme)
    assert not ActivityPage.can_exist_under(content)
    assert not ContentPage.can_exist_under(activity)
    assert ContactPage.can_exist_under(content)
    assert not HomePage.can_exist_under(home_sv)


# --- Through the page editor -------------------------------------------------------------------


def admin_add(client, parent, model, fields):
    url = reverse("wagtailadmin_pages:add", args=[model._meta.app_label, model._meta.model_name, parent.pk])
    data = nested_form_data({"comments": inline_formset([]), **fields})
    data["action-publish"] = "action-publish"
    return client.post(url, data)


@pytest.mark.django_db
def test_editor_publishes_a_content_page_with_a_body(client, home_sv, superuser):
    client.force_login(superuser)
    body = streamfield(
        [("heading", {"text": "Bakgrund", "level": "h2"}), ("paragraph", rich_text("<p>Text</p>"))]
    )
    response = admin_add(
        client, home_sv, ContentPage, {"title": "Om oss", "slug": "om-oss", "summary": "", "body": body}
    )
    assert response.status_code == 302, response.context["form"].errors
    page = ContentPage.objects.get(slug="om-oss")
    assert page.live and page.get_parent().pk == home_sv.pk
    assert [block.block_type for block in page.body] == ["heading", "paragraph"]


@pytest.mark.django_db
def test_editor_is_told_when_an_activity_ends_before_it_starts(client, home_sv, superuser):
    programme = ProgrammeIndexPageFactory(parent=home_sv)
    client.force_login(superuser)
    fields = {
        "title": "Turné",
        "slug": "turne",
        "status": "ongoing",
        "region": "cross-border",
        "start_date": "2025-06-01",
        "end_date": "2025-05-01",
        "budget_currency": "SEK",
        "body": streamfield([]),
    }
    response = admin_add(client, programme, ActivityPage, fields)
    assert response.status_code == 200
    assert "end_date" in response.context["form"].errors
    assert not ActivityPage.objects.filter(slug="turne").exists()
    response = admin_add(client, programme, ActivityPage, fields | {"end_date": "2025-06-30"})
    assert response.status_code == 302
    assert ActivityPage.objects.get(slug="turne").live
