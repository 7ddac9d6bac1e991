"""/healthz: what a load balancer asks before sending a host visitors."""

import pytest
from django.db import OperationalError

from home import health

pytestmark = pytest.mark.django_db


def test_a_healthy_host_answers_200_with_each_dependency_and_nothing_else(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}


def test_the_answer_is_never_cached_anywhere(client):
    client.get("/healthz")
    response = client.get("/healthz")
    assert "no-store" in response["Cache-Control"] and "X-Cache" not in response


def test_a_host_without_its_database_answers_503(client, monkeypatch):
    def broken():
        raise OperationalError("connection refused")

    monkeypatch.setitem(health.CHECKS, "database", broken)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "failed", "database": "failed", "cache": "ok"}


def test_a_host_without_its_cache_answers_503(client, monkeypatch):
    monkeypatch.setitem(health.CHECKS, "cache", lambda: False)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["cache"] == "failed"


def test_the_check_is_not_redirected_to_https(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
    assert client.get("/healthz").status_code == 200
    assert client.get("/sv/").status_code == 301  # everything else still goes to https
