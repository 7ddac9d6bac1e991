"""Production settings as several hosts run them, for tests/home/test_several_processes.py.

Only the static files differ: collecting Wagtail's admin files with the manifest storage takes
longer than that test may; tests/home/test_static_files.py proves the manifest storage instead.
"""

from cms.settings.production import *  # noqa: F403

STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
WHITENOISE_USE_FINDERS = True
# As in cms/settings/test.py: no entry left unstored because a request straddled a minute.
PAGE_CACHE_STEP_SECONDS = 24 * 60 * 60
