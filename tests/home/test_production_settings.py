"""Production settings refuse to start half-configured and pass Django's deployment checks."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[2]
A_REAL_LOOKING_KEY = "k7Qm2vX9pL4sR8tW1yZ3bN6cF0hJ5gD2aE7uI9oP4lK8jH3mN6bV1cX5zQ0wT2rY"


def run(args, **env):
    # A clean environment: nothing leaks in from the developer's shell or CI.
    clean = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "PYTHONDONTWRITEBYTECODE": "1", **env}
    return subprocess.run(
        [sys.executable, *args], cwd=PROJECT, env=clean, capture_output=True, text=True, timeout=120
    )


IMPORT_SETTINGS = (
    "import os; os.environ['DJANGO_SETTINGS_MODULE'] = 'cms.settings.production'; "
    "from django.conf import settings; settings.SECRET_KEY"
)


@pytest.mark.parametrize(
    ("env", "missing"),
    [
        ({}, "SECRET_KEY"),
        ({"ALLOWED_HOSTS": "samspel63.se"}, "SECRET_KEY"),
        ({"SECRET_KEY": A_REAL_LOOKING_KEY}, "ALLOWED_HOSTS"),
        ({"SECRET_KEY": "   ", "ALLOWED_HOSTS": "samspel63.se"}, "SECRET_KEY"),
    ],
)
def test_production_refuses_to_start_without_secrets(env, missing):
    result = run(["-c", IMPORT_SETTINGS], **env)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert f"Set the {missing} environment variable" in result.stderr


def test_production_passes_the_deploy_checks(tmp_path):
    result = run(
        [
            "manage.py",
            "check",
            "--deploy",
            "--fail-level",
            "WARNING",
            "--settings=cms.settings.production",
        ],
        SECRET_KEY=A_REAL_LOOKING_KEY,
        ALLOWED_HOSTS="samspel63.se,www.samspel63.se",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_is_not_in_debug_and_keeps_hosts_from_the_environment():
    script = IMPORT_SETTINGS + (
        "; print(settings.DEBUG, settings.ALLOWED_HOSTS, settings.SESSION_COOKIE_SECURE, "
        "settings.EMAIL_BACKEND)"
    )
    result = run(["-c", script], SECRET_KEY=A_REAL_LOOKING_KEY, ALLOWED_HOSTS=" samspel63.se , samspel63.no,")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        "False ['samspel63.se', 'samspel63.no'] True django.core.mail.backends.smtp.EmailBackend"
    )
