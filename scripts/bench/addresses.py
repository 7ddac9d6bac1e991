"""What `make bench` measures: the pages, feeds and form of the seeded site, found by what they are."""


def addresses():
    """The pages and feeds measured, found in the seeded site (Swedish, the default language)."""
    from django.urls import reverse
    from django.utils import translation

    from events.models import EventIndexPage, EventPage
    from home.models import ContentPage
    from residencies.models import ResidencyPage
    from stories.models import StoryIndexPage, StoryPage

    with translation.override("sv"):
        index = EventIndexPage.objects.live().get(locale__language_code="sv")
        event = (
            EventPage.objects.live()
            .filter(locale__language_code="sv", recurrence__startswith="RRULE")
            .order_by("pk")
            .first()
        )
        stories = StoryIndexPage.objects.live().get(locale__language_code="sv")
        story = StoryPage.objects.live().filter(locale__language_code="sv").order_by("-pk").first()
        # The first content page, "About the project" in the demo: text, an accordion, people and
        # three logo grids, the blocks editors use most.
        content = ContentPage.objects.live().filter(locale__language_code="sv").order_by("path").first()
        call = ResidencyPage.objects.live().filter(locale__language_code="sv").order_by("-pk").first()
        return {
            "pages": {
                "home page": "/sv/",
                "content page": content.url,
                "event listing": index.url,
                "event page": event.url,
                "story listing": stories.url,
                "story page": story.url,
            },
            "feeds": {
                "events feed (all events)": reverse("events_feed", kwargs={"index": index.translation_key}),
                "deadlines feed": reverse("events_deadlines_feed"),
                "stories RSS": stories.url + "rss/",
            },
            "form": call.url + "register/",
        }
