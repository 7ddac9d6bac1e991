"""Listing, event page, forms, feeds (whole calendar, category, activity) and the activity page cost
the same number of queries for 10 events as for 500, in Swedish and in Norwegian (every event also
published in Norwegian, pointing to Swedish venues and categories, as translations do).

The events go in through home.bulk (two INSERTs per page type instead of a publish each), so
the 500-event case stays quick; the page cache is off (`uncached_pages`): these count rendering.
"""

from datetime import timedelta

import pytest
import recurrence
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from recurrence import Recurrence, Rule

from events.factories import EventCategoryFactory, VenueFactory, next_week_at
from events.models import EventPage, OccurrenceException
from events.services.occurrence_index import index_events
from events.services.occurrences import normalise_event_times, series_end
from home.bulk import add_live_children
from home.factories import OrganisationFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("uncached_pages")]

SMALL, LARGE = 10, 500


def _event(n, start, locale_id, related, translation_key=None):
    categories, venues, organiser, activity = related
    page = EventPage(
        title=f"Evenemang {n}",
        slug=f"evenemang-{n}",
        summary="Ett möte för kulturaktörer, med fika.",
        locale_id=locale_id,
        start=start,
        end=start + timedelta(hours=2),
        category=categories[n % 2],
        venue=venues[n % 2],
        organiser=organiser if n % 2 else None,
        activity=activity,
        spoken_languages="sv,no",
    )
    if translation_key:
        page.translation_key = translation_key
    if n % 2 == 0:
        # Registration: the listing's badges and the event page's dates cost a fixed number of queries.
        page.intake_policy, page.intake_places = "first_come", 5
    if n % 3 == 0:
        page.recurrence = Recurrence(rrules=[Rule(recurrence.WEEKLY, count=6)])
    normalise_event_times(page)
    page.series_end = series_end(page)
    return page


def add_events(calendar, count, start_number, activity=None):
    """`count` events in Swedish under `calendar` and in Norwegian under `calendar.nb`, both naming
    the Swedish `activity` if given (a synchronised field)."""
    related = ([EventCategoryFactory(), EventCategoryFactory()], [VenueFactory(), VenueFactory()])
    related = (*related, OrganisationFactory(), activity)
    numbers = range(start_number, start_number + count)
    starts = {n: next_week_at(days=1 + n % 20) for n in numbers}
    swedish = add_live_children(
        calendar, [_event(n, starts[n], calendar.locale_id, related) for n in numbers]
    )
    norwegian = add_live_children(
        calendar.nb,
        [
            _event(n, starts[n], calendar.nb.locale_id, related, e.translation_key)
            for n, e in zip(numbers, swedish, strict=True)
        ],
    )
    day = {n: (starts[n] + timedelta(weeks=1)).date() for n in numbers}
    swedish_exceptions = OccurrenceException.objects.bulk_create(
        OccurrenceException(page=e, locale_id=e.locale_id, date=day[n], cancelled=True, note="x")
        for n, e in zip(numbers, swedish, strict=True)
        if n % 3 == 0
    )
    OccurrenceException.objects.bulk_create(
        OccurrenceException(
            page=e,
            locale_id=e.locale_id,
            translation_key=x.translation_key,
            date=x.date,
            cancelled=True,
            note="x",
        )
        for e, x in zip(
            [e for n, e in zip(numbers, norwegian, strict=True) if n % 3 == 0],
            swedish_exceptions,
            strict=True,
        )
    )
    index_events(swedish + norwegian)  # what EventPage.save() does after it writes


def register_some(events):
    """A registration on the first date of every event that takes them (and has none yet)."""
    from events.services.occurrences import next_occurrences
    from residencies.factories import SubmissionFactory
    from residencies.models import Intake

    taken = set(Intake.objects.values_list("translation_key", flat=True))
    for event in events:
        if event.intake_policy == "first_come" and event.translation_key not in taken:
            taken.add(event.translation_key)
            first = next_occurrences(event, limit=1)[0].start
            intake = Intake.for_page(event, first if event.is_recurring else None)
            SubmissionFactory(intake=intake, status="confirmed")


def count_queries(client, url, cold=False, **headers):
    client.get(url, headers=headers)  # warm caches (site root paths) as a running site has them
    if cold:
        cache.clear()  # a feed built from the database, not its kept body
    with CaptureQueriesContext(connection) as context:
        response = client.get(url, headers=headers)
    assert response.status_code in (200, 304), url
    return len(context.captured_queries)


def urls(calendar, event, single, language, activity):
    with translation.override(language):
        feed = reverse("events_feed", kwargs={"index": calendar.translation_key})
        category_feed = reverse(
            "events_category_feed",
            kwargs={"index": calendar.translation_key, "category": event.category.slug},
        )
        activity_feed = reverse(
            "events_activity_feed",
            kwargs={"index": calendar.translation_key, "activity": activity.translation_key},
        )
        ics = reverse("events_event_ics", kwargs={"event": event.translation_key})
        deadlines = reverse("events_deadlines_feed")
    month = event.local_start.strftime("%Y-%m")
    return {
        "listing": calendar.url,
        "listing filtered": f"{calendar.url}?region=cross-border&language=sv",
        "month": f"{calendar.url}?view=month&month={month}",
        "year": f"{calendar.url}?view=year&year={event.local_start.year}",
        "past": f"{calendar.url}?when=past",
        "event page": event.url,
        "single event with its form": single.url,
        "registration form": single.url + "register/",
        "feed": feed,
        "feed, built": (feed, True),
        "event ics": ics,
        "event ics, built": (ics, True),
        "deadlines feed": deadlines,
        "category feed, built": (category_feed, True),
        "activity feed, built": (activity_feed, True),
        "activity page": activity.url,
        "home": f"/{language}/",
    }


def measure_both_languages(client, calendar, activity):
    counts = {}
    for language, index, activity_page in (("sv", calendar, activity), ("nb", calendar.nb, activity.nb)):
        events = EventPage.objects.filter(locale_id=index.locale_id).order_by("pk")
        event, single = events[0], events[2]
        assert event.is_recurring and not single.is_recurring and single.intake_policy == "first_come"
        for name, url in urls(index, event, single, language, activity_page).items():
            url, cold = url if isinstance(url, tuple) else (url, False)
            counts[language, name] = count_queries(client, url, cold=cold)
    return counts


@pytest.fixture
def activity(programme, locale_nb):
    from home.factories import ActivityPageFactory
    from tests.conftest import translate_and_publish

    page = ActivityPageFactory(parent=programme, title="Mötesplatser", slug="motesplatser")
    page.nb = translate_and_publish(page, locale_nb, slug="motesplasser")
    return page


def test_query_counts_do_not_grow_from_10_to_500_events_in_either_language(client, calendar, activity):
    add_events(calendar, SMALL, 0, activity)
    register_some(EventPage.objects.all())
    small = measure_both_languages(client, calendar, activity)
    add_events(calendar, LARGE - SMALL, SMALL, activity)
    register_some(EventPage.objects.all())
    assert EventPage.objects.filter(locale_id=calendar.nb.locale_id).count() == LARGE
    large = measure_both_languages(client, calendar, activity)
    assert large == small


def test_the_full_feed_has_every_event(client, calendar):
    add_events(calendar, 30, 0)
    response = client.get(reverse("events_feed", kwargs={"index": calendar.translation_key}))
    # 30 series and one cancelled date of every third: the bulk-made events are real feed entries.
    assert response.content.count(b"BEGIN:VEVENT") == 30 + 10


def test_an_unchanged_feed_costs_two_queries(client, calendar):
    add_events(calendar, 12, 0)
    feed = reverse("events_feed", kwargs={"index": calendar.translation_key})
    etag = client.get(feed)["ETag"]
    with CaptureQueriesContext(connection) as context:
        response = client.get(feed, headers={"If-None-Match": etag})
    assert response.status_code == 304
    # One to find the calendar page, one aggregate for the validators.
    assert len(context.captured_queries) == 2


def test_an_event_page_finds_each_linked_object_in_its_language_with_one_query(rf, calendar, activity):
    """Venue, category, organiser and activity: the Norwegian version where there is one, in one
    query each, not the linked object first and its translation after."""
    from events.services.detail import event_context

    add_events(calendar, 2, 0, activity)
    event = EventPage.objects.get(locale_id=calendar.nb.locale_id, slug="evenemang-1")
    venue = event.venue
    venue.nb = venue.copy_for_translation(calendar.nb.locale)
    venue.nb.name = "Scenen"
    venue.nb.save()
    event = EventPage.objects.get(pk=event.pk)
    request = rf.get(event.url)
    with CaptureQueriesContext(connection) as captured:
        event_context(event, request)
    assert event.local_venue == venue.nb
    assert event.local_category == event.category  # not translated: the Swedish one
    assert event.local_organiser == event.organiser
    assert event.local_activity == activity.nb
    sql = [query["sql"] for query in captured.captured_queries]
    for table in ("events_venue", "events_eventcategory", "home_organisation", "home_activitypage"):
        assert sum(f'FROM "{table}"' in text for text in sql) == 1, table
    assert not any('FROM "wagtailcore_locale"' in text for text in sql)
    assert len(sql) <= CEILING_EVENT_CONTEXT


CEILING_EVENT_CONTEXT = 7
