from django.utils.translation import gettext_lazy as _
from wagtail import hooks
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
