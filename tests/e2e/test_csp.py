"""The production Content-Security-Policy, enforced in a real browser: nothing on the site or in the
Wagtail admin (page editor with StreamField and the recurrence widget, wagtail-localize's translation
editor) is blocked, and the pages still work."""

import uuid

import pytest
from django.contrib.auth import get_user_model
from django.test import override_settings
from playwright.sync_api import expect
from wagtail.models import Page

from events.models import EventPage
from tests.e2e.conftest import PHONE
from tests.e2e.helpers import live_page

pytestmark = pytest.mark.browser

PASSWORD = "e2e-csp-password"
# Reported by the page itself (every violation, also in frames) and by Chromium's console.
LISTEN = """
document.addEventListener("securitypolicyviolation", (e) => {
    const where = `${e.sourceFile}:${e.lineNumber}`;
    window.cspViolation(`${e.violatedDirective} blocked ${e.blockedURI || "inline"} at ${where}`);
}, true);
"""


@pytest.fixture(scope="module")
def production_csp():
    """The policy production sends (cms/settings/production.py), on for the live server thread."""
    from django.conf import settings

    with override_settings(CONTENT_SECURITY_POLICY={"DIRECTIVES": settings.CSP_SITE_DIRECTIVES}):
        yield


@pytest.fixture
def watched(browsing, production_csp):
    """browsing(...) whose pages report every CSP violation into `session.violations`."""

    def open_(journey, **options):
        session = browsing(journey, **options)
        session.violations = []
        session.context.expose_function("cspViolation", lambda text: session.violations.append(text))
        session.context.add_init_script(LISTEN)
        session.page.on(
            "console",
            lambda message: (
                "Content Security Policy" in message.text and session.violations.append(message.text)
            ),
        )
        return session

    return open_


def visit(session, url):
    # The page editor is the heaviest page of the admin; on a busy machine it can take a while.
    response = session.page.goto(url, timeout=60_000)
    assert response.status in (200, 404), f"{url}: {response.status}"
    header = response.headers.get("content-security-policy", "")
    assert "default-src 'self'" in header, f"{url} was served without the policy"
    session.page.wait_for_load_state("load")
    return header


def one_live_page_per_type():
    """One live page of each page type, in Swedish and Norwegian by turns."""
    first = {}
    for page in Page.objects.live().filter(depth__gt=1).select_related("locale").order_by("path"):
        first.setdefault((page.content_type_id, page.locale.language_code), page)
    pages = []
    for n, kind in enumerate(sorted({kind for kind, _language in first})):
        languages = ("sv", "nb") if n % 2 == 0 else ("nb", "sv")
        pages.append(next(first[(kind, lang)] for lang in languages if (kind, lang) in first).specific)
    return pages


def test_every_public_page_type_and_a_form_work_under_the_policy(watched):
    session = watched("csp/public")
    pages = one_live_page_per_type()
    assert len({p.content_type_id for p in pages}) >= 8, "the demo should offer most page types"
    for page in pages:
        header = visit(session, page.url)
        assert "'unsafe-inline'" not in header and "'sha256-" in header
        if hasattr(page, "intake_form_url") and page.intake_form_url():
            visit(session, page.intake_form_url())
    for url in ("/sv/search/?q=dans", "/nb/search/?q=dans", "/sv/no-such-page/"):
        visit(session, url)

    # A public form still submits (and the refusal page shows) under the policy.
    form_page = next(p for p in pages if type(p).__name__ == "ContactPage")
    visit(session, form_page.url)
    with session.page.expect_navigation():
        session.page.locator("main form [type=submit]").first.click()
    assert not session.violations, session.violations

    # site.js runs: the phone menu opens.
    phone = watched("csp/phone", viewport=PHONE)
    visit(phone, live_page("homepage", "nb").url)
    phone.page.locator(".menu-toggle").click()
    expect(phone.page.locator(".menu-toggle")).to_have_attribute("aria-expanded", "true")
    assert phone.page.evaluate("document.documentElement.className").startswith("js")
    assert not phone.violations, phone.violations

    # The listeners do hear a violation: an injected inline script is blocked and reported.
    phone.page.evaluate(
        "() => { const s = document.createElement('script'); s.textContent = 'window.ran = 1';"
        " document.head.append(s); }"
    )
    phone.page.wait_for_timeout(300)
    assert phone.page.evaluate("window.ran") is None
    assert any("script-src" in v for v in phone.violations), phone.violations


def test_the_admin_login_dashboard_editor_and_translation_editor_work_under_the_policy(watched):
    name = f"csp-{uuid.uuid4().hex[:6]}"
    get_user_model().objects.create_superuser(name, f"{name}@example.com", PASSWORD)
    session = watched("csp/admin")
    page = session.page

    header = visit(session, "/admin/login/")
    assert "frame-ancestors 'self'" in header
    page.fill("#id_username", name)
    page.fill("#id_password", PASSWORD)
    with page.expect_navigation():
        page.locator("form button[type=submit]").first.click()
    expect(page.locator("main")).to_be_visible()

    # The editor of an event: StreamField, the recurrence widget, inline panels, choosers.
    event = EventPage.objects.live().filter(locale__language_code="sv").order_by("path").first()
    visit(session, f"/admin/pages/{event.pk}/edit/")
    expect(page.locator("div.recurrence-widget")).to_be_visible()
    page.locator("div.recurrence-widget .add-rule").click()
    expect(page.locator("div.recurrence-widget .panel").first).to_be_visible()
    assert "RRULE:" in page.input_value("#id_recurrence")
    page.locator("[data-streamfield-stream-container] button[title], .c-sf-add-button").first.click()
    session.shot("editor", full_page=False)

    # A logged-in editor's public page carries the userbar, still under the site's strict policy.
    visit(session, event.url)
    expect(page.locator("wagtail-userbar")).to_have_count(1)

    # wagtail-localize: submit a translation and open its editor.
    untranslated = EventPage.objects.filter(locale__language_code="sv").exclude(
        translation_key__in=EventPage.objects.filter(locale__language_code="nb").values("translation_key")
    ).first() or event.copy(update_attrs={"title": f"CSP {name}", "slug": f"csp-{name}"}, keep_live=False)
    nb = live_page("homepage", "nb").locale
    visit(session, f"/admin/localize/submit/page/{untranslated.pk}/")
    page.locator(f"input[name=locales][value='{nb.pk}']").check()
    with page.expect_navigation():
        page.locator("main form [type=submit]").first.click()
    expect(page.locator("main button").first).to_be_visible()
    page.locator("main button").filter(has_text="Översätt").first.click()
    expect(page.locator("main textarea").first).to_be_visible()
    session.shot("translation-editor", full_page=False)
    assert not session.violations, session.violations
