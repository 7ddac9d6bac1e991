"""What every fuzzed answer must satisfy: no server error, and messages in the visitor's language."""

import html
import re
from functools import cache

from django.utils.translation import trans_real

PLACEHOLDER = re.compile(r"%\(\w+\)[sdif]|%[sdif]|\{\w*\}")
ERROR_LISTS = re.compile(r'<ul class="field__errors"[^>]*>(.*?)</ul>', re.S)
SUMMARY = re.compile(r'<div class="form-errors"[^>]*>(.*?)</div>', re.S)
NOTICE = re.compile(r'<div class="notice notice--(?:error|warning|info)"[^>]*>(.*?)</div>', re.S)
PLAIN_ITEM = re.compile(r"<li>([^<]*)</li>")
ITEM = re.compile(r"<li>(.*?)</li>", re.S)
PARAGRAPH = re.compile(r"<p>(.*?)</p>", re.S)
TAGS = re.compile(r"<[^>]+>")


@cache
def english_texts(language):
    """English msgids the `language` catalogue translates: (exact set, [(literal prefix, pattern)])."""
    exact, patterns = set(), []
    catalog = trans_real.translation(language)._catalog
    for key in catalog.keys():  # noqa: SIM118  (a TranslationCatalog, not a dict)
        msgid = key[0] if isinstance(key, tuple) else key
        if not msgid or "\x04" in msgid:
            continue
        translated = catalog[key]
        if not translated or translated == msgid:
            continue
        parts = PLACEHOLDER.split(msgid)
        if len(parts) == 1:
            exact.add(msgid)
        elif len(parts[0]) >= 4:
            patterns.append((parts[0], re.compile(".+?".join(re.escape(p) for p in parts) + r"\Z", re.S)))
    return exact, patterns


def untranslated(messages, language):
    """The messages that are English text although `language` has a translation for them."""
    exact, patterns = english_texts(language)
    leaks = []
    for message in messages:
        message = message.strip()
        if message in exact or any(
            message.startswith(prefix) and pattern.match(message) for prefix, pattern in patterns
        ):
            leaks.append(message)
    return leaks


def shown_errors(text):
    """Error messages a page shows: each field's list, the summary's form-level items, notices."""
    found = []
    for block in ERROR_LISTS.findall(text):
        found += [html.unescape(TAGS.sub("", item)) for item in ITEM.findall(block)]
    for block in SUMMARY.findall(text):
        found += [html.unescape(item) for item in PLAIN_ITEM.findall(block)]
    for block in NOTICE.findall(text):
        found += [html.unescape(TAGS.sub("", item)) for item in PARAGRAPH.findall(block)]
    return found


def assert_no_server_error(response):
    assert response.status_code < 500, response.status_code


def assert_in_language(messages, language):
    leaks = untranslated(messages, language)
    assert not leaks, f"English shown to a {language} visitor: {leaks}"
