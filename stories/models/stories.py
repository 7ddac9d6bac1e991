"""Stories from the storytelling network: the index with its filters and the story page."""

from django.db import models
from django.db.models import Max, Prefetch, Subquery, prefetch_related_objects
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, Page
from wagtail.search import index

from home.choices import Region
from stories.models.articles import ArticleIndexPage, ArticlePage, with_card_images


class StoryIndexPage(ArticleIndexPage):
    subpage_types = ["stories.StoryPage"]
    template = "stories/story_index_page.html"

    class Meta:
        verbose_name = _("story index")

    @classmethod
    def article_model(cls):
        return StoryPage

    def prepare_cards(self, articles):
        return prepare_story_cards(articles)

    def feed_dependent_models(self):
        from stories.models import StorytellerPage

        return [StorytellerPage]

    def feed_dependencies(self):
        """Items show storytellers' names and art form names (stories.feeds.feed_state)."""
        from stories.models import StorytellerPage

        storytellers = (
            StorytellerPage.objects.filter(last_published_at__isnull=False)
            .order_by("-last_published_at")
            .values("last_published_at")[:1]
        )
        return {"storytellers": Max(Subquery(storytellers))}

    def feed_digest(self):
        # Art forms have no timestamp: their names (a handful of rows) stand for them.
        from stories.models import ArtForm

        return ",".join(
            f"{pk}:{name}" for pk, name in ArtForm.objects.order_by("pk").values_list("pk", "name")
        )

    # Every query parameter the listing reads (stories.services.listing.story_listing).
    content_parameters = ("region", "art", "storyteller", "language", "page")

    def content_context(self, request):
        from stories.services.listing import story_listing

        return story_listing(self, request)


class StoryPage(ArticlePage):
    municipality = models.CharField(
        _("place"),
        max_length=120,
        blank=True,
        help_text=_("Municipality or place, e.g. Östersund or Levanger."),
    )
    region = models.CharField(
        _("region"),
        max_length=30,
        choices=Region.choices,
        default=Region.CROSS_BORDER,
        help_text=_("Where the story takes place. Visitors filter stories by region."),
    )
    activity = models.ForeignKey(
        "home.ActivityPage",
        verbose_name=_("programme activity"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The part of the programme this story came from."),
    )

    content_panels = (
        Page.content_panels
        + [FieldPanel("summary"), FieldPanel("date")]
        + [FieldPanel("image"), FieldPanel("image_alt")]
        + [
            InlinePanel("storyteller_links", label=_("Storytellers"), min_num=1),
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("municipality"), FieldPanel("region")]),
                    InlinePanel("art_form_links", label=_("Art forms and industries")),
                    FieldPanel("activity"),
                ],
                heading=_("About the story"),
            ),
            FieldPanel("body"),
        ]
    )
    search_fields = ArticlePage.search_fields + [index.SearchField("municipality")]

    parent_page_types = ["stories.StoryIndexPage"]
    subpage_types = []
    template = "stories/story_page.html"

    class Meta(ArticlePage.Meta):
        verbose_name = _("story")
        verbose_name_plural = _("stories")

    def feed_author_name(self):
        return ", ".join(p.title for p in getattr(self, "local_storytellers", []))

    def feed_categories(self):
        return [form.name for form in getattr(self, "local_art_forms", [])]

    def content_context(self, request):
        from stories.services.listing import related_stories
        from stories.services.localise import localise_activity

        related = related_stories(self)
        # The story's own tags and storytellers and its related cards' in the same queries.
        prepare_story_cards([self, *related])
        localise_activity([self])
        return super().content_context(request) | {"related_stories": related}


class StoryStoryteller(Orderable):
    # Not translatable rows: synchronised to translations as they are, shown localised (see
    # stories.services.localise), so adding a storyteller in Swedish reaches the Norwegian page.
    page = ParentalKey(StoryPage, related_name="storyteller_links", on_delete=models.CASCADE)
    storyteller = models.ForeignKey(
        "stories.StorytellerPage",
        verbose_name=_("storyteller"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A profile from the network directory. Visitors see its version in their language."),
    )

    panels = [FieldPanel("storyteller")]

    class Meta(Orderable.Meta):
        verbose_name = _("storyteller")


class StoryArtForm(Orderable):
    page = ParentalKey(StoryPage, related_name="art_form_links", on_delete=models.CASCADE)
    art_form = models.ForeignKey(
        "stories.ArtForm",
        verbose_name=_("art form or industry"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("From Snippets → Art forms and industries. Visitors filter stories by it."),
    )

    panels = [FieldPanel("art_form")]

    class Meta(Orderable.Meta):
        verbose_name = _("art form or industry")


def _link_prefetches():
    return (
        Prefetch("art_form_links", queryset=StoryArtForm.objects.select_related("art_form")),
        Prefetch("storyteller_links", queryset=StoryStoryteller.objects.select_related("storyteller")),
    )


def story_card_queryset(queryset):
    """What a story card shows, prefetched: image with rendition, art forms, storytellers."""
    return with_card_images(queryset).prefetch_related(*_link_prefetches())


def prepare_story_cards(stories):
    """Stories ready for cards: prefetched, their tags and storytellers in each story's language."""
    from stories.services.localise import localise_art_forms, localise_storytellers

    if isinstance(stories, models.QuerySet):
        stories = list(story_card_queryset(stories))
    else:
        # A story page itself, or stories fetched elsewhere: two queries rather than one per link
        # (lists already prefetched are left as they are; an unsaved page in a preview has its own).
        prefetch_related_objects([story for story in stories if story.pk], *_link_prefetches())
    localise_art_forms(stories)
    localise_storytellers(stories)
    return stories


__all__ = ["StoryArtForm", "StoryIndexPage", "StoryPage", "StoryStoryteller"]
