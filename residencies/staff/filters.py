"""Filters on the submissions list: status, country, region, art form, list and reviewer."""

import django_filters
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet

from home.choices import Country, Region
from residencies.choices import SENT_STATUSES, SubmissionStatus
from residencies.models import Submission
from residencies.staff.permissions import visible_intakes


def _intakes(request):
    return visible_intakes(request.user) if request else visible_intakes(None)


def _reviewers(request):
    intakes = _intakes(request)
    return (
        get_user_model()
        .objects.filter(review_assignments__intake__in=intakes)
        .distinct()
        .order_by("first_name", "last_name", "username")
    )


class SubmissionFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=[(s.value, s.label) for s in SubmissionStatus if s in SENT_STATUSES]
    )
    intake = django_filters.ModelChoiceFilter(label=_("Call or list"), queryset=_intakes)
    country = django_filters.ChoiceFilter(label=_("Country"), choices=Country.choices)
    region = django_filters.ChoiceFilter(label=_("Region"), choices=Region.choices)
    art_form = django_filters.CharFilter(label=_("Art form or industry"), lookup_expr="icontains")
    reviewer = django_filters.ModelChoiceFilter(
        label=_("Scored by reviewer"),
        queryset=_reviewers,
        field_name="reviews__reviewer",
        method="filter_reviewer",
    )
    language = django_filters.ChoiceFilter(label=_("Language"), choices=[("sv", "svenska"), ("nb", "norsk")])
    # Every list of one page at once: all dates of a repeating event.
    page = django_filters.ChoiceFilter(
        label=_("Event or call, all dates"), field_name="intake__translation_key", choices=[]
    )

    class Meta:
        model = Submission
        fields = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        pages = {}
        for key, label in _intakes(self.request).order_by("label").values_list("translation_key", "label"):
            pages.setdefault(str(key), label)
        self.filters["page"].extra["choices"] = sorted(pages.items(), key=lambda item: item[1].lower())

    def filter_reviewer(self, queryset, name, value):
        return queryset.filter(reviews__reviewer=value, reviews__conflict=False).distinct()
