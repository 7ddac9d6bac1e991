"""The shared StreamField block set used by content, activity, event, call and story pages.

Each block renders through its own template in templates/components/blocks/.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from home.block_lookups import localized_call_to_action_pages, localized_chosen


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(
        label=_("Heading"), max_length=255, help_text=_("A few words that say what the section is about.")
    )
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
    image = ImageChooserBlock(label=_("Image"), help_text=_("Shown 1200 pixels wide at most."))
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

    class Meta:
        icon = "image"
        label = _("Image")
        template = "components/blocks/image.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"), help_text=_("The words alone, without quotation marks."))
    attribution = blocks.CharBlock(
        label=_("Who said it"),
        required=False,
        max_length=255,
        help_text=_("Name, and role if it helps, e.g. “Kari Nordmann, ceramicist”."),
    )

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
    caption = blocks.CharBlock(
        label=_("Caption"), required=False, max_length=255, help_text=_("Shown under the video.")
    )

    class Meta:
        icon = "media"
        label = _("Video")
        template = "components/blocks/video.html"


class LinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(
        label=_("Page on this site"),
        required=False,
        help_text=_("Visitors are taken to its version in their language."),
    )
    url = blocks.URLBlock(
        label=_("Or an external address"),
        required=False,
        help_text=_("A full address starting with https://. Give a page or an address, not both."),
    )

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

    def get_url(self, value, parent_context=None):
        page = value.get("page")
        if not page:
            return value.get("url") or ""
        localized = localized_call_to_action_pages(parent_context).get(page.pk)
        # With the request, the site's root paths are looked up once per request, not once per link.
        return (localized or page.localized).get_url(request=(parent_context or {}).get("request"))

    class Meta:
        icon = "link"
        label = _("Link")


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=255)
    text = blocks.TextBlock(label=_("Text"), required=False, help_text=_("One or two sentences."))
    link = LinkBlock(label=_("Link"))
    button_label = blocks.CharBlock(
        label=_("Button text"),
        max_length=80,
        help_text=_("Say what happens, e.g. “Apply now” rather than “Click here”."),
    )

    def get_context(self, value, parent_context=None):
        # The linked page in the visitor's language, or the external address.
        context = super().get_context(value, parent_context)
        context["link_url"] = self.child_blocks["link"].get_url(value["link"], parent_context)
        return context

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "components/blocks/call_to_action.html"


class AccordionItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(
        label=_("Question or title"), max_length=255, help_text=_("Always visible; opens the answer.")
    )
    answer = blocks.RichTextBlock(
        label=_("Answer"),
        features=["bold", "italic", "link", "ol", "ul"],
        help_text=_("Hidden until the visitor opens the question."),
    )


class AccordionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=255)
    items = blocks.ListBlock(AccordionItemBlock(), label=_("Items"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("Accordion / FAQ")
        template = "components/blocks/accordion.html"


class PeopleCardsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=255)
    people = blocks.ListBlock(
        SnippetChooserBlock("home.Person"),
        label=_("People"),
        min_num=1,
        help_text=_("From Snippets → People. E-mail addresses are shown only for people who agreed."),
    )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["people"] = localized_chosen(value["people"], "photo", parent_context)
        return context

    class Meta:
        icon = "group"
        label = _("People cards")
        template = "components/blocks/people_cards.html"


class LogoGridBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=255)
    organisations = blocks.ListBlock(
        SnippetChooserBlock("home.Organisation"),
        label=_("Organisations"),
        min_num=1,
        help_text=_("From Snippets → Organisations. Each logo links to the organisation's website."),
    )

    def get_context(self, value, parent_context=None):
        # Organisations are translatable snippets: show the visitor's language.
        context = super().get_context(value, parent_context)
        context["organisations"] = localized_chosen(value["organisations"], "logo", parent_context)
        return context

    class Meta:
        icon = "site"
        label = _("Logo grid")
        template = "components/blocks/logo_grid.html"


class FactBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Label"), max_length=100, help_text=_("E.g. “Deadline”."))
    value = blocks.CharBlock(label=_("Value"), max_length=255, help_text=_("E.g. “30 April 2026”."))


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
