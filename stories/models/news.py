"""News from the programme: the same article machinery as stories, without storytellers and tags."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from stories.models.articles import ArticleIndexPage, ArticlePage, with_card_images


class NewsIndexPage(ArticleIndexPage):
    subpage_types = ["stories.NewsPage"]
    template = "stories/news_index_page.html"

    class Meta:
        verbose_name = _("news index")

    @classmethod
    def article_model(cls):
        return NewsPage

    def prepare_cards(self, articles):
        return list(with_card_images(articles))

    content_parameters = ("page",)

    def content_context(self, request):
        from stories.services.listing import news_listing

        return news_listing(self, request)


class NewsPage(ArticlePage):
    activity = models.ForeignKey(
        "home.ActivityPage",
        verbose_name=_("programme activity"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The part of the programme this news item is about, if any."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("date"),
        FieldPanel("image"),
        FieldPanel("image_alt"),
        FieldPanel("activity"),
        FieldPanel("body"),
    ]

    schema_type = "NewsArticle"

    parent_page_types = ["stories.NewsIndexPage"]
    subpage_types = []
    template = "stories/news_page.html"

    class Meta(ArticlePage.Meta):
        verbose_name = _("news item")
        verbose_name_plural = _("news")

    def content_context(self, request):
        from stories.services.localise import localise_activity

        localise_activity([self])
        return super().content_context(request)
