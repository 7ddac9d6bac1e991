from django.core.management.base import BaseCommand

from residencies.services.pending import clean_stale


class Command(BaseCommand):
    help = "Delete files held for forms that were never sent (older than a day; run it daily)."

    def handle(self, *args, **options):
        self.stdout.write(f"deleted {clean_stale()} held uploads")
