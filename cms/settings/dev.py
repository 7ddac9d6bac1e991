"""Local development: `make run` uses these settings."""

from .base import *  # noqa: F403

DEBUG = True
# Development only; production.py refuses to start without a real SECRET_KEY.
SECRET_KEY = "django-insecure-samspel63-development-only"
ALLOWED_HOSTS = ["localhost", "127.0.0.1", "[::1]"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
# Serve static files straight from the source folders, no collectstatic needed.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
