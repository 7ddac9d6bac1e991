"""Renditions are written to the cache only when new (home/rendition_cache.py, wagtail#14541).

Wagtail 8.0.1's `{% image %}` wrote every rendition back to the cache on every render, one
Redis round trip per image, even when it had just read it from there or from a prefetch.
"""

import os

import pytest
from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from wagtail.images import get_image_model

from home.rendition_cache import StoresOnlyNewRenditions
from tests.home.test_production_settings import A_REAL_LOOKING_KEY, IMPORT_SETTINGS, run

pytestmark = pytest.mark.django_db

SPEC = "fill-120x80"


@pytest.fixture
def writes(monkeypatch):
    """The renditions written to the cache's storage, as (key, rendition)."""
    written = []
    backend = caches["renditions"]
    assert isinstance(backend, StoresOnlyNewRenditions)
    original = LocMemCache.set  # under the mixin

    def spy(self, key, value, *args, **kwargs):
        written.append((key, value))
        return original(self, key, value, *args, **kwargs)

    monkeypatch.setattr(LocMemCache, "set", spy)
    return written


def fresh(image):
    return get_image_model().objects.get(pk=image.pk)


def test_a_new_rendition_is_stored_once(image, writes):
    rendition = fresh(image).get_rendition(SPEC)
    assert [value.pk for _key, value in writes] == [rendition.pk]


def test_a_rendition_read_from_the_cache_is_not_written_back(image, writes):
    created = fresh(image).get_rendition(SPEC)
    writes.clear()
    for _ in range(3):
        assert fresh(image).get_rendition(SPEC).pk == created.pk
    assert writes == []


def test_a_prefetched_rendition_is_not_written_to_the_cache(image, writes):
    created = fresh(image).get_rendition(SPEC)
    caches["renditions"].clear()
    writes.clear()
    prefetched = get_image_model().objects.prefetch_renditions(SPEC).get(pk=image.pk)
    assert prefetched.get_rendition(SPEC).pk == created.pk
    assert writes == []


def test_a_rendition_read_from_the_cache_still_serves_the_same_file(image):
    first = fresh(image).get_rendition(SPEC)
    again = fresh(image).get_rendition(SPEC)
    assert again._from_cache
    assert (again.url, again.width, again.height) == (first.url, first.width, first.height)


def test_production_keeps_renditions_in_the_shared_redis_and_writes_only_new_ones():
    # The production settings with REDIS_URL, against the machine's Redis, in a process of their own.
    script = IMPORT_SETTINGS + (
        "; import django; django.setup(); from types import SimpleNamespace; "
        "from django.core.cache import caches; c = caches['renditions']; c.clear(); "
        "c.set('new', SimpleNamespace(file='a.jpg')); read = c.get('new'); "
        "c.set('copy', read); "
        "print(type(c).__name__, c.key_prefix, read.file, read._from_cache, c.get('copy'))"
    )
    result = run(
        ["-c", script],
        SECRET_KEY=A_REAL_LOOKING_KEY,
        ALLOWED_HOSTS="samspel63.se",
        REDIS_URL=os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/14"),
        CACHE_KEY_PREFIX="samspel-test",
    )
    assert result.returncode == 0, result.stderr
    expected = ["RedisRenditionCache", "samspel-test:renditions", "a.jpg", "True", "None"]
    assert result.stdout.split() == expected
