"""RSS 2.0 and Atom feeds of an article index (stories or news), in the index's language.

Served by the index page itself (ArticleIndexPage routes rss/ and atom/), so each language's index
has its own feeds with its own items and no URL configuration is needed.
"""

from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import strip_tags
from django.utils.translation import gettext as _


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
