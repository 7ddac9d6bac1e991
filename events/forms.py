"""The event editor form: times in the event's own zone, languages as checkboxes, the recurrence widget."""

from zoneinfo import ZoneInfo

import recurrence
from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from recurrence.forms import RecurrenceField

from events.choices import SpokenLanguage
from events.widgets import WagtailRecurrenceWidget
from residencies.forms.page_form import IntakePageForm


class EventPageForm(IntakePageForm):
    """Also reads the registration window in its own zone (IntakePageForm)."""

    recurrence = RecurrenceField(
        label=_("Repeats"),
        required=False,
        help_text=_(
            "Leave empty for a single event. Extra and excluded dates are whole days: "
            "the event's own start time is used."
        ),
        widget=WagtailRecurrenceWidget,
        frequencies=(recurrence.YEARLY, recurrence.MONTHLY, recurrence.WEEKLY, recurrence.DAILY),
        # RFC 5545 deprecates EXRULE and Google ignores it: excluded single dates say the same thing.
        max_exrules=0,
        error_messages={
            "max_exrules_exceeded": _("Exclusion rules are not supported. Exclude single dates instead."),
            "invalid_frequency": _("Choose yearly, monthly, weekly or daily repetition."),
        },
    )
    spoken_languages = forms.MultipleChoiceField(
        label=_("Languages spoken"),
        choices=SpokenLanguage.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("The languages the event is held in. Visitors can filter the calendar by language."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        instance = self.instance
        self.initial["spoken_languages"] = [c for c in (instance.spoken_languages or "").split(",") if c]
        # Show start and end as wall-clock time in the event's own zone.
        if instance.time_zone:
            zone = ZoneInfo(instance.time_zone)
            for name in ("start", "end"):
                value = getattr(instance, name, None)
                if value is not None and name in self.fields:
                    self.initial[name] = value.astimezone(zone).replace(tzinfo=None)

    def clean_spoken_languages(self):
        return ",".join(self.cleaned_data.get("spoken_languages") or [])

    def clean(self):
        cleaned = super().clean()
        # Django read the wall-clock time in the editor's zone; the event's zone is the one meant.
        zone_name = cleaned.get("time_zone")
        if zone_name:
            zone, current = ZoneInfo(zone_name), timezone.get_current_timezone()
            for name in ("start", "end"):
                value = cleaned.get(name)
                if value is not None:
                    cleaned[name] = value.astimezone(current).replace(tzinfo=None).replace(tzinfo=zone)
        return cleaned
