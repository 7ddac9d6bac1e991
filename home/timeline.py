"""The editors' timeline: the programme's dates of one year (calls, decisions, events), month by month.

`home` imports none of events or residencies. Each registers a function for the
TIMELINE_HOOK, called as fn(year=..., request=...), that returns TimelineItems of that
calendar year; home sorts them into months and renders them in the admin.
"""

from dataclasses import dataclass, field
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from django.conf import settings
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.dates import MONTHS
from wagtail import hooks

TIMELINE_HOOK = "samspel_timeline_items"
YEARS = range(2000, 2101)


@dataclass(frozen=True)
class TimelineItem:
    """One dated thing: a call opening or closing, a decision date, an event's dates in one month."""

    when: datetime | date  # aware datetime, or a date for whole-day things
    kind: str  # a stable key ("event", "call-opens", ...): a CSS hook and what tests look for
    label: str  # what happens, in the editor's language: "Call closes"
    title: str
    edit_url: str = ""  # empty when the editor may not edit it
    url: str = ""  # the live page
    zone: str = ""  # IANA zone `when` is stated in
    # Further dates of the same thing in the same month (a weekly event), in order.
    more: tuple = field(default=())
    note: str = ""

    @property
    def local(self):
        """`when` in its own zone (a date stays a date)."""
        if isinstance(self.when, datetime):
            return self.when.astimezone(ZoneInfo(self.zone or settings.TIME_ZONE))
        return self.when

    @property
    def has_time(self):
        return isinstance(self.when, datetime)

    @property
    def sort_key(self):
        local = self.local
        moment = local if self.has_time else datetime.combine(local, time(0), ZoneInfo(settings.TIME_ZONE))
        return (moment, self.kind, self.title)


def items_for_year(year, request):
    items = []
    for fn in hooks.get_hooks(TIMELINE_HOOK):
        items.extend(item for item in fn(year=year, request=request) or [] if item.local.year == year)
    return sorted(items, key=lambda item: item.sort_key)


def by_month(items, year):
    """Twelve months, each with its items in date order (empty months too: the year keeps its shape)."""
    months = [{"date": date(year, number, 1), "name": MONTHS[number], "items": []} for number in range(1, 13)]
    for item in items:
        months[item.local.month - 1]["items"].append(item)
    return months


def read_year(value):
    value = (value or "").strip()
    if value.isdigit() and int(value) in YEARS:
        return int(value)
    return timezone.localdate().year


def timeline_view(request):
    year = read_year(request.GET.get("year"))
    items = items_for_year(year, request)
    return TemplateResponse(
        request,
        "home/admin/timeline.html",
        {
            "year": year,
            "months": by_month(items, year),
            "item_count": len(items),
            "previous_year": year - 1 if year - 1 in YEARS else None,
            "next_year": year + 1 if year + 1 in YEARS else None,
        },
    )
