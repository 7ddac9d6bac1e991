"""Daily: carry the occurrence rows of series without end to the horizon (run from cron)."""

from django.core.management.base import BaseCommand

from events.models import EventPage
from events.services.occurrence_index import extend_open_series, index_in_batches


class Command(BaseCommand):
    help = "Keep the dated occurrences of repeating events ahead of time (daily); --all rebuilds every event."

    def add_arguments(self, parser):
        parser.add_argument("--all", action="store_true", help="Rebuild the rows of every event.")

    def handle(self, *args, **options):
        if options["all"]:
            count = index_in_batches(EventPage.objects.order_by("pk").values_list("pk", flat=True))
            self.stdout.write(f"Rebuilt the occurrences of {count} events.")
        else:
            count = extend_open_series()
            self.stdout.write(f"Carried {count} series without end to the horizon.")
