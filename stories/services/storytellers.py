"""Storyteller profiles made by the system rather than by an editor."""

from django.db import transaction
from django.utils.html import escape, linebreaks
from django.utils.text import slugify
from wagtail.models import Locale

from stories.choices import REGION_COUNTRY
from stories.models import ArtForm, NetworkDirectoryPage, StorytellerArtForm, StorytellerPage


class NoDirectory(Exception):
    """There is no network directory in that language to put the profile under."""


def _unique_slug(parent, name):
    base = slugify(name, allow_unicode=False) or "storyteller"
    taken = set(parent.get_children().filter(slug__startswith=base).values_list("slug", flat=True))
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


@transaction.atomic
def create_draft_storyteller(name, email, region, art_form_keys, about, language):
    """An unpublished profile from an accepted request to join, for an editor to finish and publish.

    `art_form_keys` are ArtForm slugs (the same in every language); unknown ones are ignored. The
    profile is made in the applicant's language, under that language's network directory. Contact
    details are kept but not shown until the storyteller says so.
    """
    locale = Locale.objects.get(language_code=language)
    directory = NetworkDirectoryPage.objects.filter(locale=locale).order_by("path").first()
    if directory is None:
        raise NoDirectory(language)
    profile = StorytellerPage(
        title=name,
        slug=_unique_slug(directory, name),
        locale=locale,
        live=False,
        email=email,
        region=region,
        country=REGION_COUNTRY.get(region, ""),
        # The applicant's own words, as a starting point for the editor.
        bio=linebreaks(escape(about)),
        show_contact=False,
    )
    # The art form in the applicant's language, or in another one until it has been translated.
    forms = {}
    for form in ArtForm.objects.filter(slug__in=art_form_keys).order_by("pk"):
        if form.slug not in forms or form.locale_id == locale.pk:
            forms[form.slug] = form
    profile.art_form_links = [
        StorytellerArtForm(art_form=forms[key]) for key in dict.fromkeys(art_form_keys) if key in forms
    ]
    directory.add_child(instance=profile)
    profile.save_revision()
    return profile
