"""The page cache (home/page_cache.py) with events: venues, categories, places left, feeds, private links."""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from residencies import services
from tests.events.conftest import answers_post, person, said
from tests.home.test_page_cache import cached_get, stored_pages

pytestmark = pytest.mark.django_db

LANGUAGES = ["sv", "nb"]


@pytest.fixture(autouse=True)
def site_settings(site):
    from home.models import SiteSettings

    return SiteSettings.for_site(site)


def listing_url(calendar, language):
    return calendar.url if language == "sv" else calendar.nb.url


def places_left_text(count, language):
    return said("%(count)s place left", "%(count)s places left", count, language=language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_renamed_venue_shows_in_the_listing_at_once(
    client, calendar, make_event, venue, translate, language
):
    translate(make_event(title="Konsert", slug="konsert"))
    assert "Gamla Teatern" in cached_get(client, listing_url(calendar, language)).text
    venue.name = "Nya Scenen"
    venue.save()
    assert "Nya Scenen" in client.get(listing_url(calendar, language)).text


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_renamed_category_shows_on_the_event_page_at_once(client, make_event, seminar, translate, language):
    event = make_event(title="Föredrag", slug="foredrag", category=seminar)
    event.nb = translate(event, category=seminar.nb)
    url = event.url if language == "sv" else event.nb.url
    category = seminar if language == "sv" else seminar.nb
    assert category.name in cached_get(client, url).text
    category.name = f"{category.name} och samtal"
    category.save()
    assert f"{category.name}" in client.get(url).text


@pytest.mark.parametrize("language", LANGUAGES)
def test_registrations_and_cancellations_change_the_places_left_shown(client, calendar, workshop, language):
    url = listing_url(calendar, language)
    assert places_left_text(3, language) in cached_get(client, url).text
    submission = services.submit(workshop, person(1), language="sv")
    assert places_left_text(2, language) in client.get(url).text
    services.cancel(submission)
    assert places_left_text(3, language) in client.get(url).text


def test_promotion_from_the_waiting_list_keeps_the_places_shown_right(client, calendar, workshop):
    placed = [services.submit(workshop, person(n), language="sv") for n in range(2)]
    assert places_left_text(1, "sv") in cached_get(client, calendar.url).text
    services.submit(workshop, person(5), language="sv")
    services.submit(workshop, person(6), language="sv")  # the waiting list
    cached_get(client, calendar.url)
    services.cancel(placed[0])  # the first waiting gets the place in the same transaction
    assert places_left_text(1, "sv") not in client.get(calendar.url).text


# --- Feeds ------------------------------------------------------------------------------------------


def feed_url(calendar, language):
    with translation.override(language):
        return reverse("events_feed", kwargs={"index": calendar.translation_key})


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_polled_feed_is_answered_from_the_cache_and_its_304_costs_no_query(
    client, calendar, make_event, translate, language, django_assert_num_queries
):
    translate(make_event(title="Konsert", slug="konsert"))
    url = feed_url(calendar, language)
    first = cached_get(client, url)
    with django_assert_num_queries(0):
        again = client.get(url, headers={"If-None-Match": first["ETag"]})
    assert again.status_code == 304
    assert again["ETag"] == first["ETag"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_published_event_enters_the_cached_feed_at_once(client, calendar, make_event, translate, language):
    url = feed_url(calendar, language)
    first = cached_get(client, url)
    translate(make_event(title="Ny konsert", slug="ny-konsert"), title="Ny konsert (nb)")
    response = client.get(url, headers={"If-None-Match": first["ETag"]})
    assert response.status_code == 200
    assert response["ETag"] != first["ETag"]
    assert "SUMMARY:Ny konsert" in response.content.decode()


# --- Never cached -------------------------------------------------------------------------------------


def test_an_event_page_with_its_registration_form_is_never_stored(client, workshop):
    response = client.get(workshop.url)
    assert b"csrfmiddlewaretoken" in response.content
    assert stored_pages() == 0


def test_a_private_submission_link_is_never_stored_by_any_cache(client, workshop):
    receipt = client.post(workshop.intake_form_url(), answers_post(workshop, 1))["Location"]
    client.cookies.clear()  # a person opening the link from their mail, without a session
    response = client.get(receipt)
    assert response.status_code == 200
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    assert "X-Cache" not in response
    assert stored_pages() == 0


def test_an_event_page_with_its_registration_form_gives_each_visitor_a_form_of_their_own(client, workshop):
    """Its content is never kept either (home/fragments.py): a kept form would carry another's token."""
    tokens = set()
    for visit in range(2):
        client.cookies.clear()
        html = client.get(f"{workshop.url}?visit={visit}").text
        tokens.add(re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1))
    assert len(tokens) == 2
