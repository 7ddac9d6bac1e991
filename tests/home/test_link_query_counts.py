"""Page links in rich text and calls to action cost a fixed number of queries, in either language.

Only their addresses are shown, in the visitor's language: the linked pages and their live
translations are looked up once per text or page (home.rich_text, home.block_lookups), not per link.
"""

import pytest

from home.factories import ActivityPageFactory, ContentPageFactory, FooterTextFactory
from tests.conftest import translate_and_publish
from tests.home.test_query_counts import content_body, queries_for

pytestmark = pytest.mark.django_db


def paragraph_linking(pages):
    links = "".join(f'<a linktype="page" id="{p.pk}">{p.title}</a> ' for p in pages)
    return [{"type": "paragraph", "value": f"<p>{links}</p>"}]


def translated_activities(programme, locale_nb, count):
    """`count` activities, each published in Norwegian as aktivitet-<n>-nb."""
    activities = [ActivityPageFactory(parent=programme, slug=f"aktivitet-{n}") for n in range(count)]
    for n, activity in enumerate(activities):
        translate_and_publish(activity, locale_nb, slug=f"aktivitet-{n}-nb")
    return activities


def about_page_in_both(home_sv, home_nb, locale_nb, body):
    FooterTextFactory()
    home_sv.nb = home_nb
    page = ContentPageFactory(parent=home_sv, slug="om", body=body)
    page.nb = translate_and_publish(page, locale_nb, slug="om")
    return page


def queries_in_both(client, page):
    return {
        language: queries_for(client, version.url, warm=True)
        for language, version in (("sv", page), ("nb", page.nb))
    }


def republish_both(page, body):
    for version in (page, page.nb):
        version.body = body
        version.save_revision().publish()


def test_page_links_in_rich_text_cost_the_same_for_one_link_as_for_ten_in_either_language(
    client, home_sv, home_nb, locale_nb, programme
):
    """Wagtail's link handler asked for the active locale, and for the translation, once per link;
    links are now shown in the visitor's language with one query for all of a text's translations."""
    activities = translated_activities(programme, locale_nb, 10)
    page = about_page_in_both(home_sv, home_nb, locale_nb, paragraph_linking(activities[:1]))
    one = queries_in_both(client, page)
    republish_both(page, paragraph_linking(activities))
    assert queries_in_both(client, page) == one
    text = client.get(page.nb.url).text
    assert all(f'href="/nb/programmet/aktivitet-{n}-nb/"' in text for n in range(10))
    assert 'href="/sv/programmet/' not in text


def test_page_links_in_rich_text_cost_one_query_and_one_more_for_links_to_another_language(
    client, home_sv, home_nb, locale_nb, programme
):
    """The linked pages: one query, loaded as plain pages since only their addresses are shown
    (Wagtail's handler takes their specific types: a query more per page type). Their translations
    in the visitor's language: one more, only when a link points to another language, as the
    Norwegian text's links to the Swedish activities do."""
    activities = translated_activities(programme, locale_nb, 3)
    page = about_page_in_both(home_sv, home_nb, locale_nb, [{"type": "paragraph", "value": "<p>Text</p>"}])
    without = queries_in_both(client, page)
    republish_both(page, paragraph_linking(activities))
    assert queries_in_both(client, page) == {"sv": without["sv"] + 1, "nb": without["nb"] + 2}


def test_a_rich_text_link_without_a_live_translation_goes_to_the_page_itself(
    client, home_sv, home_nb, locale_nb, programme
):
    """As Wagtail's `.localized`: the translation only while it is live, else the linked page."""
    FooterTextFactory()
    home_sv.nb = home_nb
    translated, untranslated, withdrawn = (
        ActivityPageFactory(parent=programme, slug=slug) for slug in ("oversatt", "svensk", "dragen")
    )
    translate_and_publish(translated, locale_nb, slug="oversatt-nb")
    translate_and_publish(withdrawn, locale_nb, slug="dragen-nb").unpublish()
    page = ContentPageFactory(
        parent=home_sv, slug="om", body=paragraph_linking([translated, untranslated, withdrawn])
    )
    page.nb = translate_and_publish(page, locale_nb, slug="om")
    text = client.get(page.nb.url).text
    assert 'href="/nb/programmet/oversatt-nb/"' in text
    assert 'href="/sv/programmet/svensk/"' in text
    assert 'href="/sv/programmet/dragen/"' in text


def test_calls_to_action_cost_one_query_and_one_more_for_links_to_another_language(
    client, home_sv, home_nb, locale_nb, programme
):
    """Their pages: one query, however many calls to action. Those pages' translations in the
    visitor's language: one more, only when a call points to another language, as the Norwegian
    page's calls to the Swedish activities do. Only the address is shown, so the translations are
    not loaded as their specific page types (which took a third query); the visitor's locale comes
    from the ids the chrome has already read (a fourth, when they were read twice)."""
    activities = translated_activities(programme, locale_nb, 3)
    text = [{"type": "paragraph", "value": "<p>Text</p>"}]
    page = about_page_in_both(home_sv, home_nb, locale_nb, text)
    without = queries_in_both(client, page)
    republish_both(page, text + content_body([], [], activities)[2:])
    assert queries_in_both(client, page) == {"sv": without["sv"] + 1, "nb": without["nb"] + 2}
    html = client.get(page.nb.url).text
    assert all(f'href="/nb/programmet/aktivitet-{n}-nb/"' in html for n in range(3))
