"""pytest runs with these settings (see pyproject.toml)."""

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-not-secret"
ALLOWED_HOSTS = ["*"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Tests render templates without running collectstatic.
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
MEDIA_ROOT = BASE_DIR / "test-artifacts" / "media"  # noqa: F405
PRIVATE_MEDIA_ROOT = BASE_DIR / "test-artifacts" / "private-media"  # noqa: F405
# A tiny page type that takes submissions, so residencies is tested without events.
INSTALLED_APPS = [*INSTALLED_APPS, "tests.residencies.testapp"]  # noqa: F405
# Never a shared Redis in tests: tests/conftest.py clears the cache between tests.
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    # Same storage as the default (same empty LOCATION), so emptying the cache between tests empties it.
    "renditions": {"BACKEND": "home.rendition_cache.LocMemRenditionCache"},
}
# Cached pages expire at whole days, not minutes (home/page_cache.py), so that no test sees a page
# left unstored because its request straddled a minute.
PAGE_CACHE_STEP_SECONDS = 24 * 60 * 60
# Serve static files straight from the source folders, no collectstatic needed.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Spam protections off by default; tests/security turns them on with override_settings.
ABUSE_MIN_FILL_SECONDS = 0
ABUSE_RATE_LIMIT = None
