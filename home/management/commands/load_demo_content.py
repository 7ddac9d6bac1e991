"""Build the bilingual demo site (Swedish and Norwegian) from the project's real texts.

Safe to run again: when the default site's root is already a home page it only says so.
"""

from django.core.management.base import BaseCommand, CommandError

from home.demo import builder


class Command(BaseCommand):
    help = "Load the Samspel63 demo content in Swedish and Norwegian (once)."

    def handle(self, *args, **options):
        if builder.demo_site_exists():
            self.stdout.write("The demo content exists already (the default site's root is a home page).")
            return
        try:
            demo = builder.build_demo_site()
        except builder.DemoError as error:
            raise CommandError(str(error)) from error
        counts = builder.summary()
        per_language = ", ".join(f"{code}: {count}" for code, count in counts.items())
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content loaded on {demo.site.hostname}:{demo.site.port}. Live pages per language: "
                f"{per_language}."
            )
        )
