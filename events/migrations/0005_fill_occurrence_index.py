"""Fill the occurrence rows for the events that exist, as EventPage.save() keeps them from now on."""

from types import SimpleNamespace
from zoneinfo import ZoneInfo

from django.db import migrations
from django.utils import timezone


def fill(apps, schema_editor):
    from events.services.occurrence_index import HORIZON, rows_for

    EventPage = apps.get_model("events", "EventPage")
    EventOccurrence = apps.get_model("events", "EventOccurrence")
    OccurrenceHorizon = apps.get_model("events", "OccurrenceHorizon")
    until = timezone.now() + HORIZON
    for page in EventPage.objects.all().iterator():
        # The schedule code reads a handful of attributes; a historical model has the fields only.
        event = SimpleNamespace(
            pk=page.pk,
            start=page.start,
            end=page.end,
            all_day=page.all_day,
            recurrence=page.recurrence,
            zone=ZoneInfo(page.time_zone),
        )
        rows, reach = rows_for(event, until)
        EventOccurrence.objects.bulk_create(
            EventOccurrence(event_id=page.pk, start=start, end=end, local_date=day) for start, end, day in rows
        )
        if reach is not None:
            OccurrenceHorizon.objects.create(event_id=page.pk, until=reach)


class Migration(migrations.Migration):
    dependencies = [("events", "0004_occurrence_index")]

    operations = [migrations.RunPython(fill, migrations.RunPython.noop)]
