"""Article rules: reading time from the body, lead required, alt text with an image, what is translated."""

import pytest
from django.core.exceptions import ValidationError
from wagtail_localize.fields import SynchronizedField, TranslatableField, get_translatable_fields

from home.factories import heading_block, image_block, paragraph_block
from stories.factories import gallery_block, pull_quote_block
from stories.models import ArtForm, NewsPage, StoryPage, StorytellerPage
from stories.services.reading import reading_minutes
from tests.i18n import ntr

pytestmark = pytest.mark.django_db


def words(n, word="ord"):
    return " ".join([word] * n)


def test_reading_time_counts_the_words_readers_read(make_story, storyteller, image):
    story = make_story(
        title="Tre ord här",
        summary=words(7),
        storytellers=[storyteller],
        body=[
            heading_block(words(10)),
            paragraph_block(f"<p>{words(300)}</p><p><b>{words(80)}</b></p>"),
            pull_quote_block(words(20), attribution="Astrid"),
            image_block(image, alt_text=words(50), caption=words(5)),
            gallery_block([(image, words(50), words(5), ""), (image, words(50), "", "Foto")]),
        ],
    )
    # 3 + 7 + 10 + 380 + 20 + 1 + 5 + 5 + 1: alt texts are not read, captions and credits are.
    assert story.word_count == 432
    assert story.reading_minutes == 3


def test_reading_time_is_at_least_a_minute_and_rounds_up():
    assert reading_minutes(0) == 1
    assert reading_minutes(200) == 1
    assert reading_minutes(201) == 2


def test_a_translation_counts_its_own_words(make_story, translate, storyteller):
    story = make_story(
        title="Kort", body=[paragraph_block(f"<p>{words(10)}</p>")], storytellers=[storyteller]
    )
    longer = translate(story, title="Lang", body=[paragraph_block(f"<p>{words(500)}</p>")])
    assert story.reading_minutes == 1
    assert longer.reading_minutes == 3


def test_the_card_and_page_show_the_reading_time(client, story_index, make_story, storyteller):
    story = make_story(
        title="Lång", body=[paragraph_block(f"<p>{words(900)}</p>")], storytellers=[storyteller]
    )
    five = ntr("sv", "%(minutes)s min read", "%(minutes)s min read", 5, "minutes")
    assert five in client.get(story.url).text
    assert five in client.get(story_index.url).text


def test_lead_is_required_and_an_image_needs_alt_text(story_index, image):
    story = StoryPage(title="Utan ingress", slug="utan", summary="")
    with pytest.raises(ValidationError) as caught:
        story.full_clean()
    assert "summary" in caught.value.message_dict
    story = StoryPage(title="Bild", slug="bild", summary="Ingress", image=image, image_alt=" ")
    with pytest.raises(ValidationError) as caught:
        story.clean()
    assert "image_alt" in caught.value.message_dict


def _kinds(model):
    return {
        f.field_name: type(f)
        for f in get_translatable_fields(model)
        if type(f) in (SynchronizedField, TranslatableField)
    }


def test_dates_places_choices_links_and_tag_rows_are_synchronised_texts_translated():
    story = _kinds(StoryPage)
    for name in ("date", "region", "activity", "image", "storyteller_links", "art_form_links"):
        assert story[name] is SynchronizedField, name
    for name in ("title", "summary", "body", "municipality", "image_alt"):
        assert story[name] is TranslatableField, name
    assert _kinds(NewsPage)["activity"] is SynchronizedField
    profile = _kinds(StorytellerPage)
    for name in (
        "region",
        "country",
        "languages",
        "website",
        "email",
        "phone",
        "show_contact",
        "art_form_links",
        "social_links",
    ):
        assert profile[name] is SynchronizedField, name
    assert profile["bio"] is TranslatableField and profile["summary"] is TranslatableField
    art = {f.field_name: f for f in get_translatable_fields(ArtForm)}
    assert isinstance(art["slug"], SynchronizedField) and not art["slug"].is_overridable(ArtForm())
    assert type(art["name"]) is TranslatableField
