from django.conf import settings
from django.db import models
from django.db.models import Q, Subquery
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page


class Intake(models.Model):
    """The one list that takes submissions for a page (and, optionally, one occurrence of it).

    Identified by the owner page's `translation_key`, so the Swedish and Norwegian
    versions of an event or a call share one list. Its row is also the lock: every
    service that counts or hands out places first takes `SELECT ... FOR UPDATE` on it.
    """

    translation_key = models.UUIDField(_("page translation key"), db_index=True, editable=False)
    occurrence = models.DateTimeField(_("occurrence"), null=True, blank=True, editable=False)
    label = models.CharField(
        _("label"), max_length=255, blank=True, help_text=_("The page title, kept for listings.")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("submission list")
        verbose_name_plural = _("submission lists")
        ordering = ["-created_at"]
        constraints = [
            # NULL occurrences are distinct in a plain unique constraint; a partial one
            # covers the whole-page list and works on SQLite as well as PostgreSQL.
            models.UniqueConstraint(
                fields=["translation_key"],
                condition=Q(occurrence__isnull=True),
                name="residencies_one_intake_per_page",
            ),
            models.UniqueConstraint(
                fields=["translation_key", "occurrence"],
                name="residencies_one_intake_per_occurrence",
            ),
        ]

    def __str__(self):
        if self.occurrence:
            when = formats.date_format(timezone.localtime(self.occurrence), "SHORT_DATETIME_FORMAT")
            return f"{self.label} ({when})"
        return self.label or str(self.translation_key)

    @classmethod
    def for_page(cls, page, occurrence=None):
        intake, created = cls.objects.get_or_create(
            translation_key=page.translation_key,
            occurrence=occurrence,
            defaults={"label": page.title[:255]},
        )
        return intake

    def pages(self):
        return Page.objects.filter(translation_key=self.translation_key)

    def rules_page(self, model=None):
        """The page whose admission settings rule this list.

        Translations copy synchronised fields only when they are synced, so for a
        while the Swedish and Norwegian pages may disagree about places. One list
        needs one rule: that of the translation source (wagtail-localize), else the
        default language's page, else the oldest.

        `model` is the pages' specific class when the caller knows it: then one query
        gives the page ready to use (the source's locale comes along as a subquery).
        """
        from wagtail_localize.models import TranslationSource

        source = TranslationSource.objects.filter(object_id=self.translation_key).order_by("pk")
        pages = list(
            (model or Page)
            .objects.filter(translation_key=self.translation_key)
            .select_related("locale")
            .annotate(rules_source_locale=Subquery(source.values("locale_id")[:1]))
        )
        if not pages:
            return None
        default_code = get_supported_content_language_variant(settings.LANGUAGE_CODE)

        def rank(page):
            return (
                page.locale_id != page.rules_source_locale,
                page.locale.language_code != default_code,
                page.pk,
            )

        chosen = min(pages, key=rank)
        return chosen if model else chosen.specific

    def page_in(self, language_code, model=None):
        """The page in this language if it exists, else the rules page (`model`: see rules_page)."""
        page = (
            (model or Page)
            .objects.filter(translation_key=self.translation_key, locale__language_code=language_code)
            .first()
        )
        if page is None:
            return self.rules_page(model)
        return page if model else page.specific
