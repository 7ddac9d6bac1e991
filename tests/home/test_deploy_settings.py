"""Production settings for several hosts (docs/deploy.md): each piece switched on by its environment only."""

import json

from tests.home.test_production_settings import A_REAL_LOOKING_KEY, run

BASE_ENV = {"SECRET_KEY": A_REAL_LOOKING_KEY, "ALLOWED_HOSTS": "samspel63.se"}
SCALED_ENV = {
    **BASE_ENV,
    "REDIS_URL": "redis://127.0.0.1:6379/0",
    "CACHE_KEY_PREFIX": "s63",
    "TASKS_BACKEND": "database",
    "AWS_STORAGE_BUCKET_NAME": "samspel63-media",
    "AWS_PRIVATE_STORAGE_BUCKET_NAME": "samspel63-private",
    "AWS_S3_ENDPOINT_URL": "https://s3.example.org",
    "AWS_S3_REGION_NAME": "eu-north-1",
    "AWS_ACCESS_KEY_ID": "test",
    "AWS_SECRET_ACCESS_KEY": "test",
    "FRONTEND_CACHE_PURGE_URL": "http://127.0.0.1:6081/",
    "CDN_CACHE_SECONDS": "120",
}

SHOW = """
import json, os
os.environ['DJANGO_SETTINGS_MODULE'] = 'cms.settings.production'
import django
django.setup()
from django.conf import settings
from django.core.files.storage import storages
default_storage = storages['default']
from residencies.storage import private_storage
private = private_storage()
print(json.dumps({
    "cache": settings.CACHES["default"],
    "session": settings.SESSION_ENGINE,
    "tasks": settings.TASKS["default"]["BACKEND"],
    "media": type(default_storage).__module__ + "." + type(default_storage).__name__,
    "media_url": default_storage.url("images/a.jpg"),
    "private": type(private).__name__,
    "private_bucket": getattr(private, "bucket_name", None),
    "private_auth": getattr(private, "querystring_auth", None),
    "frontend": {k: v["BACKEND"] for k, v in settings.WAGTAILFRONTENDCACHE.items()},
    "apps": [a for a in settings.INSTALLED_APPS if "frontend_cache" in a or "tasks" in a],
    "cdn": getattr(settings, "PAGE_CACHE_CDN_SECONDS", 0),
    "exempt": settings.SECURE_REDIRECT_EXEMPT,
}))
"""


def show(**env):
    result = run(["-c", SHOW], **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_one_host_needs_nothing_more_than_before():
    found = show(**BASE_ENV)
    assert found["cache"]["BACKEND"].endswith("LocMemCache")
    assert found["session"] == "django.contrib.sessions.backends.db"
    assert found["tasks"].endswith("ImmediateBackend")
    assert found["media"] == "django.core.files.storage.filesystem.FileSystemStorage"
    assert found["private"] == "PrivateStorage"
    assert found["frontend"] == {} and found["cdn"] == 0
    assert "wagtail.contrib.frontend_cache" not in found["apps"]
    assert found["exempt"] == [r"^healthz$"]


def test_several_hosts_share_redis_a_task_queue_buckets_and_a_purged_cdn():
    found = show(**SCALED_ENV)
    assert found["cache"] == {
        "BACKEND": "home.redis_cache.RedisCache",
        "LOCATION": "redis://127.0.0.1:6379/0",
        "KEY_PREFIX": "s63",
        # A Redis that stops answering fails a lookup within a second instead of holding requests.
        "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
    }
    assert found["session"] == "django.contrib.sessions.backends.cached_db"
    assert found["tasks"] == "django_tasks_db.DatabaseBackend"
    assert found["media"] == "storages.backends.s3.S3Storage"
    # Public media: plain addresses a CDN can keep; attachments: their own bucket, signed requests only.
    assert found["media_url"] == "https://s3.example.org/samspel63-media/images/a.jpg"
    assert found["private"] == "S3Storage"
    assert found["private_bucket"] == "samspel63-private" and found["private_auth"] is True
    assert found["frontend"] == {"proxy": "wagtail.contrib.frontend_cache.backends.HTTPBackend"}
    assert "wagtail.contrib.frontend_cache" in found["apps"] and "django_tasks_db" in found["apps"]
    assert found["cdn"] == 120


def test_the_scaled_settings_pass_the_deploy_checks(tmp_path):
    result = run(
        ["manage.py", "check", "--deploy", "--fail-level", "WARNING", "--settings=cms.settings.production"],
        **SCALED_ENV,
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
    )
    assert result.returncode == 0, result.stdout + result.stderr
