"""The blocks stories add render through their templates and validate what editors enter."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils import translation
from django.utils.translation import gettext
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.models import Document
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed

from home.blocks import body_blocks
from stories.blocks import AudioBlock, article_body_blocks
from tests.home.html import tags

pytestmark = pytest.mark.django_db

BLOCKS = dict(article_body_blocks())
AUDIO_URL = "https://soundcloud.com/samspel63/joik"


def render(name, raw, language="sv"):
    block = BLOCKS[name]
    with translation.override(language):
        return block.render(block.to_python(raw))


def test_article_body_is_the_shared_body_plus_the_story_blocks():
    names = list(BLOCKS)
    assert names[: len(body_blocks())] == [name for name, _block in body_blocks()]
    assert {"pull_quote", "gallery", "audio", "image", "video"} <= set(names)


def test_every_story_block_has_a_template():
    for name in ("pull_quote", "gallery", "audio"):
        assert BLOCKS[name].meta.template.startswith("stories/blocks/"), name


def test_pull_quote_renders_quote_and_attribution():
    html = render("pull_quote", {"quote": "Gränsen är en tråd,\ninte en mur.", "attribution": "Astrid"})
    assert '<figure class="block-pull-quote">' in html
    assert "<blockquote><p>Gränsen är en tråd,<br>inte en mur.</p></blockquote>" in html
    assert "<figcaption>Astrid</figcaption>" in html


def test_pull_quote_without_attribution_has_no_figcaption():
    assert "<figcaption" not in render("pull_quote", {"quote": "Bara orden.", "attribution": ""})


def test_gallery_renders_every_image_with_its_alt_text_caption_and_credit(image):
    item = {"image": image.pk, "caption": "", "credit": ""}
    html = render(
        "gallery",
        {
            "heading": "Från verkstaden",
            "images": [
                {
                    **item,
                    "alt_text": "Händer som flätar näver",
                    "caption": "Näverslöjd",
                    "credit": "Foto: K. L.",
                },
                {**item, "alt_text": "En färdig korg"},
            ],
        },
    )
    images = [attrs for tag, attrs, _ in tags(html) if tag == "img"]
    assert [img["alt"] for img in images] == ["Händer som flätar näver", "En färdig korg"]
    assert all(img["loading"] == "lazy" for img in images)
    assert "<h2>Från verkstaden</h2>" in html
    assert '<figcaption>Näverslöjd <span class="credit">Foto: K. L.</span></figcaption>' in html
    assert html.count("<figcaption") == 1


def test_gallery_needs_at_least_two_images(image):
    block = BLOCKS["gallery"]
    value = block.to_python(
        {"heading": "", "images": [{"image": image.pk, "alt_text": "Ett", "caption": "", "credit": ""}]}
    )
    with pytest.raises(ValidationError):
        block.clean(value)


@pytest.fixture
def stored_embed(db):
    """The recording's oEmbed answer, stored as Wagtail caches it: no network needed."""
    return Embed.objects.create(
        url=AUDIO_URL,
        hash=get_embed_hash(AUDIO_URL),
        type="rich",
        html='<iframe src="https://w.soundcloud.com/player/?url=joik" title="Joik"></iframe>',
    )


def test_audio_renders_the_stored_embed_with_a_label_and_a_transcript(stored_embed):
    html = render(
        "audio",
        {
            "title": "Joik för fjället",
            "embed": AUDIO_URL,
            "file": None,
            "caption": "Inspelad 2024",
            "transcript": "<p>Ingen text, bara röst.</p>",
        },
        language="nb",
    )
    assert 'src="https://w.soundcloud.com/player/?url=joik"' in html
    assert 'aria-label="Joik för fjället"' in html
    assert "<figcaption>Inspelad 2024</figcaption>" in html
    assert "<summary>" in html and "Ingen text, bara röst." in html


def test_audio_plays_an_uploaded_file_with_a_download_fallback():
    document = Document.objects.create(title="Joik", file=ContentFile(b"ID3", name="joik.mp3"))
    html = render(
        "audio", {"title": "Joik", "embed": None, "file": document.pk, "caption": "", "transcript": ""}
    )
    audio = next(attrs for tag, attrs, _ in tags(html) if tag == "audio")
    assert audio["src"] == document.url
    assert audio["aria-label"] == "Joik"
    assert f'<a href="{document.url}">' in html
    assert "<details" not in html


@pytest.mark.parametrize(
    ("embed", "with_file", "message"),
    [
        (None, False, "Give a link to the recording or choose a sound file."),
        (AUDIO_URL, True, "Give a link or a sound file, not both."),
    ],
    ids=["neither", "both"],
)
def test_audio_needs_exactly_one_of_link_or_file(stored_embed, embed, with_file, message):
    document = Document.objects.create(title="Joik", file=ContentFile(b"ID3", name="joik.mp3"))
    block = AudioBlock()
    value = block.to_python(
        {
            "title": "Joik",
            "embed": embed,
            "file": document.pk if with_file else None,
            "caption": "",
            "transcript": "",
        }
    )
    with pytest.raises(StructBlockValidationError) as caught:
        block.clean(value)
    assert gettext(message) in str(caught.value.block_errors["embed"])


def test_audio_with_only_a_link_is_valid(stored_embed):
    block = AudioBlock()
    value = block.to_python(
        {"title": "Joik", "embed": AUDIO_URL, "file": None, "caption": "", "transcript": ""}
    )
    assert block.clean(value)["embed"].url == AUDIO_URL
