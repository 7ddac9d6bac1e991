"""Seed the benchmark site: the bilingual demo site plus the bulk of a busy programme.

    DJANGO_SETTINGS_MODULE=cms.settings.bench DATABASE_URL=... python scripts/bench/seed.py

On top of `load_demo_content` (which gives every page type in sv and nb) it adds, in both
languages: events up to 500 (100 of them recurring), stories up to 300, storytellers up to 100,
calls up to 20, and 5,000 applications. Pages go in live, in bulk and without revisions
(home.bulk: what readers see is the same rows; seeding takes seconds instead of minutes),
translations share the source's translation_key as wagtail-localize's would. Running it again on a seeded
database does nothing.
"""

import os
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.bench")

import django  # noqa: E402

django.setup()

import recurrence  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.utils import timezone  # noqa: E402
from recurrence import Recurrence, Rule  # noqa: E402

from home.bulk import add_live_children  # noqa: E402

EVENTS, RECURRING, STORIES, STORYTELLERS, CALLS, APPLICATIONS = 500, 100, 300, 100, 20, 5000
LANGUAGES = ("sv", "nb")


def translated(model, obj, locale):
    """`obj`'s translation in `locale` (snippets and pages share translation_key), or obj itself."""
    if obj is None:
        return None
    return model.objects.filter(translation_key=obj.translation_key, locale=locale).first() or obj


def add_pairs(model, parents, rows, prepare=None):
    """Pages live in both languages: the Swedish sources, then their Norwegian translations.

    `rows` are (slug, sv fields, nb fields, shared fields) tuples; a callable field value is
    called with the page's locale (snippets in the page's language). Returns {language: [pages]}.
    """
    now = timezone.now() - timedelta(days=1)
    pages = {}
    for language in LANGUAGES:
        parent = parents[language]
        batch = []
        for number, (slug, sv, nb, fields) in enumerate(rows):
            own = dict(fields, **(sv if language == "sv" else nb))
            own = {k: (v(parent.locale) if callable(v) else v) for k, v in own.items()}
            if language != "sv":
                own["translation_key"] = pages["sv"][number].translation_key
            page = model(
                slug=slug, locale=parent.locale, first_published_at=now, last_published_at=now, **own
            )
            if prepare:
                prepare(page)
            batch.append(page)
        pages[language] = add_live_children(parent, batch)
    return pages


def indexes(model):
    return {p.locale.language_code: p for p in model.objects.select_related("locale")}


def seed_events(rng):
    from events.models import EventCategory, EventIndexPage, EventPage, OccurrenceException, Venue
    from events.services.occurrence_index import index_events
    from events.services.occurrences import normalise_event_times, series_end
    from home.models import ActivityPage

    parents = indexes(EventIndexPage)
    sv_locale = parents["sv"].locale
    venues = list(Venue.objects.filter(locale=sv_locale))
    categories = list(EventCategory.objects.filter(locale=sv_locale))
    activities = list(ActivityPage.objects.filter(locale=sv_locale)) + [None]
    template = EventPage.objects.filter(locale=sv_locale).exclude(body=[]).first()
    body = template.body.raw_data if template else []
    existing = EventPage.objects.filter(locale=sv_locale).count()
    recurring = EventPage.objects.filter(locale=sv_locale, recurrence__startswith="RRULE").count()
    today = timezone.localdate()
    rows, changes = [], {}
    for n in range(EVENTS - existing):
        day = today + timedelta(days=rng.randint(-20, 400))
        start = timezone.make_aware(
            timezone.datetime.combine(day, timezone.datetime.min.time()).replace(hour=rng.choice([9, 13, 18]))
        )
        venue, category, activity = rng.choice(venues), rng.choice(categories), rng.choice(activities)
        fields = {
            "start": start,
            "end": start + timedelta(hours=rng.choice([1, 2, 3])),
            "summary": "Ett möte för kulturaktörer på båda sidor om gränsen, med fika och samtal.",
            "body": body,
            "spoken_languages": rng.choice(["sv", "no", "sv,no", "sv,no,sma"]),
            "region": rng.choice(["jamtland-harjedalen", "trondelag", "cross-border"]),
            "venue": lambda locale, v=venue: translated(Venue, v, locale),
            "category": lambda locale, c=category: translated(EventCategory, c, locale),
            "activity": lambda locale, a=activity: translated(ActivityPage, a, locale),
        }
        exceptions = []
        if recurring < RECURRING:
            recurring += 1
            kind = n % 4
            rule = [
                Rule(recurrence.WEEKLY, count=rng.randint(6, 30)),
                Rule(recurrence.MONTHLY, byday=[recurrence.TH(1)], count=12),
                Rule(recurrence.WEEKLY),  # a series without end
                Rule(recurrence.DAILY, count=4),
            ][kind]
            fields["recurrence"] = Recurrence(rrules=[rule])
            if kind == 3:
                fields["all_day"] = True
            if n % 3 == 0 and kind in (0, 2):
                exceptions = [
                    {"date": day + timedelta(weeks=1), "cancelled": True},
                    {"date": day + timedelta(weeks=2), "note": "Sal B"},
                ]
        changes[n] = exceptions
        sv, nb = {"title": f"Evenemang {n}: kulturfrukost"}, {"title": f"Arrangement {n}: kulturfrokost"}
        rows.append((f"evenemang-{n}", sv, nb, fields))

    def prepare(page):  # what EventPage.save() does before it writes
        normalise_event_times(page)
        page.series_end = series_end(page)

    pages = add_pairs(EventPage, parents, rows, prepare)
    OccurrenceException.objects.bulk_create(
        OccurrenceException(page=page, locale_id=page.locale_id, **data)
        for language in LANGUAGES
        for page, exceptions in zip(pages[language], changes.values(), strict=True)
        for data in exceptions
    )
    index_events(page for language in LANGUAGES for page in pages[language])


def seed_stories(rng):
    from stories.models import (
        ArtForm,
        NetworkDirectoryPage,
        StoryArtForm,
        StoryIndexPage,
        StoryPage,
        StoryStoryteller,
        StorytellerArtForm,
        StorytellerPage,
    )

    directories = indexes(NetworkDirectoryPage)
    sv_locale = directories["sv"].locale
    forms = list(ArtForm.objects.filter(locale=sv_locale))
    template = StorytellerPage.objects.filter(locale=sv_locale).first()
    image = template.image if template else None
    existing = StorytellerPage.objects.filter(locale=sv_locale).count()
    rows = [
        (
            f"berattare-{n}",
            {"title": f"Berättare {n}", "summary": "Berättar om fjällen, hantverket och gränsen."},
            {"title": f"Berättare {n}", "summary": "Forteller om fjellet, håndverket og grensen."},
            {
                "region": rng.choice(["jamtland-harjedalen", "trondelag"]),
                "languages": rng.choice(["sv", "no", "sv,no"]),
                "image": image,
                "image_alt": "Porträtt",
            },
        )
        for n in range(STORYTELLERS - existing)
    ]
    pages = add_pairs(StorytellerPage, directories, rows)
    chosen = [rng.choice(forms) for _ in rows]
    StorytellerArtForm.objects.bulk_create(
        StorytellerArtForm(page=page, art_form=form)
        for language in LANGUAGES
        for page, form in zip(pages[language], chosen, strict=True)
    )
    storytellers = list(StorytellerPage.objects.filter(locale=sv_locale))
    parents = indexes(StoryIndexPage)
    template = StoryPage.objects.filter(locale=sv_locale).exclude(body=[]).first()
    body, image = (template.body.raw_data, template.image) if template else ([], None)
    existing = StoryPage.objects.filter(locale=sv_locale).count()
    rows = [
        (
            f"berattelse-{n}",
            {"title": f"Berättelse {n}", "summary": "En berättelse från nätverket."},
            {"title": f"Historie {n}", "summary": "En historie fra nettverket."},
            {
                "date": date(2025, 1, 1) + timedelta(days=n),
                "region": rng.choice(["jamtland-harjedalen", "trondelag", "cross-border"]),
                "municipality": "Östersund",
                "body": body,
                "image": image,
                "image_alt": "En bild",
            },
        )
        for n in range(STORIES - existing)
    ]
    pages = add_pairs(StoryPage, parents, rows)
    chosen = [(rng.choice(storytellers), rng.choice(forms)) for _ in rows]
    for language in LANGUAGES:
        StoryStoryteller.objects.bulk_create(
            StoryStoryteller(page=page, storyteller=teller)
            for page, (teller, _) in zip(pages[language], chosen, strict=True)
        )
        StoryArtForm.objects.bulk_create(
            StoryArtForm(page=page, art_form=form)
            for page, (_, form) in zip(pages[language], chosen, strict=True)
        )


def seed_calls(rng):
    from residencies.factories import criteria, questions
    from residencies.models import CallIndexPage, Intake, ResidencyPage, StudyTripPage, Submission

    parents = indexes(CallIndexPage)
    sv_locale = parents["sv"].locale
    existing = ResidencyPage.objects.filter(locale=sv_locale).count()
    existing += StudyTripPage.objects.filter(locale=sv_locale).count()
    now = timezone.now()
    for model, parity in ((StudyTripPage, 0), (ResidencyPage, 1)):
        rows = [
            (
                f"utlysning-{n}",
                {"title": f"Utlysning {n}", "summary": "En utlysning i programmet."},
                {"title": f"Utlysning {n} (nb)", "summary": "En utlysning i programmet."},
                {
                    "intake_policy": "reviewed",
                    "intake_places": 5,
                    "intake_opens_at": now - timedelta(days=10),
                    "intake_closes_at": now + timedelta(days=30 + n),
                    "criteria": criteria(("Konstnärlig kvalitet", 2), ("Gränsöverskridande", 1)),
                    "intake_questions": questions(("long_text", "Vad vill du utveckla?", False)),
                },
            )
            for n in range(CALLS - existing)
            if n % 2 == parity
        ]
        add_pairs(model, parents, rows)
    calls = list(ResidencyPage.objects.filter(locale=sv_locale)) + list(
        StudyTripPage.objects.filter(locale=sv_locale)
    )
    intakes = [Intake.for_page(call) for call in calls]
    have = Submission.objects.count()
    Submission.objects.bulk_create(
        [
            Submission(
                intake=intakes[n % len(intakes)],
                status=rng.choice(["received", "received", "accepted", "declined"]),
                name=f"Sökande {n}",
                email=f"bench-seed-{n}@example.com",
                country=rng.choice(["SE", "NO"]),
                region="jamtland-harjedalen",
                art_form="Dans",
                answers={"q0": "Jag vill utveckla en föreställning."},
                consent_text="Jag samtycker.",
                consent_version="1",
                language=rng.choice(LANGUAGES),
                created_at=now - timedelta(minutes=n),
                reference=f"B-{n:05d}",
            )
            for n in range(max(APPLICATIONS - have, 0))
        ],
        batch_size=1000,
    )


def main():
    from events.models import EventPage

    started = time.perf_counter()
    call_command("migrate", verbosity=0, interactive=False)
    seeded = EventPage.objects.filter(locale__language_code="sv").count() >= EVENTS
    if not seeded:
        call_command("load_demo_content")
        rng = random.Random(63)
        with transaction.atomic():
            seed_events(rng)
            seed_stories(rng)
            seed_calls(rng)
    # Fresh planner statistics, as autovacuum would gather on a live site after such a load (or
    # after a migration that filled a table).
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    if seeded:
        print("The benchmark site is seeded already.")
    else:
        print(f"Seeded the benchmark site in {time.perf_counter() - started:.0f} s.")


if __name__ == "__main__":
    main()
