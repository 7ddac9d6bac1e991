from django.core.management.base import BaseCommand

from residencies.services.emails import retry_unsent


class Command(BaseCommand):
    help = "Send submission e-mails that are still pending or whose sending failed (run it from a scheduler)."

    def add_arguments(self, parser):
        parser.add_argument("--max-attempts", type=int, default=10, help="Give up on a mail after this many.")

    def handle(self, *args, max_attempts, **options):
        results = retry_unsent(max_attempts=max_attempts)
        self.stdout.write(f"sent {results['sent']}, failed {results['failed']}, skipped {results['skipped']}")
