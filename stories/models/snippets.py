"""Art forms and industries: tags translated once in the snippet and reused by every story and profile."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField


class ArtForm(TranslatableMixin, index.Indexed, models.Model):
    """Storytelling, music, crafts, film, design... one row per language, linked by translation_key."""

    name = models.CharField(
        _("name"),
        max_length=120,
        help_text=_(
            "As visitors see it on stories and profiles, e.g. “Music”. Translate it for each language."
        ),
    )
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        help_text=_("Used in filter addresses. The same in every language."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    # One slug for all languages: a filter address differs between /sv/ and /nb/ only in the prefix,
    # and filtering works whichever language's row a page points to.
    override_translatable_fields = [SynchronizedField("slug", overridable=False)]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("art form or industry")
        verbose_name_plural = _("art forms and industries")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="stories_artform_unique_slug_per_locale")
        ]

    def __str__(self):
        return self.name
