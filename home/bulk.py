"""Many live pages at once, for the benchmark's seed and for tests that need hundreds of pages.

Creating a page the editor's way (add_child, a revision, publish) costs dozens of queries and
runs every signal; a listing test with 500 items, or the benchmark's 1,800 pages, would spend
minutes there. Here one page type's pages go in with two INSERTs (the Page rows, then the
specific rows), with the tree paths worked out in Python. What readers see is the same rows;
what is skipped is history (no revisions, no log entries) and the search index.

Never for editors' content: use the admin or the page's own save() for that.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from wagtail.models import Page


@transaction.atomic
def add_live_children(parent, pages):
    """Insert `pages` (unsaved instances of one page type) as the last live children of `parent`.

    Model save() hooks do not run: do their work first (e.g. events.services.occurrences).
    """
    if not pages:
        return []
    model = type(pages[0])
    parent = Page.objects.select_for_update().get(pk=parent.pk)
    last = parent.get_children().order_by("-path").values_list("path", flat=True).first()
    step = Page._str2int(last[-Page.steplen :]) if last else 0
    content_type = ContentType.objects.get_for_model(model)
    now = timezone.now()
    for number, page in enumerate(pages, step + 1):
        page.path = Page._get_path(parent.path, parent.depth + 1, number)
        page.depth = parent.depth + 1
        page.numchild = 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.content_type = content_type
        page.locale_id = page.locale_id or parent.locale_id
        page.live, page.has_unpublished_changes = True, False
        page.first_published_at = page.first_published_at or now
        page.last_published_at = page.last_published_at or now
        page.draft_title = page.title
    base_fields = [f for f in Page._meta.concrete_fields if not f.primary_key]
    bases = Page.objects.bulk_create(
        [Page(**{f.attname: getattr(page, f.attname) for f in base_fields}) for page in pages]
    )
    for page, base in zip(pages, bases, strict=True):
        page.page_ptr_id = page.id = base.id
        page._state.adding = False
    # Django's bulk_create refuses multi-table models; the specific rows go in as save() would insert them.
    model._base_manager._insert(pages, fields=model._meta.local_concrete_fields, using="default")
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
    return pages
