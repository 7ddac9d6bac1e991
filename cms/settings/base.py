"""Settings shared by every environment.

Nothing here is a development convenience: DEBUG, SECRET_KEY and hosts are set by
dev.py, test.py or production.py.
"""

import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_INLINE
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent

INSTALLED_APPS = [
    "home",
    "events",
    "residencies",
    "stories",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "recurrence",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    # First: what it stores is the whole answer, security headers included, so a hit needs no
    # other middleware, and the WSGI entry (cms/wsgi.py) serves exactly the same answer before
    # Django builds a request. Above the session middleware: no session work for a hit (home/page_cache.py).
    "home.page_cache.AnonymousPageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "home.private_responses.NeverStorePostsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Inside the page cache: a cached page is stored with its policy (the site's is the same for
    # every page and has no nonce), so a hit does not build the policy again.
    "home.csp.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "home.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# SQLite in the project folder is only the embedded default for a first run;
# every real deployment and CI sets DATABASE_URL to PostgreSQL.
DATABASES = {
    "default": dj_database_url.config(default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}", conn_max_age=600)
}
# django-recurrence's own models warn (models.W042) with AutoField.
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Languages -------------------------------------------------------------
# The one place that says which languages the site speaks. Adding English or
# South Sámi later means a line here plus its catalogue under locale/.
# LANGUAGE_CODE must be the default content language before the first
# migration: Wagtail creates the default Locale from it.
LANGUAGE_CODE = "sv"
LANGUAGES = [
    ("sv", "Svenska"),
    ("nb", "Norsk bokmål"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# Accept-Language primary tags that mean "show this visitor that language".
# Norwegian in any written form, and Danish readers, are best served in Bokmål.
LANGUAGE_ALIASES = {
    "sv": "sv",
    "nb": "nb",
    "no": "nb",
    "nn": "nb",
    "da": "nb",
}
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True

TIME_ZONE = "Europe/Stockholm"
USE_TZ = True

# --- Static files and media ------------------------------------------------
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
# Applicants' attachments: never under MEDIA_ROOT, never served by the web server;
# staff download them through a permission-checked admin view.
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", BASE_DIR / "private-media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# The page editor posts one field per StreamField block value.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
# No form takes more than a handful of files; more is refused with a 400 page.
DATA_UPLOAD_MAX_NUMBER_FILES = 20

# --- Content-Security-Policy (django-csp, home/csp.py) ---------------------------
# The site's own pages run only their own files: no inline script but base.html's one
# line (by its hash: a nonce would go stale in the page cache), no inline style, no
# plugins, no framing. Videos come from YouTube and Vimeo.
CSP_INLINE_SCRIPT_HASHES = ["'sha256-N9v3EnPaUyp6HvI/g75KoK11mUw7quk1fPSwEhREnaU='"]
CSP_SITE_DIRECTIVES = {
    "default-src": [SELF],
    "script-src": [SELF, *CSP_INLINE_SCRIPT_HASHES],
    "style-src": [SELF],
    "img-src": [SELF, "data:"],
    "font-src": [SELF],
    "connect-src": [SELF],
    "media-src": [SELF],
    "frame-src": ["https://www.youtube-nocookie.com", "https://www.youtube.com", "https://player.vimeo.com"],
    "object-src": [NONE],
    "base-uri": [SELF],
    "form-action": [SELF],
    "frame-ancestors": [NONE],
}
# The Wagtail admin (and page previews inside it) still needs inline scripts and styles,
# blob: images for upload previews and framing itself for previews.
CSP_ADMIN_DIRECTIVES = {
    "script-src": [SELF, UNSAFE_INLINE],
    "style-src": [SELF, UNSAFE_INLINE],
    "img-src": [SELF, "data:", "blob:"],
    "frame-src": [SELF, *CSP_SITE_DIRECTIVES["frame-src"]],
    "frame-ancestors": [SELF],
}
# Off here; production (and tests/e2e/test_csp.py) turn it on.
CONTENT_SECURITY_POLICY = None

# --- E-mail and tasks ------------------------------------------------------
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Samspel63 <noreply@samspel63.se>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Mail leaves through tasks enqueued on commit (see home/tasks.py).
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# The key of the pseudonymous participation rows behind the funders' report
# (residencies/services/participation.py). Unset, SECRET_KEY is used; set, SECRET_KEY can be
# rotated without splitting the counts.
PARTICIPATION_KEY_SECRET = os.environ.get("PARTICIPATION_KEY_SECRET", "").strip()

# --- Caches ----------------------------------------------------------------
# Redis when REDIS_URL is set: one cache shared by every process and host, so a publish
# through one of them retires the cached pages of all (home/cache.py). Otherwise this
# process's memory, which is right for one process only.
# redis-py waits for ever by default: a Redis host that stops answering (not one that refuses)
# would hold every request until the operating system gave up on the connection, minutes later.
# With these, a lookup fails within a second and the page cache serves the page uncached.
REDIS_CACHE_OPTIONS = {"socket_connect_timeout": 1, "socket_timeout": 1}
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            # Django's, reusing one redis-py client per process (home/redis_cache.py).
            "BACKEND": "home.redis_cache.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "samspel63"),
            "OPTIONS": REDIS_CACHE_OPTIONS,
        },
        # Wagtail's rendition lookups, in the same Redis; written only when new (home/rendition_cache.py).
        "renditions": {
            "BACKEND": "home.rendition_cache.RedisRenditionCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "samspel63") + ":renditions",
            "OPTIONS": REDIS_CACHE_OPTIONS,
        },
    }
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        # The default's storage (same empty LOCATION): emptying one empties both.
        "renditions": {"BACKEND": "home.rendition_cache.LocMemRenditionCache"},
    }

# A page's content, rendered once and kept under the page cache's rules (home/fragments.py), for
# the addresses and visitors the page cache does not answer. False renders every page in full.
PAGE_FRAGMENTS = True

# --- Wagtail ---------------------------------------------------------------
WAGTAIL_SITE_NAME = "Samspel63"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
# Editors' uploads: no SVG (it can carry scripts), no image too large to decode safely.
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
# This machine and many deployments have no internet access.
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAIL_DATE_FORMAT = "%Y-%m-%d"
WAGTAIL_DATETIME_FORMAT = "%Y-%m-%d %H:%M"

SITE_NAME = _("Samspel63")

# Repairs the page tree after "translate including subtree" (home/localize.py).
WAGTAILLOCALIZE_JOBS = {"BACKEND": "home.localize.TreeRepairingBackend"}

# --- Personal data (home/personal_data.py) -----------------------------------
# Contact messages are deleted this many days after they arrive (`manage.py purge_personal_data`);
# the privacy notice promises at most twelve months.
SAMSPEL_CONTACT_RETENTION_DAYS = int(os.environ.get("CONTACT_RETENTION_DAYS", "365"))

# --- Spam and abuse on public forms (home/abuse.py) -------------------------
# A form sent back sooner than this after it was shown is refused (answers kept); 0 = off.
ABUSE_MIN_FILL_SECONDS = int(os.environ.get("ABUSE_MIN_FILL_SECONDS", "3"))
# (posts, seconds) per client address and form kind; None = off. Generous, because a whole
# venue or office may register for an event from one shared address.
ABUSE_RATE_LIMIT = (20, 600)
# Proxies in front of the site that append to X-Forwarded-For (e.g. 1 behind nginx);
# 0 trusts only REMOTE_ADDR, since anyone can write the header.
ABUSE_TRUSTED_PROXIES = int(os.environ.get("ABUSE_TRUSTED_PROXIES", "0"))
