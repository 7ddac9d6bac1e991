"""Hostile input for the property-based tests: what a careless client, a bot or a fuzzer sends.

Long texts, control characters (NUL among them), other scripts, emoji, malformed dates and
numbers, missing fields, repeated fields and query keys, bytes that are not UTF-8.
"""

import os
from urllib.parse import quote_from_bytes, urlencode

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

# CI is the constraint: one example fills every parameter of a view or form at once, so 1,000
# examples give each of them 1,000 inputs; derandomized so every run sends the same inputs.
# `make fuzz` runs the full 1,000; `make test` (CI) sets FUZZ_EXAMPLES lower to stay in its time budget.
FUZZ = settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "1000")),
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
    database=None,
    derandomize=True,
    print_blob=True,
)

TRICKY = [
    "",
    " ",
    "\x00",
    "a\x00b",
    "\r\n",
    "\t\x0b\x0c",
    "\x1b[31m",
    "\u202eevil",
    "\ufeff",
    "\u200b",
    "🙂",
    "👩🏽‍🎨",
    "🇸🇪🇳🇴",
    "Åsa Ødegård",
    "ᚠᛇᚻ",
    "Sápmi: Ŋŋ Đđ Ŧŧ",
    "日本語",
    "العربية",
    "עברית",
    "Ελληνικά",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    '"; DROP TABLE x; --',
    "{{ 7*7 }}",
    "{% debug %}",
    "%s%s%s%(x)s",
    "../../etc/passwd",
    "%00",
    "%ff%fe",
    "null",
    "None",
    "undefined",
    "[]",
    "{}",
    "true",
]
NUMBERS = [
    "0",
    "-1",
    "1",
    "2",
    "007",
    "+3",
    "1.5",
    "1e3",
    "1e309",
    "-0",
    "NaN",
    "inf",
    "-inf",
    "0x1A",
    "9" * 40,
    "-" + "9" * 40,
    "٣",  # Arabic-Indic digit: isdigit() says yes, int() agrees, int range checks must still hold
    "²",  # superscript two: isdigit() is True, int() raises
    "３",  # fullwidth digit
    "1_000",
    " 2 ",
]
DATES = [
    "2026-01",
    "2026-13",
    "2026-00",
    "2026-1",
    "2026-02-30",
    "0000-01",
    "9999-12",
    "99999-01",
    "-2026-01",
    "2026/01",
    "20260101",
    "20260101T000000Z",
    "20261301T250000Z",
    "99991231T235959Z",
    "2026-01-01T00:00:00+99:00",
    "２０２６-０１",
    "Mon, 32 Jan 2026 25:61:61 GMT",
    "Thu, 01 Jan 1970 00:00:00 GMT",
    "Sun, 06 Nov 1994 08:49:37 GMT",
    "yesterday",
]

any_text = st.text(max_size=40)  # every code point but surrogates: controls, NUL, all scripts, emoji
long_text = st.builds(
    lambda chunk, times: chunk * times, st.text(min_size=1, max_size=4), st.integers(200, 2600)
)
nasty = st.one_of(
    st.sampled_from(TRICKY),
    st.sampled_from(NUMBERS),
    st.sampled_from(DATES),
    any_text,
    long_text,
)


def _valid(valid):
    return valid if isinstance(valid, st.SearchStrategy) else st.sampled_from(list(valid))


def value(valid=()):
    """One value for a field or parameter: sometimes a valid one, mostly not."""
    if isinstance(valid, st.SearchStrategy) or valid:
        return st.one_of(_valid(valid), nasty)
    return nasty


def field_values(valid=()):
    """What one name carries: nothing, one value, or the name repeated with several values."""
    return st.one_of(
        st.none(),
        value(valid),
        st.lists(value(valid), min_size=2, max_size=3),
    )


@st.composite
def fields(draw, spec):
    """{name: valid values (a list or a strategy)} -> the fields of one post or query.

    A valid set of values with a drawn subset of names corrupted (missing, hostile or repeated):
    the empty subset gives complete, valid posts too, so the success path is fuzzed as well.
    Names with no valid values are always hostile (or missing).
    """
    names = sorted(spec)
    corrupt = (
        set(draw(st.lists(st.sampled_from(names), unique=True, max_size=len(names)))) if names else set()
    )
    data = {}
    for name in names:
        valid = spec[name]
        empty = not isinstance(valid, st.SearchStrategy) and not valid
        if name in corrupt or empty:
            drawn = draw(field_values(valid))
            if drawn is not None:
                data[name] = drawn
        else:
            data[name] = draw(_valid(valid))
    return data


def raw_query():
    """A query string as raw bytes, percent-encoded: invalid UTF-8, stray separators and all."""
    return st.binary(max_size=60).map(lambda raw: quote_from_bytes(raw, safe="=&;%+"))


def query_string(spec):
    """A full query string for a view's parameters (repeated keys kept), sometimes raw bytes after it."""
    return st.tuples(fields(spec), st.one_of(st.just(""), raw_query())).map(
        lambda parts: "&".join(p for p in (urlencode(parts[0], doseq=True), parts[1]) if p)
    )


upload_name = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters='\r\n"\\/\x00'), max_size=30
)
upload_content = st.one_of(
    st.binary(max_size=64),
    st.sampled_from(
        [
            b"%PDF-1.4\n%%EOF\n",
            b"\x89PNG\r\n\x1a\n" + b"\x00" * 8,
            b"\xff\xd8\xff\xe0" + b"\x00" * 8,
            b"RIFF\x00\x00\x00\x00WEBPVP8 ",
            b"MZ\x90\x00",
            b"<svg onload=alert(1)>",
            b"PK\x03\x04",
        ]
    ),
)
