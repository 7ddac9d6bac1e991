"""Every form an editor fills in: the project's page types, snippets and settings, as Wagtail builds them."""

from dataclasses import dataclass

from django.apps import apps
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.contrib.settings.views import get_setting_edit_handler
from wagtail.models import get_page_models
from wagtail.snippets.models import get_snippet_models

PROJECT_APPS = ("home", "events", "residencies", "stories")


def project_models(models):
    return sorted(
        (m for m in models if m._meta.app_label in PROJECT_APPS and not m._meta.abstract),
        key=lambda m: m._meta.label,
    )


def project_page_models():
    return project_models(get_page_models())


def edited_models():
    """(model, bound edit handler) for each page type, snippet and setting of this project's apps."""
    for model in project_page_models():
        yield model, model.get_edit_handler()
    for model in project_models(get_snippet_models()):
        yield model, model.snippet_viewset.get_edit_handler()
    for model in project_models(settings_registry):
        yield model, get_setting_edit_handler(model)


@dataclass
class EditorField:
    where: str  # "events.EventPage.venue", "home.HomePage.featured_activities.activity"
    model: type
    name: str
    help_text: str
    raw_help_text: object  # as defined: a lazy translation, shown in the editor's language
    form_field: object

    @property
    def is_project_field(self):
        """Fields Wagtail itself defines (title, slug, go-live date) carry Wagtail's own help."""
        try:
            field = self.model._meta.get_field(self.name)
        except Exception:
            return True  # a form-only field the project added
        owner = field.model._meta.app_label
        return owner in PROJECT_APPS or apps.get_app_config(owner).name in PROJECT_APPS


def editor_fields(panel, form_class, label):
    """Walk a bound panel tree: every field panel an editor sees, with the help text shown under it."""
    if isinstance(panel, InlinePanel):
        child_form = form_class.formsets[panel.relation_name].form
        yield from editor_fields(panel.child_edit_handler, child_form, f"{label}.{panel.relation_name}")
        return
    if isinstance(panel, FieldPanel):
        form_field = form_class.base_fields.get(panel.field_name)
        if form_field is None:  # read-only or permission-limited panel
            return
        raw = panel.help_text or form_field.help_text or ""
        where = f"{label}.{panel.field_name}"
        yield EditorField(where, panel.model, panel.field_name, str(raw), raw, form_field)
        return
    for child in getattr(panel, "children", []):
        yield from editor_fields(child, form_class, label)


def all_editor_fields():
    for model, handler in edited_models():
        yield from editor_fields(handler, handler.get_form_class(), model._meta.label)
