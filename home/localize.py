"""wagtail-localize job backend that leaves a valid page tree.

Translating a page "including subtree" creates each translated page and queues the
publishing of its first revision with `transaction.on_commit`. A revision is published
from the in-memory page it was saved from, so the translated parent is written back
with the `numchild` it had before its children existed (0). Its translated children are
then hidden in the admin, 404 on the site, and a later `add_child` fails
(wagtail-localize#773, open upstream). We plug in through the documented
WAGTAILLOCALIZE_JOBS setting: run the job as the default backend does, then recount
children in the translated subtrees it touched, after those publications.
"""

from collections import Counter
from functools import partial

from django.db import transaction
from wagtail.models import Page
from wagtail_localize.tasks import BaseJobBackend


def repair_numchild(root):
    """Set numchild from the real children for `root` and every page below it."""
    pages = list(
        Page.objects.descendant_of(root, inclusive=True).values_list("pk", "path", "depth", "numchild")
    )
    steplen = Page.steplen
    children = Counter(path[:-steplen] for _pk, path, depth, _n in pages if depth > root.depth)
    # The root's own count needs its children only, which the subtree already holds.
    for pk, path, _depth, numchild in pages:
        actual = children.get(path, 0)
        if actual != numchild:
            Page.objects.filter(pk=pk).update(numchild=actual)


def repair_translated_subtrees(page_id, locales):
    source = Page.objects.get(pk=page_id)
    for locale in locales:
        translated = source.get_translation_or_none(locale)
        if translated is not None:
            repair_numchild(translated)


class TreeRepairingBackend(BaseJobBackend):
    def enqueue(self, func, args, kwargs):
        # Imported here: wagtail_localize.models loads this backend while it is importing.
        from wagtail_localize.operations import translate_page_subtree

        with transaction.atomic():
            func(*args, **kwargs)
            if func is translate_page_subtree:
                # The stale publications run on commit, in the order they were queued; queue the
                # repair after them. Inside the admin view's own transaction this is its commit.
                transaction.on_commit(partial(repair_translated_subtrees, args[0], args[1]))
