"""Every StreamField block renders through its template; link and image blocks validate."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed

from home.blocks import ImageBlock, LinkBlock, body_blocks
from home.factories import (
    ActivityPageFactory,
    ContentPageFactory,
    OrganisationFactory,
    PersonFactory,
    ProgrammeIndexPageFactory,
)
from tests.conftest import translate_and_publish

pytestmark = pytest.mark.django_db

BLOCKS = dict(body_blocks())
VIDEO_URL = "https://www.youtube.com/watch?v=samspel63"


def render(name, raw, language="sv"):
    block = BLOCKS[name]
    with translation.override(language):
        return block.render(block.to_python(raw))


def test_every_block_in_the_body_has_a_template():
    for name, block in BLOCKS.items():
        assert block.meta.template, f"{name} has no template"


def test_heading_renders_the_chosen_level():
    assert render("heading", {"text": "Bakgrund", "level": "h2"}).strip() == (
        '<h2 class="block-heading">Bakgrund</h2>'
    )
    assert render("heading", {"text": "Mål", "level": "h3"}).strip() == '<h3 class="block-heading">Mål</h3>'


def test_paragraph_renders_rich_text():
    html = render("paragraph", "<p>Text med <b>fetstil</b>.</p>")
    assert '<div class="rich-text"><p>Text med <b>fetstil</b>.</p></div>' in html


def test_image_renders_with_alt_text_caption_and_credit(image):
    html = render(
        "image",
        {"image": image.pk, "alt_text": "Fjällen i snö", "caption": "Vinter", "credit": "Foto: A. B."},
    )
    assert 'alt="Fjällen i snö"' in html
    assert 'loading="lazy"' in html
    assert "<figcaption>Vinter" in html
    assert '<span class="credit">Foto: A. B.</span>' in html


def test_image_without_caption_has_no_empty_figcaption(image):
    html = render("image", {"image": image.pk, "alt_text": "Fjällen", "caption": "", "credit": ""})
    assert "<figcaption" not in html


def test_quote_renders_text_and_attribution():
    html = render("quote", {"quote": "Kultur har inga gränser.\nInga alls.", "attribution": "En deltagare"})
    assert "<blockquote><p>Kultur har inga gränser.<br>Inga alls.</p></blockquote>" in html
    assert "<figcaption>En deltagare</figcaption>" in html


def test_video_renders_the_stored_embed_without_network():
    Embed.objects.create(
        url=VIDEO_URL,
        hash=get_embed_hash(VIDEO_URL),
        type="video",
        html='<iframe src="https://www.youtube-nocookie.com/embed/samspel63" title="Film"></iframe>',
        width=640,
        height=360,
    )
    html = render("video", {"video": VIDEO_URL, "title": "Filmen om projektet", "caption": "Sommar 2025"})
    assert 'src="https://www.youtube-nocookie.com/embed/samspel63"' in html
    assert 'aria-label="Filmen om projektet"' in html
    assert "<figcaption>Sommar 2025</figcaption>" in html


def test_call_to_action_links_to_the_page_in_the_visitors_language(home_sv, locale_nb):
    target = ContentPageFactory(parent=home_sv, title="Ansök", slug="ansok")
    translate_and_publish(target, locale_nb, title="Søk", slug="sok")
    raw = {
        "heading": "Sök nu",
        "text": "Ansökan stänger snart.",
        "link": {"page": target.pk, "url": ""},
        "button_label": "Till ansökan",
    }
    sv_html = render("call_to_action", raw, "sv")
    nb_html = render("call_to_action", raw, "nb")
    assert '<a class="button" href="/sv/ansok/">Till ansökan</a>' in sv_html
    assert 'href="/nb/sok/"' in nb_html
    assert "<h2>Sök nu</h2>" in sv_html and "<p>Ansökan stänger snart.</p>" in sv_html


def test_call_to_action_to_an_untranslated_page_keeps_the_original(home_sv):
    target = ContentPageFactory(parent=home_sv, title="Bara svenska", slug="bara-svenska")
    raw = {"heading": "Läs", "text": "", "link": {"page": target.pk, "url": ""}, "button_label": "Läs"}
    assert 'href="/sv/bara-svenska/"' in render("call_to_action", raw, "nb")


def test_call_to_action_links_to_an_external_address():
    raw = {
        "heading": "Interreg",
        "text": "",
        "link": {"page": None, "url": "https://www.interreg-sverige-norge.com/"},
        "button_label": "Läs mer",
    }
    html = render("call_to_action", raw)
    assert 'href="https://www.interreg-sverige-norge.com/"' in html
    assert "<p>" not in html


def test_accordion_renders_each_item_as_details():
    raw = {
        "heading": "Vanliga frågor",
        "items": [
            {"question": "Vem kan söka?", "answer": "<p>Alla <b>kulturaktörer</b>.</p>"},
            {"question": "När?", "answer": "<p>Hela året.</p>"},
        ],
    }
    html = render("accordion", raw)
    assert html.count("<details") == 2
    assert "<summary>Vem kan söka?</summary>" in html
    assert "<p>Alla <b>kulturaktörer</b>.</p>" in html


def test_people_cards_show_email_only_when_allowed():
    public = PersonFactory(name="Eva Eriksson", email="eva@example.se", show_email=True)
    private = PersonFactory(name="Per Persson", email="per@example.se", show_email=False)
    html = render("people", {"heading": "Kontakter", "people": [public.pk, private.pk]})
    assert "Eva Eriksson" in html and "Per Persson" in html
    assert 'href="mailto:eva@example.se"' in html
    assert "per@example.se" not in html


def test_people_cards_show_the_persons_translation(locale_nb):
    person = PersonFactory(name="Eva Eriksson", role="Projektledare")
    person_nb = person.copy_for_translation(locale_nb)
    person_nb.role = "Prosjektleder"
    person_nb.save()
    html = render("people", {"heading": "", "people": [person.pk]}, "nb")
    assert "Prosjektleder" in html and "Projektledare" not in html


def test_logo_grid_shows_organisations_in_the_visitors_language(locale_nb):
    org = OrganisationFactory(name="Länsstyrelsen", url="https://example.se/")
    org_nb = org.copy_for_translation(locale_nb)
    org_nb.name = "Statsforvalteren"
    org_nb.save()
    raw = {"heading": "Partner", "organisations": [org.pk]}
    assert "Länsstyrelsen" in render("logos", raw, "sv")
    nb_html = render("logos", raw, "nb")
    assert "Statsforvalteren" in nb_html and "Länsstyrelsen" not in nb_html
    assert 'href="https://example.se/"' in nb_html


def test_fact_box_renders_labels_and_values():
    raw = {
        "heading": "Fakta",
        "facts": [{"label": "Budget", "value": "2 Mkr"}, {"label": "Tid", "value": "2025"}],
    }
    html = render("fact_box", raw)
    assert "<h2>Fakta</h2>" in html
    assert "<dt>Budget</dt><dd>2 Mkr</dd>" in html and "<dt>Tid</dt><dd>2025</dd>" in html


def test_whole_body_renders_on_a_page(client, home_sv, image):
    body = [
        {"type": "heading", "value": {"text": "Rubrik i brödtext", "level": "h2"}},
        {"type": "image", "value": {"image": image.pk, "alt_text": "Bild", "caption": "", "credit": ""}},
        {"type": "quote", "value": {"quote": "Ett citat", "attribution": ""}},
    ]
    ContentPageFactory(parent=home_sv, slug="med-block", body=body)
    response = client.get("/sv/med-block/")
    assert response.status_code == 200
    assert '<h2 class="block-heading">Rubrik i brödtext</h2>' in response.text
    assert 'alt="Bild"' in response.text and "Ett citat" in response.text


# --- Validation --------------------------------------------------------------------------------


def clean_link(page=None, url=""):
    block = LinkBlock()
    return block.clean(block.to_python({"page": page, "url": url}))


def test_link_accepts_a_page_or_an_address(home_sv):
    assert clean_link(page=home_sv.pk)["page"].pk == home_sv.pk
    assert clean_link(url="https://example.com/")["url"] == "https://example.com/"


def test_link_rejects_both_a_page_and_an_address(home_sv):
    with pytest.raises(StructBlockValidationError) as error:
        clean_link(page=home_sv.pk, url="https://example.com/")
    assert "page" in error.value.block_errors


def test_link_rejects_neither_a_page_nor_an_address():
    with pytest.raises(StructBlockValidationError) as error:
        clean_link()
    assert "page" in error.value.block_errors


def test_image_block_requires_alt_text(image):
    block = ImageBlock()
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(block.to_python({"image": image.pk, "alt_text": "", "caption": "", "credit": ""}))
    assert "alt_text" in error.value.block_errors
    assert block.clean(block.to_python({"image": image.pk, "alt_text": "Fjäll", "caption": "", "credit": ""}))


def test_listing_image_requires_alt_text(home_sv, image):
    page = ContentPageFactory(parent=home_sv, image=image, image_alt="Fjällen i snö")
    page.image_alt = "  "
    # Wagtail validates on every save, so editors and imports alike are stopped.
    with pytest.raises(ValidationError) as error:
        page.save()
    assert "image_alt" in error.value.message_dict


def test_activity_cannot_end_before_it_starts(home_sv):
    activity = ActivityPageFactory(
        parent=ProgrammeIndexPageFactory(parent=home_sv),
        start_date=datetime.date(2025, 6, 1),
        end_date=datetime.date(2025, 6, 1),
    )
    activity.end_date = datetime.date(2025, 5, 31)
    with pytest.raises(ValidationError) as error:
        activity.save()
    assert "end_date" in error.value.message_dict
