"""Small tools the journeys share: keyboard moves, mails, pages by type, files to upload."""

import re
import uuid
from urllib.parse import urlsplit

from django.core import mail
from wagtail.models import Page

# The smallest well-formed PDF: the site accepts files by what they contain, not by their name.
PDF_BYTES = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)


def unique_email(name):
    """A fresh address per run, so a kept database never refuses a second application."""
    return f"{name}.{uuid.uuid4().hex[:8]}@example.com"


def live_page(model, lang, **filters):
    page = (
        Page.objects.live()
        .filter(content_type__model=model, locale__language_code=lang, **filters)
        .order_by("path")
        .first()
    )
    assert page is not None, f"no live {model} in {lang}"
    return page.specific


def focused(page):
    """What has the keyboard focus: id, name, type and tag of document.activeElement."""
    return page.evaluate(
        """() => { const e = document.activeElement;
            return {id: e.id, name: e.getAttribute('name'), type: e.type, tag: e.tagName,
                    text: (e.textContent || '').trim()}; }"""
    )


def tab_to(page, matches, limit=80):
    """Press Tab until `matches(focused element)` holds; the keyboard path a person would take."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        element = focused(page)
        if matches(element):
            return element
    raise AssertionError(f"Tab never reached the element (last: {focused(page)})")


def tab_to_id(page, element_id, limit=80):
    return tab_to(page, lambda e: e["id"] == element_id, limit)


def tab_to_text(page, text, limit=40):
    return tab_to(page, lambda e: e["text"] == text, limit)


def mails_to(address):
    return [message for message in mail.outbox if address in message.to]


def link_path(text):
    """The path of the first link to this site in a mail body (the mail names the site's own host)."""
    match = re.search(r"https?://\S+", text)
    assert match, f"no link in:\n{text}"
    parts = urlsplit(match.group(0))
    return parts.path + (f"?{parts.query}" if parts.query else "")
