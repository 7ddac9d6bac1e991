"""The report's figures, counted from Participation rows only (never from submissions).

Submissions lose their names and addresses in the retention purge; Participation rows
keep pseudonymous keys (see residencies.services.participation), so every figure here
is the same before and after the purge. A fixed number of queries, however many took part.
"""

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from django.db.models import Count, Min, Q
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import Page

from home.choices import Country, Region
from residencies.models import Participation, ParticipationKind


@dataclass
class Row:
    label: str
    people: int
    organisations: int


@dataclass
class MonthRow:
    month: date
    people: int  # distinct people who took part that month
    organisations: int
    new_organisations: int  # organisations taking part for the first time
    organisations_so_far: int  # distinct organisations up to and including this month
    people_so_far: int


@dataclass
class Report:
    goal: int
    people: int = 0
    organisations: int = 0
    sole_traders: int = 0
    by_kind: list = field(default_factory=list)
    by_country: list = field(default_factory=list)
    by_region: list = field(default_factory=list)
    by_activity: list = field(default_factory=list)
    by_month: list = field(default_factory=list)

    @property
    def percent(self):
        return round(100 * self.organisations / self.goal) if self.goal else 0

    @property
    def remaining(self):
        return max(0, self.goal - self.organisations)


def _distinct():
    return {
        "people": Count("person_key", distinct=True),
        "organisations": Count("organisation_key", distinct=True),
    }


def build(goal, language):
    """The report in `language`: its labels too, not only the activities' titles."""
    with translation.override(language):
        return _build(goal, language)


def _build(goal, language):
    rows = Participation.objects.all()
    totals = rows.aggregate(
        **_distinct(),
        sole_traders=Count("organisation_key", distinct=True, filter=Q(organisation_named=False)),
    )
    return Report(
        goal=goal,
        people=totals["people"],
        organisations=totals["organisations"],
        sole_traders=totals["sole_traders"],
        by_kind=_breakdown(rows, "kind", _label(ParticipationKind)),
        by_country=_breakdown(rows, "country", _label(Country)),
        by_region=_breakdown(rows, "region", _label(Region)),
        by_activity=_by_activity(rows, language),
        by_month=_by_month(rows),
    )


def _label(choices):
    names = dict(choices.choices)
    return lambda value: str(names.get(value, value)) if value else _("Not given")


def _breakdown(rows, name, label):
    grouped = rows.values(name).annotate(**_distinct()).order_by(name)
    return [Row(label(r[name]), r["people"], r["organisations"]) for r in grouped]


def _by_activity(rows, language):
    grouped = list(rows.values("activity_key").annotate(**_distinct()).order_by("activity_key"))
    keys = [r["activity_key"] for r in grouped if r["activity_key"]]
    titles = {}
    # The activity in the editor's language, else in whichever language it exists.
    for key, code, title in Page.objects.filter(translation_key__in=keys).values_list(
        "translation_key", "locale__language_code", "title"
    ):
        if key not in titles or code == language:
            titles[key] = title
    result = [
        Row(
            titles.get(r["activity_key"], _("Activity no longer on the site"))
            if r["activity_key"]
            else _("No programme activity"),
            r["people"],
            r["organisations"],
        )
        for r in grouped
    ]
    return sorted(result, key=lambda row: row.label.casefold())


def _by_month(rows):
    per_month = {r["month"]: r for r in rows.values("month").annotate(**_distinct()).order_by("month")}
    if not per_month:
        return []
    firsts = {}
    for name in ("organisation_key", "person_key"):
        firsts[name] = Counter(
            rows.values(name).annotate(first=Min("month")).order_by().values_list("first", flat=True)
        )
    result, organisations, people = [], 0, 0
    for month in _months(min(per_month), max(per_month)):
        counts = per_month.get(month, {"people": 0, "organisations": 0})
        new = firsts["organisation_key"][month]
        organisations += new
        people += firsts["person_key"][month]
        result.append(MonthRow(month, counts["people"], counts["organisations"], new, organisations, people))
    return result


def _months(first, last):
    """Every month from first to last, so the chart shows quiet months too."""
    month = first
    while month <= last:
        yield month
        month = date(month.year + month.month // 12, month.month % 12 + 1, 1)


def table(report):
    """(headings, rows) for the CSV and XLSX exports (services.export.as_csv / as_xlsx)."""
    headings = [
        _("Breakdown"),
        _("Group"),
        _("People"),
        _("Organisations"),
        _("New organisations"),
        _("Organisations so far"),
    ]
    rows = [
        [_("Total"), "", report.people, report.organisations, "", ""],
        [_("Goal"), _("Organisations"), "", report.goal, "", ""],
        [_("Total"), _("Without an organisation (sole traders)"), "", report.sole_traders, "", ""],
    ]
    for heading, group in (
        (_("How"), report.by_kind),
        (_("Country"), report.by_country),
        (_("Region"), report.by_region),
        (_("Programme activity"), report.by_activity),
    ):
        rows += [[heading, row.label, row.people, row.organisations, "", ""] for row in group]
    rows += [
        [
            _("Month"),
            f"{m.month:%Y-%m}",
            m.people,
            m.organisations,
            m.new_organisations,
            m.organisations_so_far,
        ]
        for m in report.by_month
    ]
    return headings, rows
