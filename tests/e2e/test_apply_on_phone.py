"""Journey 2: a Norwegian applicant on a phone applies for an open residency with the keyboard alone,
gets a mistake caught without losing answers or the chosen PDF, is confirmed in Norwegian, and later
withdraws through the private link in the mail."""

import pytest

from residencies.choices import SubmissionStatus
from residencies.models import Submission
from tests.e2e.conftest import PHONE, describe_violations, run_axe
from tests.e2e.helpers import (
    PDF_BYTES,
    focused,
    link_path,
    live_page,
    mails_to,
    tab_to,
    tab_to_id,
    tab_to_text,
    unique_email,
)

pytestmark = pytest.mark.browser


@pytest.fixture
def cv_pdf(tmp_path):
    path = tmp_path / "cv-kari-nordmann.pdf"
    path.write_bytes(PDF_BYTES)
    return path


def assert_accessible(page):
    violations = run_axe(page)
    assert not violations, f"{page.url}\n{describe_violations(violations)}"


def test_norwegian_applicant_on_a_phone_applies_by_keyboard_and_withdraws(browsing, cv_pdf):
    index = live_page("callindexpage", "nb")
    call = live_page("residencypage", "nb")
    session = browsing("apply-on-phone", viewport=PHONE, is_mobile=True, has_touch=True, locale="nb-NO")
    page = session.page
    email = unique_email("kari.nordmann")
    # Playwright takes over the system's file dialog once something listens for it; listening from
    # the start means that is settled long before the keypress that opens the dialog.
    page.on("filechooser", lambda _chooser: None)

    # Finding the call: from the Norwegian home page to the list of calls, then the residency.
    page.goto("/nb/")
    assert page.locator("html").get_attribute("lang") == "nb"
    session.shot("home")
    page.locator(f"main a[href='{index.url}']").first.tap()
    page.wait_for_url(f"**{index.url}")
    session.shot("calls")
    page.locator(f"main a[href='{call.url}']").first.tap()
    page.wait_for_url(f"**{call.url}")
    # The call page carries its form (its register/ address shows the same form alone).
    session.shot("residency-with-form")

    # The form, by keyboard only: Tab from the top of the page, typing, Space and Enter.
    # The questions and file slots have generated keys; the call's order is known.
    fields = page.evaluate(
        "() => [...document.querySelectorAll("
        "'main form :is(input, textarea):is([id^=id_q_], [id^=id_file_])')].map(e => e.id)"
    )
    what, who, earlier_yes, _earlier_no, cv_slot, _samples = fields
    tab_to_id(page, "id_name")
    page.keyboard.type("Kari Nordmann")
    page.keyboard.press("Tab")
    # The mistake: an address without its domain ending.
    page.keyboard.type("kari.nordmann@example")
    for skipped in ("id_phone", "id_organisation", "id_organisation_number"):
        page.keyboard.press("Tab")
        assert focused(page)["id"] == skipped
    page.keyboard.press("Tab")
    assert focused(page)["id"] == "id_country"
    page.keyboard.type("Norge")
    page.keyboard.press("Tab")
    assert focused(page)["id"] == "id_region"
    # Type-ahead on a closed select; plain letters (Playwright inserts "ø" as text, which a select ignores).
    page.keyboard.type("Tr")
    assert page.input_value("#id_region") == "trondelag"
    page.keyboard.press("Tab")
    page.keyboard.type("Scenekunst")
    page.keyboard.press("Tab")
    assert focused(page)["id"] == "id_presentation"
    page.keyboard.type("Jeg lager fortellerforestillinger for barn og unge i Trøndelag.")
    page.keyboard.press("Tab")
    assert focused(page)["id"] == what
    page.keyboard.type("En forestilling om sagn fra fjellet som kan turnere på begge sider av grensen.")
    page.keyboard.press("Tab")
    assert focused(page)["id"] == who
    page.keyboard.type("Skoler og kulturhus i Jämtland og Trøndelag.")
    page.keyboard.press("Tab")
    assert focused(page)["id"] == earlier_yes
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    assert focused(page)["id"] == cv_slot
    # A file input opens the system's file chooser on Space; the test answers it with the PDF.
    with page.expect_file_chooser() as chooser:
        page.keyboard.press("Space")
    chooser.value.set_files(str(cv_pdf))
    tab_to_id(page, "id_consent", limit=5)
    page.keyboard.press("Space")
    sent = {name: page.input_value(f"#{name}") for name in ("id_name", "id_art_form", what, who)}
    session.shot("filled-in-with-a-mistake")
    button = tab_to_text(page, "Send søknad")
    assert button["tag"] == "BUTTON"
    with page.expect_navigation():
        page.keyboard.press("Enter")

    # The mistake is named, everything else is kept: the answers and the chosen file.
    summary = page.locator("#form-errors")
    assert summary.is_visible()
    assert "E-postadresse" in summary.inner_text()
    assert focused(page)["id"] == "form-errors"
    for field_id, value in sent.items():
        assert page.input_value(f"#{field_id}") == value
    assert page.locator(f"#{earlier_yes}").is_checked()
    assert page.locator("#id_consent").is_checked()
    assert page.locator("#id_country").input_value() == "NO"
    kept = page.locator(".held-files")
    assert cv_pdf.name in kept.inner_text()
    # Its "Remove" box says which file it removes.
    assert page.get_by_role("checkbox", name=f"Fjern {cv_pdf.name}").count() == 1
    session.shot("mistake-caught-file-kept")
    assert_accessible(page)

    # Fixing it from the error summary: its link leads to the field.
    tab_to(page, lambda e: e["tag"] == "A" and "E-postadresse" in e["text"], limit=5)
    page.keyboard.press("Enter")
    assert focused(page)["id"] == "id_email"
    page.keyboard.press("Control+A")
    page.keyboard.type(email)
    tab_to_text(page, "Send søknad")
    page.keyboard.press("Enter")
    page.wait_for_url("**/submission/**")

    submission = Submission.objects.get(email=email)
    assert submission.language == "nb"
    assert submission.status == SubmissionStatus.RECEIVED
    assert [f.original_name for f in submission.files.all()] == [cv_pdf.name]
    receipt = page.locator("main").inner_text()
    assert submission.reference in receipt
    assert "Takk for søknaden" in receipt
    session.shot("receipt-with-reference")
    assert_accessible(page)

    # The confirmation, in Norwegian, with the private link.
    (received,) = mails_to(email)
    assert received.subject == f"Søknad mottatt: {call.title}"
    assert received.body.startswith("Hei Kari Nordmann,")
    assert submission.reference in received.body

    # Later, from the mail: withdraw.
    page.goto(link_path(received.body))
    session.shot("private-link")
    page.get_by_role("link", name="Trekk søknaden min").tap()
    page.wait_for_url("**/cancel/")
    session.shot("withdraw-confirm")
    assert_accessible(page)
    page.get_by_role("button", name="Ja, trekk").tap()
    page.wait_for_url("**?done=cancelled")
    session.shot("withdrawn")
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.CANCELLED
    assert page.locator("html").get_attribute("lang") == "nb"
    assert page.locator("main .notice--success").count() == 1
    cancelled = [m for m in mails_to(email) if m is not received]
    assert len(cancelled) == 1 and submission.reference in cancelled[0].body
