from django.core.management.base import BaseCommand

from home.personal_data import purge_expired


class Command(BaseCommand):
    help = (
        "Erase personal data kept longer than its retention period, in every app: registrations, "
        "applications and requests to join (anonymised, counts kept) and contact messages. Run it daily."
    )

    def handle(self, *args, **options):
        for key, count in purge_expired().items():
            self.stdout.write(f"{key}: erased {count}")
