from datetime import timedelta

from django.core.management.base import BaseCommand

from residencies.services.reminders import remind_drafts


class Command(BaseCommand):
    help = "Remind applicants of drafts they have not sent, before the deadline (run it daily)."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=3, help="Remind when the deadline is this near.")

    def handle(self, *args, days, **options):
        self.stdout.write(f"reminded {remind_drafts(within=timedelta(days=days))} drafts")
