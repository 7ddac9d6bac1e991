"""RSS 2.0 and Atom feeds of an article index (stories or news), in the index's language.

Served by the index page itself (ArticleIndexPage routes rss/ and atom/), so each language's index
has its own feeds with its own items and no URL configuration is needed.

HTTP validators (ETag, Last-Modified) come from one aggregate query run before anything is built
(feed_state), so a feed reader polling with If-None-Match or If-Modified-Since gets a 304 without
the feed being rendered, as the event calendars do (events.feeds.feed_state).
"""

import hashlib
from dataclasses import dataclass
from datetime import datetime, time

from django.contrib.contenttypes.models import ContentType
from django.contrib.syndication.views import Feed
from django.db.models import Count, Max, Subquery, Sum
from django.http import HttpResponseNotModified
from django.utils import timezone
from django.utils.cache import get_conditional_response
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import strip_tags
from django.utils.http import http_date
from django.utils.translation import gettext as _
from wagtail.models import PageLogEntry

# Bump when the output format changes, so copies kept by readers and caches are replaced.
FORMAT_VERSION = "1"
# Log actions that take a page out of a feed (or change what it shows) without a new publish.
REMOVING_ACTIONS = (
    "wagtail.unpublish",
    "wagtail.delete",
    "wagtail.move",
    "wagtail.view_restriction.create",
    "wagtail.view_restriction.edit",
    "wagtail.view_restriction.delete",
)


@dataclass(frozen=True)
class FeedState:
    etag: str
    last_modified: datetime | None


def feed_state(index, key, now=None):
    """ETag and Last-Modified of `index`'s feeds, from one aggregate query over its live articles.

    `key` names the feed (host, language prefix, rss or atom) so two feeds never share an ETag. What
    the items point to (storytellers, art forms) comes in through `index.feed_dependencies()`.
    """
    now = now or timezone.now()
    models = [index.article_model(), *index.feed_dependent_models()]
    removals = PageLogEntry.objects.filter(
        content_type__in=[ContentType.objects.get_for_model(model) for model in models],
        action__in=REMOVING_ACTIONS,
    ).order_by("-timestamp")
    stats = (
        index.articles()
        .order_by()
        .aggregate(
            count=Count("pk"),
            ids=Sum("pk"),
            published=Max("last_published_at"),
            removed=Max(Subquery(removals.values("timestamp")[:1])),
            **index.feed_dependencies(),
        )
    )
    moments = [stats.pop("published"), stats.pop("removed"), index.last_published_at]
    moments += [value for value in stats.values() if isinstance(value, datetime)]
    moments = [moment for moment in moments if moment is not None and moment <= now]
    last_modified = max(moments) if moments else None
    fingerprint = "|".join(
        str(part)
        for part in (
            FORMAT_VERSION,
            key,
            index.locale_id,
            index.pk,
            *sorted(stats.items()),
            *moments,
            index.feed_digest(),
        )
    )
    etag = hashlib.sha256(fingerprint.encode()).hexdigest()[:32]
    return FeedState(etag=f'"{etag}"', last_modified=last_modified)


def _with_validators(response, state):
    response["ETag"] = state.etag
    if state.last_modified is not None:
        response["Last-Modified"] = http_date(state.last_modified.timestamp())
    elif "Last-Modified" in response:
        del response["Last-Modified"]
    return response


def serve_feed(feed, index, request):
    """The feed, or a 304 for a reader that has this version (decided before the feed is built)."""
    state = feed_state(index, key=f"{request.get_host()}{request.path}")
    # HTTP dates have whole seconds.
    last_modified = int(state.last_modified.timestamp()) if state.last_modified else None
    if get_conditional_response(request, etag=state.etag, last_modified=last_modified) is not None:
        return _with_validators(HttpResponseNotModified(), state)
    return _with_validators(feed(request, index=index), state)


class ArticleRssFeed(Feed):
    feed_type = Rss201rev2Feed

    def get_object(self, request, index):
        self.request = request
        self.language = index.locale.language_code
        return index

    def title(self, index):
        return _("%(title)s · Samspel63") % {"title": index.title}

    def link(self, index):
        return index.get_full_url(self.request)

    def description(self, index):
        return strip_tags(index.introduction).strip() or index.title

    subtitle = description

    def author_name(self, index):
        # Atom requires an author; entries without storytellers inherit this one.
        return "Samspel63"

    def items(self, index):
        return index.feed_items()

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        # The editor's publication date; the time of the first publication when it was that day.
        first = item.first_published_at
        if first and timezone.localdate(first) == item.date:
            return first
        return timezone.make_aware(datetime.combine(item.date, time(9)))

    def item_updateddate(self, item):
        return item.last_published_at

    def item_author_name(self, item):
        return item.feed_author_name() or None

    def item_categories(self, item):
        return item.feed_categories()


class ArticleAtomFeed(ArticleRssFeed):
    feed_type = Atom1Feed
