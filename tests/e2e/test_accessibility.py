"""Every public page type, in Swedish and in Norwegian, and the forms in their error state: no WCAG 2.1
A/AA violations that axe-core can find."""

import pytest
from wagtail.models import Page

from tests.e2e.conftest import DESKTOP, Browsing, describe_violations, run_axe

pytestmark = pytest.mark.browser

LANGUAGES = ("sv", "nb")

# Page types by model name; the first live page of the type in the language is audited.
PAGE_TYPES = {
    "home": "homepage",
    "content": "contentpage",
    "programme": "programmeindexpage",
    "activity": "activitypage",
    "contact": "contactpage",
    "event-index": "eventindexpage",
    "event": "eventpage",
    "call-index": "callindexpage",
    "residency": "residencypage",
    "study-trip": "studytrippage",
    "story-index": "storyindexpage",
    "story": "storypage",
    "news-index": "newsindexpage",
    "news": "newspage",
    "network-directory": "networkdirectorypage",
    "storyteller": "storytellerpage",
    "join": "joinnetworkpage",
}
# Other views of a page, or addresses that are not pages.
VIEWS = {
    "event-month": ("eventindexpage", "?view=month"),
    "event-year": ("eventindexpage", "?view=year"),
    "event-past": ("eventindexpage", "?when=past"),
}
PATHS = {
    "search": "/{lang}/search/?q=kultur",
    "search-empty": "/{lang}/search/?q=zzzxqy",
    "not-found": "/{lang}/finns-inte-har/",
}
# Forms that show their errors after an empty post: (page model, route under the page).
FORMS = {
    "contact-form": ("contactpage", ""),
    "application-form": ("residencypage", "register/"),
    "join-form": ("joinnetworkpage", ""),
    "registration-form": ("eventpage", ""),
    "registration-date-form": ("eventpage", "register/"),
}


def page_url(model, lang, registrations=None):
    pages = (
        Page.objects.live()
        .filter(content_type__model=model, locale__language_code=lang)
        .order_by("path")
        .specific()
    )
    if registrations:
        # A single event has its form on the page; a repeating one has a form per date.
        recurring = registrations == "per-date"
        pages = [p for p in pages if p.intake_policy == "first_come" and p.is_recurring == recurring]
    page = next(iter(pages), None)
    assert page is not None, f"the demo has no live {model} in {lang}"
    return page.url


@pytest.fixture(scope="module")
def auditor(chromium, server):
    """One browser tab for all the audits (a new context per page costs more than the audit)."""
    session = Browsing(chromium, server, "a11y", viewport=DESKTOP)
    yield session
    session.close()


@pytest.fixture
def browsing(auditor):
    """Here: the shared tab, checked for JavaScript errors after each page."""
    auditor.errors.clear()

    def open_(_name):
        return auditor

    yield open_
    assert not auditor.errors, f"JavaScript errors in the page: {auditor.errors}"


def first_link(browsing, path, selector):
    session = browsing("links")
    session.page.goto(path)
    return session.page.locator(selector).first.get_attribute("href")


def audit(browsing, name, path, submit_empty=False):
    session = browsing(name)
    response = session.page.goto(path)
    if submit_empty:
        form = session.page.locator("main form[method=post]").first
        with session.page.expect_navigation():
            form.locator("button[type=submit]").first.click()
        assert session.page.locator(".form-errors").count() == 1, "the empty form was not refused"
    session.shot(name, full_page=False)
    violations = run_axe(session.page)
    # axe no longer checks ids (WCAG 2.2 dropped 4.1.1), but a repeated id still points a label,
    # an error link or aria-describedby at the wrong element.
    repeated = session.page.evaluate(
        """() => { const seen = {};
            document.querySelectorAll('[id]').forEach(e => seen[e.id] = (seen[e.id] || 0) + 1);
            return Object.keys(seen).filter(id => seen[id] > 1); }"""
    )
    assert repeated == [], f"{path}: ids used more than once: {repeated}"
    return session, response, violations


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", sorted(PAGE_TYPES))
def test_page_type_has_no_accessibility_violations(browsing, lang, kind):
    path = page_url(PAGE_TYPES[kind], lang)
    _session, response, violations = audit(browsing, f"{kind}-{lang}", path)
    assert response.status == 200
    assert not violations, f"{path}\n{describe_violations(violations)}"


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", sorted(VIEWS))
def test_calendar_view_has_no_accessibility_violations(browsing, lang, kind):
    model, query = VIEWS[kind]
    path = page_url(model, lang) + query
    _session, response, violations = audit(browsing, f"{kind}-{lang}", path)
    assert response.status == 200
    assert not violations, f"{path}\n{describe_violations(violations)}"


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", sorted(PATHS))
def test_other_address_has_no_accessibility_violations(browsing, lang, kind):
    path = PATHS[kind].format(lang=lang)
    _session, response, violations = audit(browsing, f"{kind}-{lang}", path)
    assert response.status == (404 if kind == "not-found" else 200)
    assert not violations, f"{path}\n{describe_violations(violations)}"


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", sorted(FORMS))
def test_form_in_error_state_has_no_accessibility_violations(browsing, lang, kind):
    model, route = FORMS[kind]
    if kind == "registration-date-form":
        event = page_url(model, lang, registrations="per-date")
        path = first_link(browsing, event, f"#registration a[href^='{event}{route}']")
    else:
        path = page_url(model, lang, registrations="single" if kind == "registration-form" else None) + route
    session, response, violations = audit(browsing, f"{kind}-{lang}", path, submit_empty=True)
    assert response.status == 200
    assert not violations, f"{path}\n{describe_violations(violations)}"
    # Each entry of the error summary leads to a field that exists (a link to nothing strands a
    # keyboard or screen reader user at the top of the form).
    targets = session.page.locator("#form-errors a[href^='#']").evaluate_all(
        "links => links.map(a => [a.getAttribute('href'), !!document.getElementById(a.hash.slice(1))])"
    )
    assert targets, "the error summary links to the fields"
    assert [href for href, found in targets if not found] == []


def test_the_audit_sees_a_violation_when_there_is_one(browsing):
    """The control: the same audit on a real page with an image without alt text fails it."""
    session = browsing("a11y/control")
    session.page.goto("/sv/")
    assert run_axe(session.page) == []
    session.page.evaluate(
        "document.querySelector('main').insertAdjacentHTML('afterbegin', '<img src=\"/static/x.png\">')"
    )
    assert [v["id"] for v in run_axe(session.page)] == ["image-alt"]
