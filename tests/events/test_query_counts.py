"""Listing, event page and feeds cost the same number of queries for 10 events as for 60."""

from datetime import timedelta

import pytest
import recurrence
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from recurrence import Recurrence, Rule

from events.factories import EventCategoryFactory, EventPageFactory, VenueFactory, next_week_at
from home.factories import OrganisationFactory

pytestmark = pytest.mark.django_db


def add_events(calendar, count, start_number):
    categories = [EventCategoryFactory(), EventCategoryFactory()]
    venues = [VenueFactory(), VenueFactory()]
    organiser = OrganisationFactory()
    for n in range(start_number, start_number + count):
        start = next_week_at(days=1 + n % 20)
        kwargs = {
            "parent": calendar,
            "start": start,
            "end": start + timedelta(hours=2),
            "category": categories[n % 2],
            "venue": venues[n % 2],
            "organiser": organiser if n % 2 else None,
            # Live without a revision: ten times faster to create, the same rows to read.
            "publish": False,
            "last_published_at": timezone.now(),
        }
        if n % 2 == 0:
            # Registration: the listing's badges and the event page's dates cost a fixed number of queries.
            kwargs.update(intake_policy="first_come", intake_places=5)
        if n % 3 == 0:
            kwargs["recurrence"] = Recurrence(rrules=[Rule(recurrence.WEEKLY, count=6)])
            kwargs["exceptions"] = [
                {"date": (start + timedelta(weeks=1)).date(), "cancelled": True, "note": "x"}
            ]
        EventPageFactory(**kwargs)


def register_some(events):
    """A registration on the first date of every event that takes them (and has none yet)."""
    from events.services.occurrences import next_occurrences
    from residencies.factories import SubmissionFactory
    from residencies.models import Intake

    for event in events:
        if event.intake_policy == "first_come" and not Intake.objects.filter(
            translation_key=event.translation_key
        ):
            first = next_occurrences(event, limit=1)[0].start
            intake = Intake.for_page(event, first if event.is_recurring else None)
            SubmissionFactory(intake=intake, status="confirmed")


def count_queries(client, url, **headers):
    client.get(url, headers=headers)  # warm caches (site root paths) as a running site has them
    with CaptureQueriesContext(connection) as context:
        response = client.get(url, headers=headers)
    assert response.status_code in (200, 304), url
    return len(context.captured_queries)


def urls(calendar, event, single):
    feed = reverse("events_feed", kwargs={"index": calendar.translation_key})
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
        "event ics": reverse("events_event_ics", kwargs={"event": event.translation_key}),
        "home": "/sv/",
    }


def test_query_counts_do_not_grow_with_the_number_of_events(client, calendar):
    add_events(calendar, 10, 0)
    from events.models import EventPage

    event = EventPage.objects.order_by("pk").first()
    single = EventPage.objects.order_by("pk")[2]
    assert event.is_recurring and not single.is_recurring and single.intake_policy == "first_come"
    register_some(EventPage.objects.all())
    pages = urls(calendar, event, single)
    small = {name: count_queries(client, url) for name, url in pages.items()}
    add_events(calendar, 50, 10)
    register_some(EventPage.objects.all())
    large = {name: count_queries(client, url) for name, url in pages.items()}
    assert large == small


def test_an_unchanged_feed_costs_two_queries(client, calendar):
    add_events(calendar, 12, 0)
    feed = reverse("events_feed", kwargs={"index": calendar.translation_key})
    etag = client.get(feed)["ETag"]
    with CaptureQueriesContext(connection) as context:
        response = client.get(feed, headers={"If-None-Match": etag})
    assert response.status_code == 304
    # One to find the calendar page, one aggregate for the validators.
    assert len(context.captured_queries) == 2
