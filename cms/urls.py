from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.urls import serve_pattern

from home import routing
from home import views as home_views
from home.health import healthz
from home.sitemap import Sitemap

# Refused requests (too many fields or files, a malformed body) get a readable page.
handler400 = "home.views.bad_request"

# Outside the language prefix: the admin, files, machine-readable addresses.
urlpatterns = [
    path("", home_views.language_redirect, name="language_redirect"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Wagtail's view hands the request to the sitemap, so each domain lists its own site.
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": Sitemap}}, name="sitemap"),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    # For load balancers: database and cache reachable (home/health.py).
    path("healthz", healthz, name="healthz"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Everything a visitor reads lives under /sv/ or /nb/.
urlpatterns += i18n_patterns(
    path("search/", home_views.search, name="search"),
    path("calendar/", include("events.urls")),
    # Wagtail's serve view, with the page for each address remembered (home/routing.py); the
    # include below still brings Wagtail's password and login views.
    re_path(serve_pattern, routing.serve, name="wagtail_serve"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
