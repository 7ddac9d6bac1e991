"""What the event calendar page shows: filters read from the query string, then a list of
occurrences, a month grid with its list, or the year overview (årshjul).

A fixed number of queries whatever the number of events: option lists, then the dates from
the occurrence rows (events.services.occurrence_index), paged in SQL, and only the shown
events with their prefetches.
"""

import calendar as pycalendar
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.db.models import Q
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from events.choices import SpokenLanguage
from events.services.links import deadlines_feed_path, feed_path, subscribe_links
from events.services.localise import categories_for_locale, localise_related
from events.services.occurrence_index import paged_latest_ended, paged_window, window
from events.services.occurrences import attach_exceptions
from events.services.queries import visible_events
from events.services.registration import availability_for
from home.choices import Region
from home.models import ActivityPage
from home.visibility import not_restricted_q

PER_PAGE = 20
UPCOMING_HORIZON = timedelta(days=550)
VIEWS = ("list", "month", "year")
FILTER_NAMES = ("category", "month", "region", "language", "activity")
# Every query parameter the calendar page reads (the page keeps its content per their values).
PARAMETERS = ("view", "when", "year", "page", *FILTER_NAMES)
MAX_PARAM_LENGTH = 100
MONTH_RE = re.compile(r"^(\d{4})-(\d{2})$")
YEAR_RE = re.compile(r"^\d{4}$")
YEARS = range(2000, 2101)


@dataclass
class Filters:
    view: str = "list"
    past: bool = False
    category: str = ""
    month: date | None = None
    region: str = ""
    language: str = ""
    activity: str = ""
    year: int | None = None
    messages: list = field(default_factory=list)

    @property
    def active(self):
        return any(getattr(self, name) for name in FILTER_NAMES)


def _param(params, name):
    return (params.get(name) or "").strip()[:MAX_PARAM_LENGTH]


def read_filters(params, categories, activities):
    """Filters from the query string. Anything not understood is ignored, with a message."""
    filters = Filters()
    view = _param(params, "view")
    filters.view = view if view in VIEWS else "list"
    filters.past = _param(params, "when") == "past"

    value = _param(params, "category")
    if value:
        if value in categories:
            filters.category = value
        else:
            filters.messages.append(
                _("There is no category “%(value)s”: events of all categories are shown.") % {"value": value}
            )
    value = _param(params, "month")
    if value:
        match = MONTH_RE.match(value)
        if match and int(match[1]) in YEARS and 1 <= int(match[2]) <= 12:
            filters.month = date(int(match[1]), int(match[2]), 1)
        else:
            filters.messages.append(
                _("“%(value)s” is not a month we understand (use YYYY-MM): all months are shown.")
                % {"value": value}
            )
    value = _param(params, "year")
    if value:
        if YEAR_RE.match(value) and int(value) in YEARS:
            filters.year = int(value)
        else:
            filters.messages.append(
                _("“%(value)s” is not a year we understand: this year is shown.") % {"value": value}
            )
    value = _param(params, "region")
    if value:
        if value in Region.values:
            filters.region = value
        else:
            filters.messages.append(
                _("There is no region “%(value)s”: all regions are shown.") % {"value": value}
            )
    value = _param(params, "language")
    if value:
        if value in SpokenLanguage.values:
            filters.language = value
        else:
            filters.messages.append(
                _("There is no language “%(value)s”: all languages are shown.") % {"value": value}
            )
    value = _param(params, "activity")
    if value:
        if value in activities:
            filters.activity = value
        else:
            filters.messages.append(
                _("There is no programme activity “%(value)s”: events of all activities are shown.")
                % {"value": value}
            )
    return filters


def filtered_events(index_page, filters, activities):
    queryset = visible_events(locale_id=index_page.locale_id).descendant_of(index_page)
    if filters.category:
        queryset = queryset.filter(category__slug=filters.category)
    if filters.region:
        queryset = queryset.filter(Q(region=filters.region) | Q(region="", activity__region=filters.region))
    if filters.language:
        # Codes are checked against SpokenLanguage above; the pattern matches one item of the list.
        queryset = queryset.filter(spoken_languages__regex=rf"(^|,){filters.language}(,|$)")
    if filters.activity:
        queryset = queryset.filter(activity__translation_key=activities[filters.activity].translation_key)
    return queryset


# What listings read from an event: model instances are costly, and a listing may hold hundreds.
LISTING_FIELDS = (
    "id",
    "title",
    "slug",
    "url_path",
    "path",
    "depth",
    "live",
    "locale_id",
    "translation_key",
    "content_type_id",
    "start",
    "end",
    "all_day",
    "time_zone",
    "recurrence",
    "status",
    "online_url",
    "series_end",
    "venue",
    "category",
)


def _fetch(queryset):
    events = list(queryset.only(*LISTING_FIELDS).select_related("venue", "category").order_by("start", "pk"))
    return attach_exceptions(localise_related(events, names=("venue", "category")))


def _month_bounds(first, zone):
    following = (first.replace(day=28) + timedelta(days=4)).replace(day=1)
    return datetime.combine(first, time(0), zone), datetime.combine(following, time(0), zone), following


def build_listing(index_page, request):
    now = timezone.now()
    zone = timezone.get_current_timezone()
    today = timezone.localdate()
    categories = {c.slug: c for c in categories_for_locale(index_page.locale_id)}
    activities = {
        a.slug: a
        for a in ActivityPage.objects.live()
        .filter(not_restricted_q(), locale_id=index_page.locale_id)
        .only("id", "title", "slug", "translation_key")
        .order_by("title")
    }
    filters = read_filters(request.GET, categories, activities)
    queryset = filtered_events(index_page, filters, activities)
    context = {
        "filters": filters,
        "filter_messages": filters.messages,
        "category_options": list(categories.values()),
        "activity_options": list(activities.values()),
        "region_options": Region.choices,
        "language_options": SpokenLanguage.choices,
        "month_options": _month_options(today),
        "view": filters.view,
        "subscribe": _subscribe(request, index_page, filters, categories, activities),
        "filter_query": _query({name: getattr(filters, name) for name in FILTER_NAMES}),
    }
    if filters.view == "month":
        context.update(_month_view(queryset, filters, today, zone))
    elif filters.view == "year":
        context.update(_year_view(queryset, filters, today, zone))
    else:
        context.update(_list_view(request, queryset, filters, now, zone))
    return context


def _query(values):
    clean = {}
    for key, value in values.items():
        if isinstance(value, date):
            value = f"{value:%Y-%m}"
        if value:
            clean[key] = value
    return urlencode(clean)


def _month_options(today):
    first = today.replace(day=1)
    options = []
    for offset in range(-12, 19):
        year, month = divmod(first.month - 1 + offset, 12)
        options.append(date(first.year + year, month + 1, 1))
    return options


def _list_view(request, queryset, filters, now, zone):
    page = request.GET.get("page")
    if filters.month:
        after, before, _following = _month_bounds(filters.month, zone)
        page_obj = paged_window(queryset, after, before, page, PER_PAGE, _fetch)
    elif filters.past:
        # One entry per past event: its latest occurrence that has ended.
        page_obj = paged_latest_ended(queryset, now, page, PER_PAGE, _fetch)
    else:
        page_obj = paged_window(queryset, now, now + UPCOMING_HORIZON, page, PER_PAGE, _fetch)
    if not filters.past or filters.month:
        # Registration badges for the shown dates only: two queries, however many there are.
        page_obj.object_list = availability_for(page_obj.object_list, now)
    params = {name: getattr(filters, name) for name in FILTER_NAMES}
    params["when"] = "past" if filters.past and not filters.month else ""
    return {"page_obj": page_obj, "occurrences": page_obj.object_list, "query_string": _query(params)}


def _month_view(queryset, filters, today, zone):
    first = filters.month or today.replace(day=1)
    after, before, following = _month_bounds(first, zone)
    items = window(queryset, after, before, _fetch)
    by_day = {}
    for occurrence in items:
        day = max(occurrence.start.date(), first)
        last = min(occurrence.last_day, following - timedelta(days=1))
        while day <= last:
            by_day.setdefault(day, []).append(occurrence)
            day += timedelta(days=1)
    weeks = [
        [
            {
                "date": d,
                "in_month": d.month == first.month,
                "is_today": d == today,
                "occurrences": by_day.get(d, []),
            }
            for d in week
        ]
        for week in pycalendar.Calendar(firstweekday=0).monthdatescalendar(first.year, first.month)
    ]
    previous = (first - timedelta(days=1)).replace(day=1)
    days = [{"date": d, "occurrences": by_day[d]} for d in sorted(by_day)]
    return {
        "month": first,
        "weeks": weeks,
        "month_days": days,
        "occurrences": items,
        "previous_month": previous,
        "next_month": following,
        "weekday_names": _weekday_names(),
    }


def _weekday_names():
    from django.utils.dates import WEEKDAYS, WEEKDAYS_ABBR

    return [(str(WEEKDAYS_ABBR[i]), str(WEEKDAYS[i])) for i in range(7)]


def _year_view(queryset, filters, today, zone):
    year = filters.year or (filters.month.year if filters.month else today.year)
    after = datetime.combine(date(year, 1, 1), time(0), zone)
    before = datetime.combine(date(year + 1, 1, 1), time(0), zone)
    items = window(queryset, after, before, _fetch)
    return {
        "year": year,
        "months": year_months(items, year),
        "occurrences": items,
        "previous_year": year - 1,
        "next_year": year + 1,
    }


def year_months(items, year):
    """Twelve months of `year`, each with its events once and their dates that month (the årshjul's shape).

    The public year overview and the editors' timeline (events.dashboard) both read this.
    """
    months = []
    for number in range(1, 13):
        entries = {}
        for occurrence in items:
            if occurrence.start.month == number and occurrence.start.year == year:
                entry = entries.setdefault(occurrence.event.pk, {"event": occurrence.event, "dates": []})
                entry["dates"].append(occurrence)
        months.append({"date": date(year, number, 1), "entries": list(entries.values())})
    return months


def _subscribe(request, index_page, filters, categories, activities):
    feeds = [subscribe_links(request, feed_path(index_page), f"{_('Samspel63')}: {index_page.title}")]
    if filters.category:
        name = f"{_('Samspel63')}: {categories[filters.category].name}"
        feeds.append(subscribe_links(request, feed_path(index_page, category=filters.category), name))
    if filters.activity:
        activity = activities[filters.activity]
        name = f"{_('Samspel63')}: {activity.title}"
        feeds.append(subscribe_links(request, feed_path(index_page, activity=activity.translation_key), name))
    feeds.append(
        subscribe_links(request, deadlines_feed_path(), f"{_('Samspel63')}: {_('Application deadlines')}")
    )
    return feeds
