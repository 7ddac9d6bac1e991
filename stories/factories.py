"""Factories for stories, news and the network: used by the tests and by stories.demo.

Page factories publish through a revision (as the editor's "Publish" does, which sets
last_published_at); pass `publish=False` for a draft. Inline rows are given as lists:
`StoryPageFactory(parent=index, storytellers=[anna], art_forms=[music])`.
"""

import uuid
from datetime import date

import factory
import wagtail_factories

from home.choices import Region
from stories import models


class ArtFormFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Konstform {n}")
    slug = factory.Sequence(lambda n: f"konstform-{n}")

    class Meta:
        model = models.ArtForm


class _PublishingPageFactory(wagtail_factories.PageFactory):
    class Meta:
        abstract = True

    # Inline relations: {keyword: (relation name, row model, field on the row)}.
    _inline = {}

    @classmethod
    def _create(cls, model_class, *args, publish=True, **kwargs):
        rows = {name: kwargs.pop(name, None) or [] for name in cls._inline}
        if not publish:
            kwargs.setdefault("live", False)
        page = super()._create(model_class, *args, **kwargs)
        for name, objects in rows.items():
            relation, row_model, field = cls._inline[name]
            for order, obj in enumerate(objects):
                row_model.objects.create(page=page, sort_order=order, **{field: obj})
        if publish:
            page.save_revision().publish()
            page = model_class.objects.get(pk=page.pk)
        return page


class StoryIndexPageFactory(_PublishingPageFactory):
    title = "Berättelser"
    slug = "berattelser"

    class Meta:
        model = models.StoryIndexPage


class StoryPageFactory(_PublishingPageFactory):
    title = factory.Sequence(lambda n: f"Berättelse {n}")
    slug = factory.Sequence(lambda n: f"berattelse-{n}")
    summary = "En berättelse från nätverket, från båda sidor om gränsen."
    date = date(2025, 5, 1)
    region = Region.JAMTLAND_HARJEDALEN
    municipality = "Östersund"

    _inline = {
        "storytellers": ("storyteller_links", models.StoryStoryteller, "storyteller"),
        "art_forms": ("art_form_links", models.StoryArtForm, "art_form"),
    }

    class Meta:
        model = models.StoryPage


class NewsIndexPageFactory(_PublishingPageFactory):
    title = "Nyheter"
    slug = "nyheter"

    class Meta:
        model = models.NewsIndexPage


class NewsPageFactory(_PublishingPageFactory):
    title = factory.Sequence(lambda n: f"Nyhet {n}")
    slug = factory.Sequence(lambda n: f"nyhet-{n}")
    summary = "En nyhet från programmet."
    date = date(2025, 5, 1)

    class Meta:
        model = models.NewsPage


class NetworkDirectoryPageFactory(_PublishingPageFactory):
    title = "Berättarnätverket"
    slug = "natverket"

    class Meta:
        model = models.NetworkDirectoryPage


class StorytellerPageFactory(_PublishingPageFactory):
    title = factory.Sequence(lambda n: f"Berättare {n}")
    slug = factory.Sequence(lambda n: f"berattare-{n}")
    summary = "Berättar om fjällen, hantverket och gränsen."
    region = Region.JAMTLAND_HARJEDALEN
    languages = "sv"

    _inline = {
        "art_forms": ("art_form_links", models.StorytellerArtForm, "art_form"),
    }

    class Meta:
        model = models.StorytellerPage


class JoinNetworkPageFactory(_PublishingPageFactory):
    title = "Gå med i nätverket"
    slug = "ga-med"

    class Meta:
        model = models.JoinNetworkPage


# --- Body blocks (raw StreamField data for stories.blocks.article_body_blocks) ---------


def _block(block_type, value):
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}


def pull_quote_block(quote, attribution=""):
    return _block("pull_quote", {"quote": quote, "attribution": attribution})


def gallery_block(images, heading=""):
    """`images`: (image, alt text, caption, credit) tuples."""
    items = [
        {
            "type": "item",
            "value": {"image": image.pk, "alt_text": alt, "caption": caption, "credit": credit},
            "id": str(uuid.uuid4()),
        }
        for image, alt, caption, credit in images
    ]
    return _block("gallery", {"heading": heading, "images": items})


def audio_block(title, embed_url="", document=None, caption="", transcript=""):
    return _block(
        "audio",
        {
            "title": title,
            "embed": embed_url or None,
            "file": document.pk if document else None,
            "caption": caption,
            "transcript": transcript,
        },
    )
