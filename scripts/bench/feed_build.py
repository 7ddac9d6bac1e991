"""How long a cold feed of every event takes to build, in-process (no HTTP, no cache).

    DJANGO_SETTINGS_MODULE=cms.settings.bench DATABASE_URL=... python scripts/bench/feed_build.py [--profile]

On the seeded benchmark site (scripts/bench/seed.py). Each round starts from nothing kept in
Python (no per-process caches of events) and runs what the feed view runs after its 304 check:
fetch the events, expand and render them. Prints JSON: min and median of the rounds, the
queries of one build, the feed's size. `--profile` prints the top of a cProfile of one build.
"""

import json
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.bench")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import RequestFactory  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone, translation  # noqa: E402

ROUNDS = 7


def build_once(language="sv"):
    from events import feeds
    from events.models import EventIndexPage
    from events.services.queries import visible_events

    with translation.override(language):
        index = EventIndexPage.objects.live().get(locale__language_code=language)
        request = RequestFactory().get("/", HTTP_HOST="localhost")
        queryset = visible_events(language).descendant_of(index)
        now = timezone.now()
        info = feeds.CalendarInfo(
            name="Samspel63", description="", language=language, url="http://localhost/", feed_url="x"
        )
        started, cpu = time.perf_counter(), time.process_time()
        body = feeds.build_calendar(feeds.feed_events(queryset, now), info, request)
        return (time.perf_counter() - started) * 1000, body, (time.process_time() - cpu) * 1000


def measure(language="sv", rounds=ROUNDS):
    build_once(language)  # imports, template and translation catalogues, as on a running site
    runs = [build_once(language) for _ in range(rounds)]
    times, cpu = [run[0] for run in runs], [run[2] for run in runs]
    with CaptureQueriesContext(connection) as queries:
        body = build_once(language)[1]
    return {
        "language": language,
        "rounds": rounds,
        "min_ms": round(min(times), 1),
        "median_ms": round(statistics.median(times), 1),
        # This process's own CPU time: on a shared machine, wall time also counts waiting for a core.
        "min_cpu_ms": round(min(cpu), 1),
        "load_average": os.getloadavg()[0],
        # The index lookup is the view's, not the build's.
        "queries": len(queries.captured_queries) - 1,
        "vevents": body.count(b"BEGIN:VEVENT"),
        "kib": len(body) // 1024,
    }


def main():
    if "--profile" in sys.argv:
        import cProfile
        import pstats

        build_once()
        profile = cProfile.Profile()
        profile.enable()
        build_once()
        profile.disable()
        pstats.Stats(profile).sort_stats("cumulative").print_stats(35)
        return
    print(json.dumps([measure(language) for language in ("sv", "nb")], indent=2))


if __name__ == "__main__":
    main()
