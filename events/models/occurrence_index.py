"""Every dated occurrence of every event, as rows: listings and home sections page in SQL.

Kept by events.services.occurrence_index from the event's schedule (start, end, all day, time
zone, repeats) whenever an event is saved in full; single-date changes (cancelled, notes) are
not copied here but read live beside the rows, so editing one never leaves a row stale.
"""

from django.db import models


class EventOccurrence(models.Model):
    event = models.ForeignKey("events.EventPage", on_delete=models.CASCADE, related_name="+")
    start = models.DateTimeField()
    end = models.DateTimeField()  # exclusive, as iCal
    # The occurrence's date in the event's zone: what an OccurrenceException names.
    local_date = models.DateField()

    class Meta:
        indexes = [
            models.Index(fields=["start", "event"], name="events_occ_start"),
            models.Index(fields=["event", "start"], name="events_occ_event_start"),
        ]

    def __str__(self):
        return f"{self.event_id} @ {self.start:%Y-%m-%d %H:%M}"


class OccurrenceHorizon(models.Model):
    """How far the rows of a series without end reach; finite events are always complete."""

    event = models.OneToOneField(
        "events.EventPage", on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    until = models.DateTimeField(db_index=True)

    def __str__(self):
        return f"{self.event_id} until {self.until:%Y-%m-%d}"
