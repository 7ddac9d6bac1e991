"""Pages cost a bounded number of queries, whatever the number of cards on them."""

import pytest
import wagtail_factories
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.factories import (
    ActivityPageFactory,
    ContentPageFactory,
    FooterTextFactory,
    OrganisationFactory,
    PersonFactory,
)
from home.models.pages import HomePageFeaturedActivity
from tests.conftest import translate_and_publish

pytestmark = pytest.mark.django_db

# Measured when written (sv, one site, warm renditions): home page 39 with the events section
# registered, programme index 25, content page about 25. The ceilings leave room for the
# sections other apps add to the home page and for a few more lookups, never for a query per
# item: the few-vs-many comparisons below catch that exactly. Since the shared chrome is
# prepared once and cached (home/chrome.py): home page 37 and programme 21 with the chrome
# built (the cache is emptied), content page 8 with it cached.
HOME_PAGE_CEILING = 55
CONTENT_PAGE_CEILING = 15
PROGRAMME_CEILING = 30


def add_activities(programme, home, count, locale_nb=None):
    """Swedish activities featured on `home`; with `locale_nb`, also published in Norwegian."""
    FooterTextFactory()
    for _ in range(count):
        image = wagtail_factories.ImageFactory()
        activity = ActivityPageFactory(parent=programme, image=image, image_alt="Bild")
        HomePageFeaturedActivity.objects.create(page=home, activity=activity)
        if locale_nb is not None:
            translate_and_publish(activity, locale_nb, title=f"{activity.title} (nb)")
            # The featured list is synchronised: the Norwegian home page names the Swedish originals.
            HomePageFeaturedActivity.objects.create(page=home.nb, activity=activity)
    for _ in range(count // 3):
        OrganisationFactory(logo=wagtail_factories.ImageFactory())


def queries_for(client, path, warm=True):
    if warm:
        client.get(path)  # generates the image renditions once, as the first visitor would
    cache.clear()  # rendition lookups must come from the prefetch, not from the cache
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200
    return len(captured.captured_queries)


@pytest.fixture
def few_and_many(client, programme, home_sv):
    """Query counts of a path with 3 activities, then with 12."""

    def measure(path):
        add_activities(programme, home_sv, 3)
        few = queries_for(client, path)
        add_activities(programme, home_sv, 9)
        many = queries_for(client, path)
        return few, many

    return measure


def test_home_page_queries_do_not_grow_with_featured_activities(few_and_many):
    few, many = few_and_many("/sv/")
    assert few == many
    assert many <= HOME_PAGE_CEILING


def test_programme_index_queries_do_not_grow_with_activities(few_and_many):
    few, many = few_and_many("/sv/programmet/")
    assert few == many
    assert many <= PROGRAMME_CEILING


def test_content_page_query_count_is_bounded(
    client, uncached_pages, home_sv, locale_nb, django_assert_max_num_queries
):
    page = ContentPageFactory(parent=home_sv, slug="om", body=[{"type": "paragraph", "value": "<p>Text</p>"}])
    translate_and_publish(page, locale_nb, slug="om")
    client.get("/sv/om/")
    with django_assert_max_num_queries(CONTENT_PAGE_CEILING):
        assert client.get("/sv/om/").status_code == 200


def test_norwegian_home_page_shows_translations_at_the_same_cost(
    client, programme, home_sv, home_nb, locale_nb
):
    home_sv.nb = home_nb
    add_activities(programme, home_sv, 2, locale_nb)
    few = queries_for(client, "/nb/")
    add_activities(programme, home_sv, 4, locale_nb)
    many = queries_for(client, "/nb/")
    assert few == many <= HOME_PAGE_CEILING
    assert client.get("/nb/").text.count(" (nb)</a>") == 6


# --- 10 against 500, in both languages (issue #7) ----------------------------------------------

SMALL, LARGE = 10, 500


def add_bulk_activities(programme, home, count, images, start=0):
    """`count` activities in Swedish and Norwegian (bulk), all featured on both home pages."""
    from home.bulk import add_live_children
    from home.models import ActivityPage

    def activities(locale_id, keys=None):
        pages = []
        for i, n in enumerate(range(start, start + count)):
            page = ActivityPage(
                title=f"Aktivitet {n}",
                slug=f"aktivitet-{n}",
                summary="En aktivitet.",
                locale_id=locale_id,
                image=images[n % len(images)],
                image_alt="Bild",
                lead_organisation=images.organisation,
                contact_person=images.person,
            )
            if keys:
                page.translation_key = keys[i]
            pages.append(page)
        return pages

    swedish = add_live_children(programme, activities(programme.locale_id))
    add_live_children(programme.nb, activities(programme.nb.locale_id, [p.translation_key for p in swedish]))
    # The featured list is synchronised: both home pages name the Swedish originals.
    HomePageFeaturedActivity.objects.bulk_create(
        HomePageFeaturedActivity(page_id=page_id, activity=a, sort_order=start + i)
        for page_id in (home.pk, home.nb.pk)
        for i, a in enumerate(swedish)
    )


class Images(list):
    """A few images, shared as cards share them, and the snippets the activities name."""


@pytest.fixture
def bulk_images(db):
    images = Images(wagtail_factories.ImageFactory() for _ in range(5))
    images.organisation, images.person = OrganisationFactory(), PersonFactory()
    return images


def cards_queries(client, path, cards, warm):
    if warm:  # the renditions, once; the 500 share the 10's images, so they need no second round
        client.get(path)
    cache.clear()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200
    assert response.text.count("Aktivitet ") >= cards, path
    return len(captured.captured_queries)


def test_home_programme_and_activity_pages_do_not_grow_from_10_to_500_activities_in_either_language(
    client, programme, home_sv, home_nb, bulk_images
):
    from home.models import ActivityPage

    FooterTextFactory()
    home_sv.nb = home_nb

    def measure(cards):
        warm = cards == SMALL
        counts = {}
        for language, index in (("sv", programme), ("nb", programme.nb)):
            activity = ActivityPage.objects.filter(locale_id=index.locale_id).order_by("path").first()
            counts[language, "home"] = cards_queries(client, f"/{language}/", cards, warm)
            counts[language, "programme"] = cards_queries(client, index.url, cards, warm)
            counts[language, "activity"] = cards_queries(client, activity.url, 1, warm)
        return counts

    add_bulk_activities(programme, home_sv, SMALL, bulk_images)
    small = measure(SMALL)
    add_bulk_activities(programme, home_sv, LARGE - SMALL, bulk_images, start=SMALL)
    assert ActivityPage.objects.count() == 2 * LARGE
    large = measure(LARGE)
    assert large == small, f"{SMALL} activities: {small}, {LARGE}: {large}"


def add_snippets(model, count, locale_sv, locale_nb, **fields):
    """`count` Swedish snippets with their Norwegian translations, in two INSERTs."""
    swedish = model.objects.bulk_create(
        model(name=f"{model.__name__} {n}", locale=locale_sv, **fields) for n in range(count)
    )
    model.objects.bulk_create(
        model(name=f"{s.name} (nb)", locale=locale_nb, translation_key=s.translation_key, **fields)
        for s in swedish
    )
    return swedish


def content_body(people, organisations, links):
    return [
        {"type": "people", "value": {"heading": "Vi", "people": [p.pk for p in people]}},
        {"type": "logos", "value": {"heading": "Partner", "organisations": [o.pk for o in organisations]}},
        *(
            {
                "type": "call_to_action",
                "value": {
                    "heading": "Läs",
                    "text": "",
                    "link": {"page": p.pk, "url": ""},
                    "button_label": "Läs",
                },
            }
            for p in links
        ),
    ]


def test_content_and_contact_pages_do_not_grow_from_10_to_500_items_in_either_language(
    client, home_sv, home_nb, locale_sv, locale_nb, programme, bulk_images
):
    """A content page with 10, then 500 people, logos and links; a contact page with 10, then 500
    messages behind it."""
    from home.factories import ContactPageFactory
    from home.models import ActivityPage, ContactMessage, Organisation, Person

    home_sv.nb = home_nb
    add_bulk_activities(programme, home_sv, LARGE, bulk_images)
    people = add_snippets(Person, LARGE, locale_sv, locale_nb, photo=bulk_images[0])
    organisations = add_snippets(Organisation, LARGE, locale_sv, locale_nb, logo=bulk_images[1])
    links = list(ActivityPage.objects.filter(locale=locale_sv).order_by("path"))
    page = ContentPageFactory(
        parent=home_sv, slug="om", body=content_body(people[:SMALL], organisations[:SMALL], links[:SMALL])
    )
    page.nb = translate_and_publish(page, locale_nb, slug="om")
    contact = ContactPageFactory(parent=home_sv, slug="kontakt")
    contact.nb = translate_and_publish(contact, locale_nb, slug="kontakt")

    def add_messages(count):
        ContactMessage.objects.bulk_create(
            ContactMessage(
                page=c, name="Namn", email="a@example.com", message="Hej", language="sv", consent_text="Ja"
            )
            for c in (contact, contact.nb)
            for _ in range(count)
        )

    def measure(warm):
        counts = {}
        for language, version, form in (("sv", page, contact), ("nb", page.nb, contact.nb)):
            counts[language, "content"] = queries_for(client, version.url, warm)
            counts[language, "contact"] = queries_for(client, form.url, warm)
        return counts

    add_messages(SMALL)
    small = measure(warm=True)
    for version in (page, page.nb):
        version.body = content_body(people, organisations, links)
        version.save_revision().publish()
    add_messages(LARGE - SMALL)
    large = measure(warm=False)  # the 500 share the 10's images and renditions
    text = client.get(page.nb.url).text
    assert text.count("Person 499 (nb)") == 1 and "/nb/programmet/aktivitet-499/" in text
    assert large == small, f"{SMALL} items: {small}, {LARGE}: {large}"


# --- Per page, not per block ---------------------------------------------------------------------


def blocks_body(groups):
    """One people block and one logo grid per (people, organisations) pair."""
    body = []
    for people, organisations in groups:
        body += content_body(people, organisations, [])
    return body


def test_more_people_and_logo_blocks_cost_no_more_queries_in_either_language(
    client, home_sv, home_nb, locale_sv, locale_nb, bulk_images
):
    """Each block used to look up its own snippets, images and locale: four queries per block. The
    page's blocks now share one lookup per kind, so an about page with three logo grids costs what
    one does, and every block still shows the visitor's language."""
    from home.models import Organisation, Person

    FooterTextFactory()
    home_sv.nb = home_nb
    people = add_snippets(Person, 6, locale_sv, locale_nb, photo=bulk_images[0])
    organisations = add_snippets(Organisation, 6, locale_sv, locale_nb, logo=bulk_images[1])
    page = ContentPageFactory(parent=home_sv, slug="om", body=blocks_body([(people[:2], organisations[:2])]))
    page.nb = translate_and_publish(page, locale_nb, slug="om")

    def measure(warm):
        return {
            language: queries_for(client, version.url, warm)
            for language, version in (("sv", page), ("nb", page.nb))
        }

    one = measure(warm=True)
    three = blocks_body([(people[i : i + 2], organisations[i : i + 2]) for i in (0, 2, 4)])
    for version in (page, page.nb):
        version.body = three
        version.save_revision().publish()
    client.get(page.url), client.get(page.nb.url)  # the new logos' renditions, once
    assert measure(warm=False) == one
    text = client.get(page.nb.url).text
    assert all(f"{snippet.name} (nb)" in text for snippet in [*people, *organisations])
