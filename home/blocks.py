"""The shared StreamField block set used by content, activity, event, call and story pages.

Each block renders through its own template in templates/components/blocks/.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=255)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section heading (h2)")), ("h3", _("Subheading (h3)"))],
        default="h2",
        help_text=_("Use h2 for sections and h3 inside them, so headings stay in order."),
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "components/blocks/heading.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=255,
        help_text=_("Describe what the image shows for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=255)
    credit = blocks.CharBlock(label=_("Photo credit"), required=False, max_length=255)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "components/blocks/image.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Who said it"), required=False, max_length=255)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "components/blocks/quote.html"


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("Video address"), help_text=_("A YouTube or Vimeo link."))
    title = blocks.CharBlock(
        label=_("Video title"),
        max_length=255,
        help_text=_("Read out by screen readers before the player."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=255)

    class Meta:
        icon = "media"
        label = _("Video")
        template = "components/blocks/video.html"


class LinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("Page on this site"), required=False)
    url = blocks.URLBlock(label=_("Or an external address"), required=False)

    def clean(self, value):
        from django.core.exceptions import ValidationError
        from wagtail.blocks.struct_block import StructBlockValidationError

        value = super().clean(value)
        if value.get("page") and value.get("url"):
            message = _("Choose a page or enter an address, not both.")
        elif not value.get("page") and not value.get("url"):
            message = _("Choose a page or enter an address.")
        else:
            return value
        raise StructBlockValidationError(block_errors={"page": ValidationError(message)})

    def get_url(self, value):
        if value.get("page"):
            return value["page"].localized.url
        return value.get("url") or ""

    class Meta:
        icon = "link"
        label = _("Link")


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=255)
    text = blocks.TextBlock(label=_("Text"), required=False)
    link = LinkBlock(label=_("Link"))
    button_label = blocks.CharBlock(label=_("Button text"), max_length=80)

    def get_context(self, value, parent_context=None):
        # The linked page in the visitor's language, or the external address.
        context = super().get_context(value, parent_context)
        context["link_url"] = self.child_blocks["link"].get_url(value["link"])
        return context

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "components/blocks/call_to_action.html"


class AccordionItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question or title"), max_length=255)
    answer = blocks.RichTextBlock(label=_("Answer"), features=["bold", "italic", "link", "ol", "ul"])


class AccordionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=255)
    items = blocks.ListBlock(AccordionItemBlock(), label=_("Items"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("Accordion / FAQ")
        template = "components/blocks/accordion.html"


class PeopleCardsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=255)
    people = blocks.ListBlock(SnippetChooserBlock("home.Person"), label=_("People"), min_num=1)

    class Meta:
        icon = "group"
        label = _("People cards")
        template = "components/blocks/people_cards.html"


class LogoGridBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=255)
    organisations = blocks.ListBlock(
        SnippetChooserBlock("home.Organisation"), label=_("Organisations"), min_num=1
    )

    def get_context(self, value, parent_context=None):
        # Organisations are translatable snippets: show the visitor's language.
        context = super().get_context(value, parent_context)
        context["organisations"] = [org.localized for org in value["organisations"]]
        return context

    class Meta:
        icon = "site"
        label = _("Logo grid")
        template = "components/blocks/logo_grid.html"


class FactBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Label"), max_length=100)
    value = blocks.CharBlock(label=_("Value"), max_length=255)


class FactBoxBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=255)
    facts = blocks.ListBlock(FactBlock(), label=_("Facts"), min_num=1)

    class Meta:
        icon = "table"
        label = _("Fact box")
        template = "components/blocks/fact_box.html"


RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "link", "document-link", "ol", "ul"]


def body_blocks():
    """The named block list every body StreamField shares; apps extend it."""
    return [
        ("heading", HeadingBlock()),
        (
            "paragraph",
            blocks.RichTextBlock(
                label=_("Text"),
                features=RICH_TEXT_FEATURES,
                template="components/blocks/paragraph.html",
                icon="pilcrow",
            ),
        ),
        ("image", ImageBlock()),
        ("quote", QuoteBlock()),
        ("video", VideoBlock()),
        ("call_to_action", CallToActionBlock()),
        ("accordion", AccordionBlock()),
        ("people", PeopleCardsBlock()),
        ("logos", LogoGridBlock()),
        ("fact_box", FactBoxBlock()),
    ]
