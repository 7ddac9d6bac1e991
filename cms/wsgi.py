import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")

application = get_wsgi_application()

# Imported after setup: home.page_cache needs the settings and the app registry.
from home.page_cache import CachedPagesApplication  # noqa: E402

# Page-cache hits are answered before Django builds a request (home/page_cache.py).
application = CachedPagesApplication(application)
