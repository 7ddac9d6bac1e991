"""Factories for home's pages, snippets and images, and builders for body blocks.

Used by the demo content command and the tests. Body blocks are built in Wagtail's
raw JSON form ({"type", "value", "id"}) with primary keys for chosen pages, images
and snippets: the simplest form a StreamField accepts, and the one it stores.
"""

import uuid
from html import escape

import factory
import wagtail_factories
from django.core.files.base import ContentFile
from wagtail.models import Collection, Locale

from home import models
from home.choices import OrganisationRole
from home.demo import images as drawings


class LocaleFactory(factory.django.DjangoModelFactory):
    language_code = "sv"

    class Meta:
        model = Locale
        django_get_or_create = ("language_code",)


# --- Images -----------------------------------------------------------------


class ImageFactory(wagtail_factories.ImageFactory):
    """An image from encoded bytes: `ImageFactory(title=..., content=png_bytes, filename="x.png")`."""

    title = factory.Sequence(lambda n: f"Bild {n}")
    # wagtail_factories would make a new root collection per image.
    collection = factory.LazyFunction(Collection.get_first_root_node)

    class Params:
        content = None
        filename = "image.png"

    file = factory.LazyAttribute(
        lambda o: (
            ContentFile(o.content, name=o.filename)
            if o.content is not None
            else ContentFile(drawings.wordmark("Samspel63"), name=o.filename)
        )
    )

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        # Size and hash as an upload through the admin records them (duplicate detection uses the hash).
        image = model_class(*args, **kwargs)
        image._set_image_file_metadata()
        image.save()
        return image


class LandscapeImageFactory(ImageFactory):
    """A generated landscape illustration (see home.demo.images.landscape)."""

    class Params:
        palette = "fjord"
        seed = 1
        content = factory.LazyAttribute(lambda o: drawings.landscape(o.palette, seed=o.seed))
        filename = factory.LazyAttribute(lambda o: f"landscape-{o.palette}.jpg")


class WordmarkImageFactory(ImageFactory):
    class Params:
        text = "Samspel63"
        colour = "#1d3e57"
        accent = "#e07a5f"
        content = factory.LazyAttribute(lambda o: drawings.wordmark(o.text, o.colour, o.accent))
        filename = "logo.png"

    title = factory.LazyAttribute(lambda o: o.text)


# --- Snippets ---------------------------------------------------------------


class PersonFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Person {n}")
    role = "Projektledare"

    class Meta:
        model = models.Person


class OrganisationFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Organisation {n}")
    role = OrganisationRole.PARTNER

    class Meta:
        model = models.Organisation


class FooterTextFactory(factory.django.DjangoModelFactory):
    body = "<p>Samspel63</p>"
    funding_statement = "Samspel63 finansieras av Interreg Sverige-Norge."

    class Meta:
        model = models.FooterText


# --- Pages ------------------------------------------------------------------


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Samspel63"
    hero_heading = "Kultur över gränsen"

    class Meta:
        model = models.HomePage


class ContentPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Sida {n}")
    summary = "En kort sammanfattning."

    class Meta:
        model = models.ContentPage


class ProgrammeIndexPageFactory(wagtail_factories.PageFactory):
    title = "Programmet"

    class Meta:
        model = models.ProgrammeIndexPage


class ActivityPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Aktivitet {n}")
    summary = "En aktivitet i programmet."

    class Meta:
        model = models.ActivityPage


class ContactPageFactory(wagtail_factories.PageFactory):
    title = "Kontakt"

    class Meta:
        model = models.ContactPage


# --- Body blocks (raw StreamField data for home.blocks.body_blocks) ---------


def _block(block_type, value):
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}


def _list(values):
    return [{"type": "item", "value": value, "id": str(uuid.uuid4())} for value in values]


def heading_block(text, level="h2"):
    return _block("heading", {"text": text, "level": level})


def paragraph_block(html):
    return _block("paragraph", html)


def image_block(image, alt_text, caption="", credit=""):
    return _block("image", {"image": image.pk, "alt_text": alt_text, "caption": caption, "credit": credit})


def quote_block(quote, attribution=""):
    return _block("quote", {"quote": quote, "attribution": attribution})


def call_to_action_block(heading, button_label, page=None, url="", text=""):
    link = {"page": page.pk if page else None, "url": url}
    return _block(
        "call_to_action", {"heading": heading, "text": text, "link": link, "button_label": button_label}
    )


def accordion_block(items, heading=""):
    """`items`: (question, answer as rich-text HTML) pairs."""
    return _block(
        "accordion",
        {"heading": heading, "items": _list({"question": q, "answer": a} for q, a in items)},
    )


def people_block(people, heading=""):
    return _block("people", {"heading": heading, "people": _list(p.pk for p in people)})


def logos_block(organisations, heading=""):
    return _block("logos", {"heading": heading, "organisations": _list(o.pk for o in organisations)})


def fact_box_block(facts, heading=""):
    """`facts`: (label, value) pairs."""
    return _block(
        "fact_box",
        {"heading": heading, "facts": _list({"label": label, "value": value} for label, value in facts)},
    )


def page_link(page, text):
    """An internal link in rich text, as Wagtail stores it (followed to the page's current URL)."""
    return f'<a linktype="page" id="{page.pk}">{escape(text)}</a>'
