"""The dashboard's translations panel: translated pages whose source was published after their last sync.

wagtail-localize freezes a source page's content in a TranslationSource when the page
is first translated, and again only when an editor runs "Sync translated pages"
(TranslationSource.update_from_db sets `last_updated_at`). Syncing reads the source
page's published row, so a translation is behind exactly when its source page was
published after `last_updated_at`. Drafts of the source are not counted: a sync would
not carry them yet.
"""

from django.db.models import F, OuterRef, Subquery
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail_localize.models import Translation

# Enough to act on; the count says how many more there are.
LIMIT = 20


def outdated_translations(user, limit=LIMIT):
    """([row], total) for the translated pages `user` may edit; newest source change first. Three queries."""
    same_key = Page.objects.filter(translation_key=OuterRef("source__object_id"))
    pairs = list(
        Translation.objects.filter(
            enabled=True,
            source__object__content_type__app_label="wagtailcore",
            source__object__content_type__model="page",
        )
        .annotate(
            source_page=Subquery(same_key.filter(locale_id=OuterRef("source__locale_id")).values("pk")[:1]),
            source_published=Subquery(
                same_key.filter(locale_id=OuterRef("source__locale_id")).values("last_published_at")[:1]
            ),
            target_page=Subquery(same_key.filter(locale_id=OuterRef("target_locale_id")).values("pk")[:1]),
        )
        .filter(source_published__gt=F("source__last_updated_at"), target_page__isnull=False)
        .order_by("-source_published", "pk")
        .values("source_id", "source__last_updated_at", "source_page", "source_published", "target_page")
    )
    pages = Page.objects.select_related("locale").in_bulk(
        {p["target_page"] for p in pairs} | {p["source_page"] for p in pairs}
    )
    policy = PagePermissionPolicy()
    may_sync = user.has_perm("wagtail_localize.submit_translation")
    rows = []
    for pair in pairs:
        target, source = pages.get(pair["target_page"]), pages.get(pair["source_page"])
        if (
            target is None
            or source is None
            or not policy.user_has_permission_for_instance(user, "change", target)
        ):
            continue
        rows.append(
            {
                "page": target,
                "source": source,
                "edit_url": reverse("wagtailadmin_pages:edit", args=[target.pk]),
                "source_url": reverse("wagtailadmin_pages:edit", args=[source.pk]),
                "sync_url": reverse("wagtail_localize:update_translations", args=[pair["source_id"]])
                if may_sync
                else "",
                "synced_at": pair["source__last_updated_at"],
                "changed_at": pair["source_published"],
            }
        )
    return rows[:limit], len(rows)


def can_edit_pages(user):
    return PagePermissionPolicy().user_has_any_permission(user, {"add", "change", "publish"})


class OutdatedTranslationsPanel(Component):
    name = "samspel_outdated_translations"
    template_name = "home/admin/dashboard_translations.html"
    order = 120
    heading = _("Translations behind their source")

    def get_context_data(self, parent_context):
        rows, total = outdated_translations(parent_context["request"].user)
        return {"rows": rows, "total": total, "hidden": total - len(rows), "heading": self.heading}
