"""Fixtures every app's tests share: the two locales and a bilingual site tree."""

import pytest
import wagtail_factories
from wagtail.models import Locale, Page, Site

from home.factories import HomePageFactory, ProgrammeIndexPageFactory


def translate_and_publish(page, locale, **fields):
    """Make `page`'s translation in `locale` (as wagtail-localize would) and publish it."""
    translated = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save_revision().publish()
    translated.refresh_from_db()
    return translated.specific


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache (pages, feeds, counters), as after a deploy."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def uncached_pages(settings):
    """Without the page cache (home/page_cache.py) in front, nor kept content (home/fragments.py):
    for query counts, which measure rendering."""
    page_cache = "home.page_cache.AnonymousPageCacheMiddleware"
    settings.MIDDLEWARE = [m for m in settings.MIDDLEWARE if m != page_cache]
    settings.PAGE_FRAGMENTS = False


@pytest.fixture
def locale_sv(db):
    return Locale.objects.get_or_create(language_code="sv")[0]


@pytest.fixture
def locale_nb(db):
    return Locale.objects.get_or_create(language_code="nb")[0]


@pytest.fixture
def site(locale_sv, locale_nb):
    """A site whose root is a Swedish home page with a published Norwegian translation."""
    # Transactional tests flush the data migrations made (the root page among them),
    # and --reuse-db keeps that empty database for the next run.
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=locale_sv)
    )
    # Wagtail's first migration leaves a welcome page and a default site; start clean.
    Site.objects.all().delete()
    for child in root.get_children():
        child.delete()
    root.refresh_from_db()
    home_sv = HomePageFactory(parent=root, title="Samspel63", slug="hem", hero_heading="Kultur över gränsen")
    home_nb = translate_and_publish(home_sv, locale_nb, title="Samspel63", hero_heading="Kultur over grensen")
    site = Site.objects.create(
        hostname="localhost", port=80, root_page=home_sv, is_default_site=True, site_name="Samspel63"
    )
    site.home_sv = home_sv
    site.home_nb = home_nb
    return site


@pytest.fixture
def home_sv(site):
    return site.home_sv


@pytest.fixture
def home_nb(site):
    return site.home_nb


# --- Shared building blocks for page, block and admin tests --------------------------------------


@pytest.fixture
def image(db):
    """A small real image file, so renditions are generated as on the live site."""
    return wagtail_factories.ImageFactory(title="Fjäll vid gränsen")


@pytest.fixture
def superuser(db, django_user_model):
    return django_user_model.objects.create_superuser("admin", "admin@example.com", "password")


@pytest.fixture
def programme(home_sv, locale_nb):
    """The programme index in Swedish with its published Norwegian translation (as `.nb`)."""
    programme_sv = ProgrammeIndexPageFactory(parent=home_sv, title="Programmet", slug="programmet")
    programme_sv.nb = translate_and_publish(programme_sv, locale_nb, title="Programmet", slug="programmet")
    return programme_sv
