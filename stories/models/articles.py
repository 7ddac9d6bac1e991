"""The article machinery stories and news share: the page, its index with feeds, the listing helpers.

An article is a page with a lead, a publication date, a body and a reading time; its index lists
its children newest first, paginated, and serves them as RSS and Atom in the index's language.
"""

from django.conf import settings
from django.db import models
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.search import index

from home.models.mixins import KeptContentMixin, ListingMixin
from home.visibility import RestrictionsFromCacheMixin, visible
from stories.blocks import article_body_blocks
from stories.services.reading import reading_minutes, word_count

CARD_RENDITION = "fill-480x300"
DEFAULT_PER_PAGE = 12
FEED_LIMIT = 30


def per_page():
    """Cards per listing page; a setting so tests can render hundreds on one page."""
    return getattr(settings, "STORIES_PER_PAGE", DEFAULT_PER_PAGE)


def with_card_images(queryset, rendition=CARD_RENDITION):
    """Each item's image (joined) and its card rendition (one query), whatever the number of items."""
    renditions = get_image_model().get_rendition_model().objects.filter(filter_spec=rendition)
    # `prefetched_renditions` is where Wagtail's get_rendition looks before the cache and the database.
    return queryset.select_related("image").prefetch_related(
        Prefetch("image__renditions", queryset=renditions, to_attr="prefetched_renditions")
    )


class ArticlePage(RestrictionsFromCacheMixin, KeptContentMixin, ListingMixin, Page):
    # The listing summary doubles as the lead: one text under the title, on cards, in feeds and previews.
    summary = models.TextField(
        _("lead"),
        max_length=400,
        help_text=_("One to three sentences under the title; also shown on cards, in feeds and when shared."),
    )
    date = models.DateField(
        _("publication date"),
        default=timezone.localdate,
        help_text=_("Listings and feeds are ordered by this date."),
    )
    body = StreamField(
        article_body_blocks(),
        blank=True,
        verbose_name=_("body"),
        help_text=_(
            "The text, built from blocks: paragraphs, headings, images, galleries, pull quotes, audio and "
            "video. Add a block with the + button; drag blocks to reorder them."
        ),
    )
    # Counted from the page's own language on every save (a translation is saved too).
    word_count = models.PositiveIntegerField(_("word count"), default=0, editable=False)

    search_fields = Page.search_fields + ListingMixin.search_fields + [index.SearchField("body")]

    class Meta:
        abstract = True
        # Listings, home sections and feeds take the newest first: with this index PostgreSQL walks
        # the dates backwards and stops after a page, instead of joining and sorting every article.
        indexes = [models.Index(fields=["-date", "-page_ptr"], name="%(app_label)s_%(class)s_newest")]

    def save(self, *args, **kwargs):
        self.word_count = word_count(self.title, self.summary, stream=self.body)
        return super().save(*args, **kwargs)

    @property
    def reading_minutes(self):
        return reading_minutes(self.word_count)

    def content_context(self, request):
        parent = self.get_parent()
        return {"index_url": parent.get_url(request) if parent else ""}

    def feed_author_name(self):
        return ""

    def feed_categories(self):
        return []


class ArticleIndexPage(RestrictionsFromCacheMixin, KeptContentMixin, RoutablePageMixin, Page):
    introduction = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("A short text above the list, newest first. The list and its feeds fill themselves."),
    )

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    parent_page_types = ["home.HomePage", "home.ContentPage"]
    max_count_per_parent = 1

    class Meta:
        abstract = True

    # Set by each concrete index: the article page type it lists.
    @classmethod
    def article_model(cls):
        raise NotImplementedError

    def articles(self):
        """Live, public articles under this index, newest first."""
        return (
            visible(self.article_model()).descendant_of(self).order_by("-date", "-first_published_at", "-pk")
        )

    def prepare_cards(self, articles):
        """Bulk-load what cards show; concrete indexes add their relations."""
        return list(articles)

    def feed_items(self):
        return self.prepare_cards(self.articles()[:FEED_LIMIT])

    def feed_urls(self, request=None):
        base = self.get_url(request)
        if not base:
            return {}
        return {"rss": base + self.reverse_subpage("rss"), "atom": base + self.reverse_subpage("atom")}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["feeds"] = self.feed_urls(request)
        return context

    def feed_dependent_models(self):
        """Models besides the articles whose changes show in the feeds (their unpublishing is logged)."""
        return []

    def feed_dependencies(self):
        """Aggregates for stories.feeds.feed_state over what items show besides their own fields."""
        return {}

    def feed_digest(self):
        """A text that changes when something items show, and that has no timestamp, changes."""
        return ""

    @path("rss/", name="rss")
    def rss_feed(self, request):
        from stories.feeds import ArticleRssFeed, serve_feed

        return serve_feed(ArticleRssFeed(), self, request)

    @path("atom/", name="atom")
    def atom_feed(self, request):
        from stories.feeds import ArticleAtomFeed, serve_feed

        return serve_feed(ArticleAtomFeed(), self, request)
