"""Editors with an admin language, and a page of any type in either language (admin and preview tests)."""

import pytest
from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission, Page
from wagtail.users.models import UserProfile

from tests.home.editor_forms import edited_models


@pytest.fixture
def editors_group(db):
    """What the programme's editors may do: every page, snippet and setting, no submissions."""
    group, _created = Group.objects.get_or_create(name="Samspel editors")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    for model, _handler in edited_models():
        if issubclass(model, Page):
            continue
        name = model._meta.model_name
        for action in ("add", "change"):
            codename = f"{action}_{name}"
            permission = Permission.objects.filter(
                content_type__app_label=model._meta.app_label, codename=codename
            ).first()
            if permission:
                group.permissions.add(permission)
    root = Page.get_first_root_node()
    for codename in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.get_or_create(
            group=group, page=root, permission=Permission.objects.get(codename=codename)
        )
    return group


@pytest.fixture
def editor_in(django_user_model, editors_group, site):
    """editor_in("nb"): a logged-out editor whose Wagtail account asks for the admin in Norwegian."""

    def make(language):
        username = f"editor-{language}"
        user = django_user_model.objects.create_user(username, f"{username}@example.com", "password")
        user.groups.add(editors_group)
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
        return user

    return make


@pytest.fixture
def pages(site):
    """pages.page(EventPage, "nb"): a published page of that type (and its parents) in that language."""
    from tests.home.pages import PageBuilder

    return PageBuilder(site)
