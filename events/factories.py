"""Factories for events: used by the tests and by the demo content (events/demo.py)."""

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import factory
import wagtail_factories
from django.utils import timezone

from events import models
from home.choices import Country, TimeZone

STOCKHOLM = ZoneInfo(TimeZone.STOCKHOLM)


def local(year, month, day, hour=0, minute=0, zone=STOCKHOLM):
    """An aware datetime at wall-clock time in `zone` (Stockholm unless told)."""
    return datetime(year, month, day, hour, minute, tzinfo=zone)


def next_week_at(hour=18, days=7):
    day = timezone.localdate() + timedelta(days=days)
    return datetime.combine(day, time(hour), STOCKHOLM)


class VenueFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Lokal {n}")
    address = "Storgatan 1"
    postcode = "831 30"
    town = "Östersund"
    country = Country.SWEDEN
    latitude = "63.179200"
    longitude = "14.635700"

    class Meta:
        model = models.Venue


class EventCategoryFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Kategori {n}")
    slug = factory.Sequence(lambda n: f"kategori-{n}")

    class Meta:
        model = models.EventCategory


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Evenemang"
    slug = "evenemang"

    class Meta:
        model = models.EventIndexPage


class EventPageFactory(wagtail_factories.PageFactory):
    """A published event.

    `exceptions=[{"date": d, "cancelled": True, "note": "..."}]` adds changed dates;
    `publish=False` leaves a draft-only change unpublished.
    """

    title = factory.Sequence(lambda n: f"Evenemang {n}")
    slug = factory.Sequence(lambda n: f"evenemang-{n}")
    summary = "Ett möte för kulturaktörer på båda sidor om gränsen."
    start = factory.LazyFunction(next_week_at)
    end = factory.LazyAttribute(lambda o: o.start + timedelta(hours=2))
    spoken_languages = "sv,no"

    class Meta:
        model = models.EventPage

    @classmethod
    def _create(cls, model_class, *args, exceptions=(), publish=True, **kwargs):
        page = super()._create(model_class, *args, **kwargs)
        for data in exceptions:
            page.occurrence_exceptions.add(models.OccurrenceException(**data))
        if publish:
            # Publishing through a revision sets last_published_at, as the editor's "Publish" does.
            page.save_revision().publish()
            page.refresh_from_db()
            page = model_class.objects.get(pk=page.pk)
        elif exceptions:
            page.save()
        return page
