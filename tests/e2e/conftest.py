"""Browser journeys: Debian's Chromium, driven by Playwright, against the site on loopback.

One demo site for the whole run: the demo is built once (it takes a while) in the test
database and committed, and a live server thread serves it. Nothing is rolled back
between tests, so each journey makes the data it changes (its own applicants, its own
event) and never relies on what another journey left. Mail goes to Django's locmem
outbox, which the server thread shares with the tests (same process).

Run with `make e2e` (PostgreSQL, `-m browser`); the normal `pytest` run leaves these out.
"""

import os
import re
import time
from pathlib import Path

import pytest
from django.core.management import call_command
from playwright.sync_api import sync_playwright
from pytest_django.live_server_helper import LiveServer

CHROMIUM = os.environ.get("E2E_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts" / "e2e"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
# Playwright's default wait is 30 s; a page on loopback that takes 10 s is a failure worth seeing.
TIMEOUT_MS = 10_000
# E2E_KEEP_DB=1 keeps the database (and its demo) for the next run: quicker when working on a
# journey. Journeys make their own data with unique addresses, so a rerun does not collide.
KEEP_DB = os.environ.get("E2E_KEEP_DB") == "1"


@pytest.fixture(scope="session")
def django_db_setup(django_test_environment, django_db_blocker):
    """A new test database for every run (the demo's dates are relative to today), dropped at the end.

    pytest-django would set one up only for tests that ask for `db`; these tests share one
    committed database with the server thread instead.
    """
    from django.db import connection, connections
    from django.test.utils import setup_databases, teardown_databases

    if connection.vendor != "postgresql":
        pytest.fail("The browser journeys need PostgreSQL (set DATABASE_URL; `make e2e` does).")
    # Request threads of the live server keep their connection while a browser keeps the socket
    # alive; without persistent connections nothing holds the database when it is dropped.
    connections.settings["default"]["CONN_MAX_AGE"] = 0
    # Never the unit tests' database: that one is reused between runs and must stay empty.
    connection.settings_dict.setdefault("TEST", {})["NAME"] = f"test_{connection.settings_dict['NAME']}_e2e"
    with django_db_blocker.unblock():
        started = time.monotonic()
        config = setup_databases(verbosity=0, interactive=False, aliases={"default"}, keepdb=KEEP_DB)
        print(f"\nTest database migrated in {time.monotonic() - started:.0f} s")
    yield
    if KEEP_DB:
        return
    with django_db_blocker.unblock():
        # A request thread of the stopped server may still be closing its connection.
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
        teardown_databases(config, verbosity=0)


@pytest.fixture(scope="session")
def e2e_db(django_db_setup, django_db_blocker):
    """Database access for the whole run, for the tests and the server thread alike."""
    with django_db_blocker.unblock():
        yield


@pytest.fixture(scope="session")
def demo(e2e_db):
    """The bilingual demo site, built once through the same command `make run` uses."""
    from home.demo.builder import demo_site_exists

    if not demo_site_exists():
        started = time.monotonic()
        call_command("load_demo_content", verbosity=0)
        print(f"\nDemo site built in {time.monotonic() - started:.0f} s")
    return True


@pytest.fixture(scope="session")
def server(demo):
    live = LiveServer("127.0.0.1")
    yield live
    live.stop()


@pytest.fixture(scope="session")
def chromium():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: `apt-get install -y chromium` (make e2e does).")
    # Playwright's sync API keeps an event loop in this thread; Django then refuses ORM calls from
    # the tests unless told that this is deliberate. The server thread has no loop and is unaffected.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Browsing:
    """A browser context on the live server, with screenshots numbered per journey."""

    def __init__(self, chromium, server, journey, **context_options):
        self.server = server
        self.context = chromium.new_context(base_url=server.url, **context_options)
        self.context.set_default_timeout(TIMEOUT_MS)
        self.errors = []
        self.page = self.new_page()
        self.folder = ARTIFACTS / journey
        self.folder.mkdir(parents=True, exist_ok=True)
        for old in self.folder.glob("*.png"):
            old.unlink()
        self.step = 0

    def new_page(self):
        page = self.context.new_page()
        page.on("pageerror", lambda error: self.errors.append(str(error)))
        return page

    def shot(self, name, full_page=True, element=None):
        """test-artifacts/e2e/<journey>/NN-name.png: the page, or one element of it."""
        self.step += 1
        slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
        path = self.folder / f"{self.step:02d}-{slug}.png"
        if element is not None:
            element.screenshot(path=path)
        else:
            self.page.screenshot(path=path, full_page=full_page)
        return path

    def close(self):
        self.context.close()


@pytest.fixture
def browsing(server, chromium):
    """browsing(journey, **context options) -> Browsing; JavaScript errors on any page fail the test."""
    opened = []

    def open_(journey, **options):
        options.setdefault("viewport", DESKTOP)
        session = Browsing(chromium, server, journey, **options)
        opened.append(session)
        return session

    yield open_
    errors = [error for session in opened for error in session.errors]
    for session in opened:
        session.close()
    assert not errors, f"JavaScript errors in the page: {errors}"


def run_axe(page):
    """axe-core's WCAG 2.1 A/AA violations on the page as it is now, as plain dicts."""
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: run `npm ci` (make e2e does).")
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    return page.evaluate(
        """async (tags) => {
            const result = await axe.run(document, {runOnly: {type: "tag", values: tags}});
            return result.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.map(n => ({target: n.target.join(" "), summary: n.failureSummary}))
            }));
        }""",
        WCAG_TAGS,
    )


def describe_violations(violations):
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']}")
        for node in violation["nodes"][:5]:
            lines.append(f"    {node['target']}: {node['summary']}".replace("\n", " "))
    return "\n".join(lines)
