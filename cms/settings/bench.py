"""`make bench`: production settings, with what would stop a load generator turned off.

- the abuse checks (minimum fill time, rate limit per address) would refuse a load
  generator's posts after the first few, so the bench measures the submission itself;
- mail goes nowhere: in production it leaves through the task worker, not the request;
- plain HTTP on loopback (no TLS terminator in front), so no redirect to https;
- the baseline view at /bench/baseline/ (cms/bench_urls.py): the fastest thing this
  stack serves, the yardstick of every other figure.
"""

from .production import *  # noqa: F403

ABUSE_MIN_FILL_SECONDS = 0
ABUSE_RATE_LIMIT = None
EMAIL_BACKEND = "django.core.mail.backends.dummy.EmailBackend"
SECURE_SSL_REDIRECT = False
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
ROOT_URLCONF = "cms.bench_urls"
LOGGING = {**LOGGING, "root": {**LOGGING["root"], "level": "WARNING"}}  # noqa: F405
