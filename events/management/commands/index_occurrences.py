"""Daily: carry the occurrence rows of series without end to the horizon (run from cron)."""

from django.core.management.base import BaseCommand

from events.models import EventPage
from events.services.occurrence_index import extend_open_series, index_events


class Command(BaseCommand):
    help = "Keep the dated occurrences of repeating events ahead of time (daily); --all rebuilds every event."

    def add_arguments(self, parser):
        parser.add_argument("--all", action="store_true", help="Rebuild the rows of every event.")

    def handle(self, *args, **options):
        if options["all"]:
            ids = list(EventPage.objects.order_by("pk").values_list("pk", flat=True))
            for offset in range(0, len(ids), 200):
                index_events(EventPage.objects.filter(pk__in=ids[offset : offset + 200]))
            self.stdout.write(f"Rebuilt the occurrences of {len(ids)} events.")
        else:
            count = extend_open_series()
            self.stdout.write(f"Carried {count} series without end to the horizon.")
