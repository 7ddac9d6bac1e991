"""Production: every secret and host comes from the environment, or it won't start."""

import os
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403


def require_env(name):
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"Set the {name} environment variable for production.")
    return value


DEBUG = False
SECRET_KEY = require_env("SECRET_KEY")
ALLOWED_HOSTS = [h.strip() for h in require_env("ALLOWED_HOSTS").split(",") if h.strip()]
CSRF_TRUSTED_ORIGINS = [o.strip() for o in os.environ.get("CSRF_TRUSTED_ORIGINS", "").split(",") if o.strip()]

# HTTPS everywhere; a reverse proxy terminates TLS and says so in this header.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "true").lower() != "false"
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
X_FRAME_OPTIONS = "DENY"
# CSP_REPORT_ONLY=true sends the policy as report-only, for trying a change on live traffic.
_csp = {"DIRECTIVES": CSP_SITE_DIRECTIVES}  # noqa: F405
if os.environ.get("CSP_REPORT_ONLY", "false").lower() == "true":
    CONTENT_SECURITY_POLICY_REPORT_ONLY = _csp
else:
    CONTENT_SECURITY_POLICY = _csp

# E-mail: any SMTP server, configured by the environment.
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", 25))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "false").lower() == "true"

# Redis (REDIS_URL) is the shared cache of every process and host: see CACHES in base.py.
# Sessions are read from it and written through to the database, so a Redis restart logs nobody out.
if os.environ.get("REDIS_URL"):
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# The load balancer asks over plain HTTP inside the network: /healthz is not redirected.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", STATIC_ROOT))  # noqa: F405

# Background tasks (mail): run in the request by default; TASKS_BACKEND=database queues them in
# PostgreSQL for `manage.py db_worker` on any host (django-tasks-db), so a slow SMTP server
# never holds up a visitor and a crashed process loses no mail.
if os.environ.get("TASKS_BACKEND", "immediate") == "database":
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# Media on S3-compatible storage (django-storages) when a bucket is named; otherwise MEDIA_ROOT.
# Credentials: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, read from the environment by boto3.
_s3 = {
    "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
    "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
}
if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    STORAGES["default"] = {  # noqa: F405
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            **_s3,
            "bucket_name": os.environ["AWS_STORAGE_BUCKET_NAME"],
            "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
            # Public images and documents: plain URLs that a CDN can cache; never overwrite a
            # file another host may be serving (Wagtail renditions keep their names).
            "querystring_auth": False,
            "file_overwrite": False,
        },
    }
# Applicants' attachments: a bucket of their own, never public, read only through signed requests.
if os.environ.get("AWS_PRIVATE_STORAGE_BUCKET_NAME"):
    STORAGES["private"] = {  # noqa: F405
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            **_s3,
            "bucket_name": os.environ["AWS_PRIVATE_STORAGE_BUCKET_NAME"],
            "default_acl": "private",
            "querystring_auth": True,
            "querystring_expire": 300,
            "file_overwrite": False,
        },
    }

# A reverse proxy or CDN in front: Wagtail purges a page's addresses when it is published,
# unpublished or moved (wagtail.contrib.frontend_cache), configured only when its variables are set.
WAGTAILFRONTENDCACHE = {}
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE["proxy"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
    }
if os.environ.get("CLOUDFLARE_ZONEID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": require_env("CLOUDFLARE_BEARER_TOKEN"),
        "ZONEID": os.environ["CLOUDFLARE_ZONEID"],
    }
if os.environ.get("CLOUDFRONT_DISTRIBUTION_ID"):
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": os.environ["CLOUDFRONT_DISTRIBUTION_ID"],
    }
if WAGTAILFRONTENDCACHE:
    INSTALLED_APPS = [*INSTALLED_APPS, "wagtail.contrib.frontend_cache"]  # noqa: F405
    # Anonymous pages may be kept this long by the CDN (home/page_cache.py adds s-maxage); a publish
    # purges at once, other changes (a venue, places left) show within this time.
    PAGE_CACHE_CDN_SECONDS = int(os.environ.get("CDN_CACHE_SECONDS", "60"))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
}
