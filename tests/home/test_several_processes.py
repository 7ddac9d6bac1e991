"""Two gunicorn processes with production settings, sharing PostgreSQL and Redis (docs/deploy.md).

A page cached through one is served from the cache by the other, and a publish through one
retires it on both. Marked `concurrency`: the processes must see committed data, so the test
is transactional and runs in the separate `pytest -m concurrency` run.
"""

import os
import re
import socket
import subprocess
import sys
import time
import uuid
from http.client import HTTPConnection
from pathlib import Path
from urllib.parse import urlencode

import pytest
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.db import connection

from home.factories import ContentPageFactory
from home.models import SiteSettings

# serialized_rollback: the processes need committed data, and the migrations' rows (root page,
# locales, content types) must be back for the next transactional test after the flush.
pytestmark = [pytest.mark.concurrency, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PROJECT = Path(__file__).resolve().parents[2]
REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


def redis_or_skip():
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=1).close()
    except OSError:
        pytest.skip("Redis is not running at 127.0.0.1:6379")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Host:
    """One gunicorn process; a tiny HTTP client that keeps its own cookies."""

    def __init__(self, env):
        self.port = free_port()
        self.cookies = {}
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "cms.wsgi",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                "1",
                "--log-level",
                "warning",
            ],
            cwd=PROJECT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )

    def request(self, method, path, body=None, headers=None):
        conn = HTTPConnection("127.0.0.1", self.port, timeout=30)
        # Behind the proxy every host sees the site's own name, not its own address.
        headers = {"Host": "localhost", **(headers or {})}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if body is not None:
            body = urlencode(body)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        conn.request(method, path, body=body, headers=headers)
        response = conn.getresponse()
        text = response.read().decode("utf-8", "replace")
        for value in response.headers.get_all("Set-Cookie") or []:
            name, _sep, rest = value.partition("=")
            self.cookies[name.strip()] = rest.split(";", 1)[0]
        conn.close()
        return response.status, response.headers, text

    def get(self, path):
        return self.request("GET", path)

    def wait_until_up(self, deadline):
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(self.process.stderr.read().decode())
            try:
                if self.get("/healthz")[0] == 200:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        raise AssertionError("gunicorn did not answer /healthz in time")

    def form_post(self, path, fields=None):
        """GET a form, then POST it back with its CSRF token, as a browser would."""
        _status, _headers, text = self.get(path)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', text).group(1)
        return self.request("POST", path, {"csrfmiddlewaretoken": token, **(fields or {})})

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()


@pytest.fixture
def hosts(site):
    redis_or_skip()
    prefix = f"samspel-test-{uuid.uuid4().hex[:8]}"
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "DJANGO_SETTINGS_MODULE": "tests.home.several_hosts_settings",
        "SECRET_KEY": "k7Qm2vX9pL4sR8tW1yZ3bN6cF0hJ5gD2aE7uI9oP4lK8jH3mN6bV1cX5zQ0wT2rY",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": "postgres://{USER}@{HOST}:{PORT}/{NAME}".format(
            **{k: connection.settings_dict[k] or "" for k in ("USER", "HOST", "PORT", "NAME")}
        ),
        "REDIS_URL": REDIS_URL,
        "CACHE_KEY_PREFIX": prefix,
        "LOG_LEVEL": "WARNING",
    }
    started = [Host(env), Host(env)]
    try:
        deadline = time.monotonic() + 60
        for host in started:
            host.wait_until_up(deadline)
        yield started
    finally:
        for host in started:
            host.stop()
        import redis

        client = redis.Redis.from_url(REDIS_URL)
        for key in client.scan_iter(f"{prefix}:*"):
            client.delete(key)


def test_a_publish_through_one_process_retires_the_page_cached_by_the_other(
    hosts, site, home_sv, django_user_model
):
    editors_host, visitors_host = hosts
    SiteSettings.for_site(site)  # as on a live site: the first visit ever would create it, a write
    page = ContentPageFactory(parent=home_sv, title="Första versionen", slug="om")
    page.title = "Andra versionen"
    page.save_revision()  # a draft, waiting for an editor to publish it
    django_user_model.objects.create(
        username="editor",
        is_superuser=True,
        is_staff=True,
        password=PBKDF2PasswordHasher().encode("a long editor password", "saltsaltsalt"),
    )

    status, headers, text = visitors_host.get("/sv/om/")
    assert (status, headers["X-Cache"]) == (200, "MISS") and "Första versionen" in text
    # The other process answers from the same Redis.
    status, headers, text = editors_host.get("/sv/om/")
    assert (status, headers["X-Cache"]) == (200, "HIT") and "Första versionen" in text

    status, headers, _text = editors_host.form_post(
        "/admin/login/", {"username": "editor", "password": "a long editor password"}
    )
    assert status == 302, "the editor could not log in"
    status, _headers, _text = editors_host.form_post(f"/admin/bulk/wagtailcore/page/publish/?id={page.pk}")
    assert status == 302, "the publish was not accepted"

    status, headers, text = visitors_host.get("/sv/om/")
    assert status == 200 and "Andra versionen" in text and "Första versionen" not in text
    assert headers["X-Cache"] == "MISS"
    assert visitors_host.get("/sv/om/")[1]["X-Cache"] == "HIT"
