from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.models import ContactMessage, FooterText, Organisation, Person


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    list_display = ["name", "role", "show_email"]
    search_fields = ["name", "role"]


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "site"
    list_display = ["name", "role", "sort_order"]
    list_filter = ["role"]
    search_fields = ["name"]


class FooterTextViewSet(SnippetViewSet):
    model = FooterText
    icon = "doc-full"


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """Staff may read and delete received messages; nobody adds or edits them."""

    def user_has_permission(self, user, action):
        if action in ("add", "change"):
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class ContactMessageViewSet(ModelViewSet):
    """Messages are read, never written, in the admin."""

    model = ContactMessage
    icon = "mail"
    menu_label = _("Contact messages")
    add_to_admin_menu = True
    menu_order = 900
    inspect_view_enabled = True
    list_display = ["name", "email", "language", "created_at"]
    list_filter = ["language"]
    search_fields = ["name", "email", "message"]
    form_fields = ["name", "email", "message"]


register_permission_policy(ContactMessage, ReadOnlyPermissionPolicy(ContactMessage))
register_snippet(PersonViewSet)
register_snippet(OrganisationViewSet)
register_snippet(FooterTextViewSet)
contact_message_viewset = ContactMessageViewSet("contact_messages")


@hooks.register("register_admin_viewset")
def register_contact_messages():
    return contact_message_viewset


@hooks.register("samspel_personal_data")
def contact_messages_personal_data():
    from home.services.contact import ContactMessageSource

    return [ContactMessageSource()]


@hooks.register("register_admin_urls")
def personal_data_urls():
    from django.urls import include, path

    from home import personal_data_admin as views

    patterns = [
        path("", views.index, name="index"),
        path("export/", views.export, name="export"),
        path("erase/", views.erase, name="erase"),
    ]
    return [path("personal-data/", include((patterns, "personal_data")))]


@hooks.register("register_settings_menu_item")
def personal_data_menu_item():
    from django.urls import reverse
    from wagtail.admin.menu import MenuItem

    # Every editor sees what will be purged and when; the page offers export and erasure only
    # to superusers and holders of home.manage_personal_data.
    return MenuItem(_("Personal data"), reverse("personal_data:index"), icon_name="lock", order=900)


@hooks.register("construct_homepage_panels")
def outdated_translations_panel(request, panels):
    from home.dashboard import OutdatedTranslationsPanel, can_edit_pages

    if can_edit_pages(request.user):
        panels.append(OutdatedTranslationsPanel())


@hooks.register("register_admin_urls")
def register_timeline_url():
    from home.timeline import timeline_view

    return [path("timeline/", timeline_view, name="samspel_timeline")]


@hooks.register("register_admin_menu_item")
def register_timeline_menu_item():
    return MenuItem(_("Timeline"), reverse("samspel_timeline"), icon_name="date", order=240)


# After Wagtail's own registration (order 0), which this replaces for the "page" link type.
@hooks.register("register_rich_text_features", order=1)
def localized_page_links(features):
    from home.rich_text import LocalizedPageLinkHandler

    features.register_link_type(LocalizedPageLinkHandler)
