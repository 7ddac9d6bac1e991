"""The page editor's form for pages that take submissions: the window is read in the page's own zone.

Django reads a typed date and time in the editor's active time zone (their admin
profile's, else TIME_ZONE). A deadline is a promise to applicants in one named zone,
so "23:59" must mean 23:59 there, whoever types it: the form shows the stored instants
in `intake_zone` and reads what is typed in the zone chosen in the same form.
"""

from zoneinfo import ZoneInfo

from django.utils import timezone
from wagtail.admin.forms import WagtailAdminPageForm

WINDOW_FIELDS = ("intake_opens_at", "intake_closes_at")


class IntakePageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        zone = ZoneInfo(getattr(self.instance, "intake_zone", "") or "Europe/Stockholm")
        for name in WINDOW_FIELDS:
            value = getattr(self.instance, name, None)
            if name in self.fields and value is not None:
                # Naive on purpose: Django shows naive initial values as they are.
                self.initial[name] = value.astimezone(zone).replace(tzinfo=None)

    def clean(self):
        cleaned = super().clean()
        zone_name = cleaned.get("intake_zone") or getattr(self.instance, "intake_zone", "")
        if not zone_name:
            return cleaned
        zone = ZoneInfo(zone_name)
        current = timezone.get_current_timezone()
        for name in WINDOW_FIELDS:
            value = cleaned.get(name)
            if value is not None:
                typed = value.astimezone(current).replace(tzinfo=None)
                cleaned[name] = timezone.make_aware(typed, zone)
        return cleaned
