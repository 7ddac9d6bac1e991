from django.core.management.base import BaseCommand

from residencies.services.retention import erase_expired


class Command(BaseCommand):
    # Kept for existing crontabs; `purge_personal_data` runs this and every other app's retention.
    help = (
        "Erase the personal data of submissions kept longer than their page allows (see purge_personal_data)."
    )

    def handle(self, *args, **options):
        self.stdout.write(f"erased {erase_expired()} submissions")
