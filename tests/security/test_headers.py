"""Production's security headers and Content-Security-Policy, and templates that keep to the policy.

The browser proof (nothing blocked, pages work) is tests/e2e/test_csp.py; these are the fast checks.
"""

import base64
import hashlib
import json
import re

import pytest
from django.conf import settings
from django.http import HttpResponse
from django.test import RequestFactory, override_settings

from home.csp import CSPMiddleware, error_page_style_hash
from tests.home.test_production_settings import A_REAL_LOOKING_KEY, IMPORT_SETTINGS, run

ENV = {"SECRET_KEY": A_REAL_LOOKING_KEY, "ALLOWED_HOSTS": "samspel63.se"}
INLINE_SCRIPT = re.compile(
    r"<script(?![^>]*\bsrc=)(?![^>]*application/(?:ld\+)?json)[^>]*>(.*?)</script>", re.S
)
HANDLER_ATTRIBUTE = re.compile(r"<[^>]+\son[a-z]+\s*=", re.I)
STYLE_ATTRIBUTE = re.compile(r"<[^>]+\sstyle\s*=", re.I)


def production(expression, **env):
    result = run(["-c", IMPORT_SETTINGS + f"; import json; print(json.dumps({expression}))"], **ENV, **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_production_sends_hsts_secure_cookies_and_referrer_and_frame_policies():
    values = production(
        "[settings.SECURE_HSTS_SECONDS, settings.SECURE_HSTS_INCLUDE_SUBDOMAINS,"
        " settings.SECURE_SSL_REDIRECT, settings.SESSION_COOKIE_SECURE,"
        " settings.SESSION_COOKIE_HTTPONLY, settings.CSRF_COOKIE_SECURE,"
        " settings.SECURE_REFERRER_POLICY, settings.X_FRAME_OPTIONS, settings.SECURE_CONTENT_TYPE_NOSNIFF]"
    )
    assert values[0] >= 365 * 24 * 3600
    assert values[1:] == [True, True, True, True, True, "strict-origin-when-cross-origin", "DENY", True]


def test_production_enforces_the_sites_policy_and_can_switch_to_report_only():
    enforced = production(
        "[settings.CONTENT_SECURITY_POLICY, getattr(settings, 'CONTENT_SECURITY_POLICY_REPORT_ONLY', None)]"
    )
    assert enforced == [{"DIRECTIVES": json.loads(json.dumps(settings.CSP_SITE_DIRECTIVES))}, None]
    trial = production(
        "[settings.CONTENT_SECURITY_POLICY, bool(settings.CONTENT_SECURITY_POLICY_REPORT_ONLY)]",
        CSP_REPORT_ONLY="true",
    )
    assert trial == [None, True]


@pytest.fixture
def csp_on():
    with override_settings(CONTENT_SECURITY_POLICY={"DIRECTIVES": settings.CSP_SITE_DIRECTIVES}):
        yield


def directives(response):
    header = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in header.split("; ")}


@pytest.mark.django_db
def test_public_pages_allow_no_inline_code_but_the_hashed_line_even_from_the_page_cache(
    client, home_sv, csp_on
):
    served = []
    for _ in range(2):  # the second answer comes from the anonymous page cache, stored with its policy
        response = client.get(home_sv.url)
        served.append(response.get("X-Cache"))
        policy = directives(response)
        assert policy["script-src"] == ["'self'", *settings.CSP_INLINE_SCRIPT_HASHES]
        assert policy["style-src"] == ["'self'"]
        assert policy["object-src"] == ["'none'"] and policy["frame-ancestors"] == ["'none'"]
        assert policy["base-uri"] == ["'self'"] and policy["form-action"] == ["'self'"]
    assert served == ["MISS", "HIT"]
    # Every inline script the page has is one the policy names by hash.
    for script in INLINE_SCRIPT.findall(response.text):
        digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in settings.CSP_INLINE_SCRIPT_HASHES, script


@pytest.mark.django_db
def test_the_admin_gets_the_relaxed_policy_it_needs(client, csp_on):
    policy = directives(client.get("/admin/login/"))
    assert "'unsafe-inline'" in policy["script-src"] and "'unsafe-inline'" in policy["style-src"]
    assert policy["frame-ancestors"] == ["'self'"] and policy["object-src"] == ["'none'"]
    assert not any(
        value.startswith("'nonce-") for value in policy["script-src"]
    )  # it would void unsafe-inline


def test_the_500_page_style_is_allowed_by_its_hash(csp_on):
    request = RequestFactory().get("/sv/")
    middleware = CSPMiddleware(lambda request: HttpResponse(status=500))
    middleware.process_request(request)
    response = middleware.process_response(request, HttpResponse(status=500))
    assert error_page_style_hash() in directives(response)["style-src"]


def project_templates():
    roots = [settings.BASE_DIR / "templates"] + [
        settings.BASE_DIR / app / "templates" for app in ("home", "events", "residencies", "stories")
    ]
    return [path for root in roots if root.exists() for path in root.rglob("*.html")]


def test_site_templates_carry_no_inline_scripts_handlers_or_styles():
    """Anything inline would be blocked on the site; admin templates are under the admin's policy."""
    found = []
    for path in project_templates():
        relative = path.relative_to(settings.BASE_DIR).as_posix()
        if (
            "/admin/" in relative
            or relative.startswith("templates/emails/")
            or relative == "templates/500.html"
        ):
            continue
        source = path.read_text()
        scripts = [
            s for s in INLINE_SCRIPT.findall(source) if s != 'document.documentElement.className = "js";'
        ]
        found += [f"{relative}: inline script" for _ in scripts]
        found += [f"{relative}: {m.group(0)[:60]}" for m in HANDLER_ATTRIBUTE.finditer(source)]
        found += [f"{relative}: {m.group(0)[:60]}" for m in STYLE_ATTRIBUTE.finditer(source)]
    assert len(project_templates()) > 20
    assert not found, "\n".join(found)
