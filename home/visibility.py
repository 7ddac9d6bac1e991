"""Which pages anyone may see, without the queries Wagtail spends on it.

- `.public()` reads every view restriction when the queryset is built, one query each time,
  even for a queryset never run; `visible()` says the same from the cached list of restricted
  paths: no condition at all when nothing is private (the usual case), one `NOT LIKE` per
  private section otherwise. (It was a correlated subquery, which cost more to compile than
  most of the queries it was added to.)
- Serving a page checks the view restrictions of the page and its ancestors: two queries on
  every page. `RestrictionsFromCacheMixin` answers from the list of restricted (and alias)
  paths, kept under the page cache's generation, and asks the database only for a page that
  lies in a private section or below an alias.
"""

from django.db.models import Q
from wagtail.models import Page, PageViewRestriction

from home.cache import kept

PATHS_KEY = "visibility:2:paths"


def not_restricted_q():
    """Not in a private section (a page with a view restriction, or below one).

    The paths are those of this generation (`special_paths`): adding, removing or moving a
    restriction or a page bumps it, so the condition is never older than the content it filters.
    """
    condition = Q()
    for path in special_paths()[0]:
        condition &= ~Q(path__startswith=path)
    return condition


def visible(model_or_queryset):
    """Live pages outside private sections: Wagtail's `.live().public()` without the extra query."""
    queryset = getattr(model_or_queryset, "objects", model_or_queryset)
    return queryset.live().filter(not_restricted_q())


def special_paths():
    """(paths of pages with a view restriction, paths of alias pages): one cache round trip.

    Kept under the generation (home.cache.kept): adding, removing or moving a restriction or a page
    bumps it.
    """
    return kept(PATHS_KEY, _read_paths)


def restricted_paths():
    """Paths of the pages with a view restriction: a page is private when its path starts with one."""
    return tuple(PageViewRestriction.objects.values_list("page__path", flat=True).distinct())


def _read_paths():
    aliases = tuple(Page.objects.filter(alias_of__isnull=False).values_list("path", flat=True))
    return restricted_paths(), aliases


class RestrictionsFromCacheMixin:
    """For every page model of the site: no view-restriction queries for a page that has none."""

    def get_view_restrictions(self):
        restricted, aliases = special_paths()
        if any(self.path.startswith(path) for path in (*restricted, *aliases)):
            return super().get_view_restrictions()
        return PageViewRestriction.objects.none()
