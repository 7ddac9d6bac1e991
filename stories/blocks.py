"""Blocks stories and news add to the shared body: pull quote, gallery and audio.

Images with caption and credit, and video embeds, are home's ImageBlock and VideoBlock,
already in body_blocks(): one block per job, whichever page type uses it.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

from home.blocks import body_blocks


class PullQuoteBlock(blocks.StructBlock):
    """A line lifted from the story itself, set large between paragraphs."""

    quote = blocks.TextBlock(
        label=_("Quote"),
        max_length=300,
        help_text=_("A line from the story, set large. The words alone, without quotation marks."),
    )
    attribution = blocks.CharBlock(
        label=_("Who said it"),
        required=False,
        max_length=255,
        help_text=_("Name, and role if it helps, e.g. “Kari Nordmann, ceramicist”."),
    )

    class Meta:
        icon = "openquote"
        label = _("Pull quote")
        template = "stories/blocks/pull_quote.html"


class GalleryImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=255,
        help_text=_("Describe what the image shows for people who cannot see it."),
    )
    caption = blocks.CharBlock(
        label=_("Caption"), required=False, max_length=255, help_text=_("Shown under the image.")
    )
    credit = blocks.CharBlock(
        label=_("Photo credit"),
        required=False,
        max_length=255,
        help_text=_("The photographer or source, e.g. “Photo: Anna Berg”. Shown after the caption."),
    )


class GalleryBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=255)
    images = blocks.ListBlock(
        GalleryImageBlock(),
        label=_("Images"),
        min_num=2,
        max_num=24,
        help_text=_("Between 2 and 24 images, each with its alternative text."),
    )

    class Meta:
        icon = "image"
        label = _("Gallery")
        template = "stories/blocks/gallery.html"


class AudioBlock(blocks.StructBlock):
    """A recorded story: an embedded player (SoundCloud, Spotify...) or an uploaded sound file."""

    title = blocks.CharBlock(
        label=_("Recording title"),
        max_length=255,
        help_text=_("Read out by screen readers before the player."),
    )
    embed = EmbedBlock(
        label=_("Address of the recording"),
        required=False,
        help_text=_("A SoundCloud, Spotify or Mixcloud link. Or upload a sound file below."),
    )
    file = DocumentChooserBlock(
        label=_("Or a sound file"), required=False, help_text=_("An MP3 or OGG file.")
    )
    caption = blocks.CharBlock(
        label=_("Caption"), required=False, max_length=255, help_text=_("Shown under the player.")
    )
    transcript = blocks.RichTextBlock(
        label=_("Transcript"),
        required=False,
        features=["bold", "italic", "link"],
        help_text=_("What is said in the recording, for people who cannot hear it."),
    )

    def clean(self, value):
        value = super().clean(value)
        has_embed, has_file = bool(value.get("embed")), bool(value.get("file"))
        if has_embed == has_file:
            message = (
                _("Give a link or a sound file, not both.")
                if has_embed
                else _("Give a link to the recording or choose a sound file.")
            )
            raise StructBlockValidationError(block_errors={"embed": ValidationError(message)})
        return value

    class Meta:
        icon = "media"
        label = _("Audio")
        template = "stories/blocks/audio.html"


def article_body_blocks():
    """The shared body plus what stories and news need."""
    return [
        *body_blocks(),
        ("pull_quote", PullQuoteBlock()),
        ("gallery", GalleryBlock()),
        ("audio", AudioBlock()),
    ]
