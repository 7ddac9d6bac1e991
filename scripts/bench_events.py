"""Benchmark the events app with 500 events, 100 of them recurring. Not a test.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/samspel_bench .venv/bin/python scripts/bench_events.py

Creates a throwaway database (test_<name>), seeds it, prints the feed build time, the
304 time, the listing and event page render times with their query counts, then drops it.
"""

import os
import random
import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")

import django  # noqa: E402

django.setup()

from django.core.cache import cache  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import reverse  # noqa: E402
from django.utils import timezone, translation  # noqa: E402

EVENTS, RECURRING = 500, 100


def seed():
    import recurrence
    from recurrence import Recurrence, Rule
    from wagtail.models import Locale, Page, Site

    from events.factories import (
        EventCategoryFactory,
        EventIndexPageFactory,
        EventPageFactory,
        VenueFactory,
        next_week_at,
    )
    from home.choices import Region
    from home.factories import ActivityPageFactory, HomePageFactory, ProgrammeIndexPageFactory

    rng = random.Random(63)
    Locale.objects.get_or_create(language_code="sv")
    root = Page.get_first_root_node()
    Site.objects.all().delete()
    for child in root.get_children():
        child.delete()
    root.refresh_from_db()
    home = HomePageFactory(parent=root, title="Samspel63", slug="hem")
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    programme = ProgrammeIndexPageFactory(parent=home, slug="programmet")
    activities = [
        ActivityPageFactory(parent=programme, region=rng.choice(list(Region.values))) for _ in range(5)
    ]
    index = EventIndexPageFactory(parent=home)
    categories = [EventCategoryFactory() for _ in range(6)]
    venues = [VenueFactory() for _ in range(10)]
    published = timezone.now() - timedelta(days=1)
    for n in range(EVENTS):
        start = next_week_at(hour=rng.choice([8, 13, 18]), days=rng.randint(-180, 540))
        kwargs = {
            "parent": index,
            "start": start,
            "end": start + timedelta(hours=rng.choice([1, 2, 3])),
            "category": rng.choice(categories),
            "venue": rng.choice(venues),
            "activity": rng.choice(activities + [None]),
            "spoken_languages": rng.choice(["sv", "no", "sv,no", "sv,no,sma"]),
            # Live without revisions: seeding stays quick, reading costs the same.
            "publish": False,
            "last_published_at": published,
        }
        if n < RECURRING:
            kind = n % 4
            if kind == 0:
                rule = Rule(recurrence.WEEKLY, count=rng.randint(10, 40))
            elif kind == 1:
                rule = Rule(recurrence.MONTHLY, byday=[recurrence.TH(1)], count=12)
            elif kind == 2:
                rule = Rule(recurrence.WEEKLY)  # no end
            else:
                rule = Rule(recurrence.DAILY, count=5)
                kwargs["all_day"] = True
            kwargs["recurrence"] = Recurrence(
                rrules=[rule], exdates=[start + timedelta(weeks=2)] if kind == 0 else []
            )
            if n % 3 == 0:
                kwargs["exceptions"] = [
                    {"date": (start + timedelta(weeks=1)).date(), "cancelled": True},
                    {"date": (start + timedelta(weeks=3)).date(), "note": "Sal B"},
                ]
        EventPageFactory(**kwargs)
    return index


def measure(client, url, repeat, cold=False, **headers):
    """Median and best time in ms, and the queries of one request. `cold` empties the cache first."""
    client.get(url, headers=headers)  # warm caches, as on a running site
    times = []
    for _ in range(repeat):
        if cold:
            cache.clear()
        started = time.perf_counter()
        response = client.get(url, headers=headers)
        times.append((time.perf_counter() - started) * 1000)
    if cold:
        cache.clear()
    with CaptureQueriesContext(connection) as queries:
        client.get(url, headers=headers)
    return response, statistics.median(times), min(times), len(queries.captured_queries)


def main():
    from events.models import EventPage

    old_name = connection.settings_dict["NAME"]
    if connection.vendor != "postgresql":
        print("Set DATABASE_URL to a PostgreSQL database: the figures are meant for PostgreSQL.")
    connection.creation.create_test_db(verbosity=0, autoclobber=True, keepdb=False)
    try:
        translation.activate("sv")
        started = time.perf_counter()
        index = seed()
        print(f"Seeded {EVENTS} events ({RECURRING} recurring) in {time.perf_counter() - started:.1f} s")
        client = Client(HTTP_HOST="localhost")
        feed = reverse("events_feed", kwargs={"index": index.translation_key})
        event = EventPage.objects.filter(recurrence__startswith="RRULE").order_by("pk").first()
        rows = []
        response, median, best, queries = measure(client, feed, 10, cold=True)
        etag = response["ETag"]
        size = f"{len(response.content) // 1024} KiB, {response.content.count(b'BEGIN:VEVENT')} VEVENTs"
        rows.append(("feed, full build", median, best, queries, size))
        response, median, best, queries = measure(client, feed, 50)
        rows.append(("feed, 200 from kept body", median, best, queries, "no validators sent"))
        response, median, best, queries = measure(client, feed, 200, **{"If-None-Match": etag})
        rows.append(("feed, 304 (If-None-Match)", median, best, queries, f"status {response.status_code}"))
        for name, url in (
            ("listing, upcoming", index.url),
            ("listing, filtered", f"{index.url}?language=sv&region=cross-border"),
            ("listing, month grid", f"{index.url}?view=month"),
            ("listing, year overview", f"{index.url}?view=year"),
            ("listing, past", f"{index.url}?when=past"),
            ("event page (recurring)", event.url),
            ("event .ics", reverse("events_event_ics", kwargs={"event": event.translation_key})),
            ("home page (upcoming section)", "/sv/"),
        ):
            response, median, best, queries = measure(client, url, 10)
            rows.append((name, median, best, queries, f"status {response.status_code}"))
        print(f"\n{'what':32} {'median ms':>10} {'best ms':>9} {'queries':>8}  notes")
        for name, median, best, queries, note in rows:
            print(f"{name:32} {median:10.1f} {best:9.1f} {queries:8d}  {note}")
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
