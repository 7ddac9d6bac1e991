"""Abstract building blocks that page types share."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from home.blocks import body_blocks


class ListingMixin(models.Model):
    """A short text and an image for cards, listings, search results and social previews."""

    summary = models.TextField(
        _("summary"),
        blank=True,
        max_length=400,
        help_text=_("One or two sentences shown on cards and in search results."),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown at the top of the page and on cards."),
    )
    image_alt = models.CharField(
        _("image alternative text"),
        max_length=255,
        blank=True,
        help_text=_("Describe the image for people who cannot see it. Required with an image."),
    )

    listing_panels = [FieldPanel("summary"), FieldPanel("image"), FieldPanel("image_alt")]
    search_fields = [index.SearchField("summary")]

    class Meta:
        abstract = True

    def clean(self):
        from django.core.exceptions import ValidationError

        super().clean()
        if self.image_id and not self.image_alt.strip():
            raise ValidationError(
                {"image_alt": _("Describe the image: alternative text is required with an image.")}
            )


class BodyMixin(models.Model):
    body = StreamField(
        body_blocks(),
        blank=True,
        verbose_name=_("body"),
        help_text=_(
            "The main content, built from blocks: text, headings, images, quotes, videos, "
            "buttons and more. Add a block with the + button; drag blocks to reorder them."
        ),
    )

    search_fields = [index.SearchField("body")]

    class Meta:
        abstract = True


class KeptContentMixin:
    """A page whose template keeps its content rendered (`{% keptcontent %}`, home/fragments.py).

    `content_context` is what only the kept content needs: worked out when the content is
    rendered, so a page whose content is kept makes none of its queries. `content_parameters`
    are the query parameters the content reads (a listing's filters and page number); the
    content is kept per combination of their values, and rendered to be kept without any other.
    """

    content_parameters = ()

    def content_context(self, request):
        return {}
