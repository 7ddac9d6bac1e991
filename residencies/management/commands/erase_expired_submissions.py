from django.core.management.base import BaseCommand

from residencies.services.retention import erase_expired


class Command(BaseCommand):
    help = "Erase the personal data of submissions kept longer than their page allows (run it daily)."

    def handle(self, *args, **options):
        self.stdout.write(f"erased {erase_expired()} submissions")
