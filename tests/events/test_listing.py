"""The event calendar page: upcoming and past, filters, month grid, year overview, bad input."""

from datetime import datetime, time, timedelta

import pytest
import recurrence
from django.utils import timezone
from recurrence import Recurrence, Rule

from events.factories import EventCategoryFactory
from events.services.listing import PER_PAGE
from home.choices import Region
from tests.events.icalhelpers import STOCKHOLM

pytestmark = pytest.mark.django_db


def day_at(days, hour=18):
    return datetime.combine(timezone.localdate() + timedelta(days=days), time(hour), STOCKHOLM)


def titles(response):
    """Event titles in the list, in order."""
    import re

    return re.findall(r'class="event-item__title"><a href="[^"]*">([^<]*)</a>', response.text)


def test_upcoming_lists_occurrences_of_recurring_events_in_order(client, calendar, make_event):
    make_event(
        title="Varje vecka",
        start=day_at(1),
        end=day_at(1, 20),
        recurrence=Recurrence(rrules=[Rule(recurrence.WEEKLY, count=3)]),
    )
    make_event(title="En gång", start=day_at(9), end=day_at(9, 20))
    response = client.get(calendar.url)
    assert titles(response) == ["Varje vecka", "Varje vecka", "En gång", "Varje vecka"]


def test_past_lists_each_finished_event_once_newest_first(client, calendar, make_event):
    make_event(title="Förra veckan", start=day_at(-7), end=day_at(-7, 20))
    make_event(
        title="Serie",
        start=day_at(-30),
        end=day_at(-30, 20),
        recurrence=Recurrence(rrules=[Rule(recurrence.WEEKLY, count=2)]),
    )
    make_event(title="Framtid", start=day_at(5), end=day_at(5, 20))
    response = client.get(calendar.url, {"when": "past"})
    assert titles(response) == ["Förra veckan", "Serie"]
    assert "Framtid" not in titles(client.get(calendar.url, {"when": "past"}))
    assert "Förra veckan" not in titles(client.get(calendar.url))


def test_filters_by_category_region_language_activity_and_month(client, calendar, make_event, programme):
    from home.factories import ActivityPageFactory

    seminar = EventCategoryFactory(name="Seminarium", slug="seminarium")
    workshop = EventCategoryFactory(name="Workshop", slug="workshop")
    festival = ActivityPageFactory(
        parent=programme, title="Hilmarfestivalen", slug="hilmar", region=Region.TRONDELAG
    )
    make_event(
        title="A",
        category=seminar,
        activity=festival,
        spoken_languages="no",
        start=day_at(3),
        end=day_at(3, 20),
    )
    make_event(
        title="B",
        category=seminar,
        region=Region.JAMTLAND_HARJEDALEN,
        spoken_languages="sv,no",
        start=day_at(40),
        end=day_at(40, 20),
    )
    make_event(
        title="C",
        category=workshop,
        region=Region.JAMTLAND_HARJEDALEN,
        spoken_languages="sv",
        start=day_at(4),
        end=day_at(4, 20),
    )
    get = lambda **params: sorted(titles(client.get(calendar.url, params)))  # noqa: E731
    assert get(category="seminarium") == ["A", "B"]
    assert get(region=Region.TRONDELAG) == ["A"]
    assert get(region=Region.JAMTLAND_HARJEDALEN) == ["B", "C"]
    assert get(language="sv") == ["B", "C"]
    assert get(language="no") == ["A", "B"]
    assert get(activity="hilmar") == ["A"]
    assert get(category="seminarium", language="sv") == ["B"]
    assert get(category="seminarium", region=Region.JAMTLAND_HARJEDALEN, language="no") == ["B"]
    later = day_at(40)
    assert "B" in get(month=later.strftime("%Y-%m"))
    assert "A" not in get(month=later.strftime("%Y-%m")) or day_at(3).month == later.month
    assert get(category="workshop", activity="hilmar") == []


@pytest.mark.parametrize(
    "params",
    [
        {"month": "2026-13"},
        {"month": "abc"},
        {"month": "99999-01"},
        {"year": "-1", "view": "year"},
        {"page": "x"},
        {"page": "999999"},
        {"category": "<script>"},
        {"region": "mars"},
        {"language": "'; drop table"},
        {"activity": "x" * 5000},
        {"view": "nonsense"},
        {"when": "yesterday"},
    ],
)
def test_bad_filter_input_never_breaks_the_page(client, calendar, make_event, params):
    make_event(title="Finns")
    response = client.get(calendar.url, params)
    assert response.status_code == 200
    main = response.text.split("<main")[1]
    assert "<script>" not in main
    assert "Finns" in main or params.get("view") == "year"


def test_bad_filter_input_is_explained(client, calendar, make_event):
    make_event(title="Finns")
    response = client.get(calendar.url, {"month": "2026-13", "category": "okänd"})
    assert "2026-13" in response.text and "okänd" in response.text
    assert 'class="notice notice--warning"' in response.text
    assert titles(response) == ["Finns"]


def test_pagination_splits_upcoming_occurrences(client, calendar, make_event):
    make_event(
        title="Daglig",
        start=day_at(1),
        end=day_at(1, 19),
        recurrence=Recurrence(rrules=[Rule(recurrence.DAILY, count=PER_PAGE + 5)]),
    )
    first = client.get(calendar.url)
    second = client.get(calendar.url, {"page": 2})
    assert len(titles(first)) == PER_PAGE
    assert len(titles(second)) == 5
    assert 'rel="next"' in first.text


def test_month_grid_and_its_list_show_the_same_events(client, calendar, make_event):
    start = day_at(2)
    make_event(title="Månadens träff", start=start, end=start + timedelta(hours=2))
    response = client.get(calendar.url, {"view": "month", "month": start.strftime("%Y-%m")})
    assert response.status_code == 200
    grid, listing = (
        response.text.split('class="month-grid"')[1].split("</table>")[0],
        response.text.split('class="event-days"')[1],
    )
    assert "Månadens träff" in grid and "Månadens träff" in listing
    assert '<table class="month-grid" aria-hidden="true">' in response.text


def test_year_overview_groups_the_programme_by_month(client, calendar, make_event):
    next_year = timezone.localdate().year + 1
    start = datetime(next_year, 1, 12, 8, tzinfo=STOCKHOLM)
    make_event(
        title="Kulturfrukost",
        start=start,
        end=start + timedelta(hours=2),
        recurrence=Recurrence(rrules=[Rule(recurrence.MONTHLY, count=3)]),
    )
    response = client.get(calendar.url, {"view": "year", "year": next_year})
    months = response.text.split('<li class="year-wheel__month')[1:]
    assert len(months) == 12
    assert [">Kulturfrukost</a>" in month for month in months] == [True] * 3 + [False] * 9
    assert "is-empty" in months[3]


def test_empty_states_in_both_languages(client, calendar):
    sv = client.get(calendar.url)
    nb = client.get(calendar.nb.url)
    for response in (sv, nb):
        assert response.status_code == 200
        assert 'class="empty-state"' in response.text
    filtered = client.get(calendar.url, {"category": "x", "region": Region.TRONDELAG})
    assert 'class="empty-state"' in filtered.text


def test_norwegian_listing_shows_norwegian_events_and_venue(
    client, calendar, make_event, translate, venue, locale_nb
):
    venue_nb = venue.copy_for_translation(locale_nb)
    venue_nb.name = "Gamle Teatret"
    venue_nb.save()
    event = make_event(title="Nätverksträff", venue=venue)
    translate(event, title="Nettverkstreff")
    nb = client.get(calendar.nb.url)
    assert titles(nb) == ["Nettverkstreff"]
    assert "Gamle Teatret" in nb.text
    assert "Gamla Teatern" in client.get(calendar.url).text


def test_cancelled_and_noted_dates_are_marked_in_the_list(client, calendar, make_event):
    start = day_at(1)
    make_event(
        title="Serie",
        start=start,
        end=start + timedelta(hours=1),
        recurrence=Recurrence(rrules=[Rule(recurrence.WEEKLY, count=3)]),
        exceptions=[
            {"date": (start + timedelta(weeks=1)).date(), "cancelled": True},
            {"date": (start + timedelta(weeks=2)).date(), "note": "Sal B"},
        ],
    )
    text = client.get(calendar.url).text
    assert text.count("event-item is-cancelled") == 1
    assert "Sal B" in text


def test_untranslated_category_is_still_offered_in_norwegian(client, calendar, make_event, translate):
    category = EventCategoryFactory(name="Kulturfrukost", slug="kulturfrukost")
    event = make_event(title="Frukost", category=category)
    translate(event, title="Frokost")
    nb = client.get(calendar.nb.url, {"category": "kulturfrukost"})
    assert 'value="kulturfrukost" selected' in nb.text
    assert titles(nb) == ["Frokost"]
