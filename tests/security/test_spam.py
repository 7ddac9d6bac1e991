"""Spam and abuse on every public form that writes: the honeypot, the minimum fill time and the
rate limit refuse in the visitor's language, save nothing, and keep every answer."""

import html
import re
import time

import pytest
from django.test import RequestFactory, override_settings

from home import abuse
from tests.i18n import ntr, tr
from tests.security.conftest import FORMS

pytestmark = pytest.mark.django_db

LANGUAGES = ["sv", "nb"]
STAMP = re.compile(r'name="form_started" value="([^"]+)"')


def stamp_in(response):
    (value,) = STAMP.findall(response.text)
    return html.unescape(value)


def assert_refused(case, response, before, message, language):
    assert response.status_code == 200
    assert case.saved() == before, "a refused post saved something"
    text = html.unescape(response.text)
    assert tr(language, message) in text
    if case.kept_answer:
        assert case.kept_answer in text, "a refused post lost the visitor's answers"
    # The trap is rendered again, empty, so a person only needs to send again.
    assert 'name="website" id="id_website" value="" tabindex="-1" autocomplete="off"' in response.text


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("form_case", FORMS, indirect=True)
@override_settings(ABUSE_MIN_FILL_SECONDS=3)
def test_trap_and_fill_time_refuse_bots_and_keep_a_persons_answers(client, form_case, language):
    case = form_case
    url = case.url(language)
    shown = client.get(url)
    assert shown.status_code == 200
    assert 'aria-hidden="true"' in shown.text and tr(language, abuse_label()) in html.unescape(shown.text)
    fresh = stamp_in(shown)
    before = case.saved()

    # Sent at once: quicker than a person; the stamp they were given keeps running.
    response = client.post(url, {**case.post(), "form_started": fresh})
    assert_refused(case, response, before, abuse.REFUSED_FAST, language)
    assert stamp_in(response) == fresh

    # No stamp, or one that was tampered with.
    response = client.post(url, case.post())
    assert_refused(case, response, before, abuse.REFUSED_STAMP, language)
    forged = abuse.issue_stamp(time.time() - 60)[:-2] + "xx"
    response = client.post(url, {**case.post(), "form_started": forged})
    assert_refused(case, response, before, abuse.REFUSED_STAMP, language)
    assert stamp_in(response) != forged and abuse.stamp_age(stamp_in(response)) is not None

    # The trap filled in, even with a good stamp.
    aged = abuse.issue_stamp(time.time() - 60)
    response = client.post(url, {**case.post(), "form_started": aged, "website": "http://spam.example"})
    assert_refused(case, response, before, abuse.REFUSED_TRAP, language)

    # The same person a little later, trap empty: accepted.
    response = client.post(url, {**case.post(), "form_started": aged, "website": ""})
    assert response.status_code == 302, response.context and response.context["form"].errors
    assert case.saved() != before


def abuse_label():
    return "Leave this field empty (it catches automated spam)"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("form_case", FORMS, indirect=True)
@override_settings(ABUSE_RATE_LIMIT=(2, 600))
def test_the_rate_limit_answers_429_in_the_visitors_language_and_saves_nothing(client, form_case, language):
    case = form_case
    url = case.url(language)
    for _attempt in range(2):  # refused by the trap, so they change nothing, but they count
        assert client.post(url, {**case.post(), "website": "spam"}).status_code == 200
    before = case.saved()
    response = client.post(url, case.post())
    assert response.status_code == 429
    assert case.saved() == before
    retry = int(response["Retry-After"])
    assert 0 < retry <= 600
    text = html.unescape(response.text)
    assert f'<html lang="{language}"' in response.text
    assert tr(language, "Too many attempts") in text
    minutes = -(-retry // 60)
    assert (
        ntr(
            language,
            "Please try again in %(minutes)s minute.",
            "Please try again in %(minutes)s minutes.",
            minutes,
            "minutes",
        )
        in text
    )
    # Reading is never limited, and another address is counted on its own.
    assert client.get(url).status_code == 200
    assert client.post(url, case.post(), REMOTE_ADDR="198.51.100.7").status_code == 302
    assert case.saved() != before


# --- The building blocks ---------------------------------------------------------------


def test_a_stamp_tells_its_age_and_a_forged_or_foreign_one_tells_nothing():
    now = time.time()
    assert abuse.stamp_age(abuse.issue_stamp(now - 5), now=now) == pytest.approx(5, abs=0.01)
    assert abuse.stamp_age("") is None
    assert abuse.stamp_age("1700000000") is None
    # A changed signature: its first character (all six bits count; the last one's lowest two do
    # not, so replacing that one was a no-op once in sixteen runs).
    value, signature = abuse.issue_stamp().rsplit(":", 1)
    forged = ("B" if signature[0] == "A" else "A") + signature[1:]
    assert abuse.stamp_age(f"{value}:{forged}") is None
    from django.core import signing

    assert abuse.stamp_age(signing.dumps(time.time() - 60, salt="another.purpose")) is None
    assert abuse.stamp_age(signing.dumps(True, salt=abuse.STAMP_SALT)) is None


def request_from(remote, forwarded=None):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().post("/", **extra)


def test_the_client_address_is_remote_addr_unless_proxies_are_trusted(settings):
    settings.ABUSE_TRUSTED_PROXIES = 0
    assert abuse.client_address(request_from("203.0.113.5", "1.2.3.4")) == "203.0.113.5"
    settings.ABUSE_TRUSTED_PROXIES = 1
    # The visitor may write anything on the left; only what our proxy appended counts.
    assert abuse.client_address(request_from("10.0.0.2", "1.2.3.4, 203.0.113.9")) == "203.0.113.9"
    settings.ABUSE_TRUSTED_PROXIES = 2
    assert abuse.client_address(request_from("10.0.0.2", "6.6.6.6, 203.0.113.9, 10.0.0.3")) == "203.0.113.9"
    # Fewer entries than proxies: the header is not what our proxies write, use the socket.
    assert abuse.client_address(request_from("10.0.0.2", "")) == "10.0.0.2"
    # IPv6 is counted per /64, which one customer usually holds whole.
    settings.ABUSE_TRUSTED_PROXIES = 0
    assert abuse.client_address(request_from("2001:db8:1:2:aaaa::1")) == "2001:db8:1:2::/64"
    assert abuse.client_address(request_from("2001:db8:1:2:bbbb::9")) == "2001:db8:1:2::/64"


@override_settings(ABUSE_RATE_LIMIT=(1, 60))
def test_the_counter_holds_only_a_keyed_hash_of_the_address_and_expires_with_its_window():
    from django.core.cache import cache

    address = "203.0.113.77"
    now = 60.0 * 16_000  # the start of a window
    assert abuse.hit(request_from(address), "contact", now=now) is None
    assert abuse.hit(request_from(address), "contact", now=now + 10) == 50
    keys = [k for k in cache._cache if "abuse:rate" in k]  # LocMemCache in tests
    assert keys and all(address not in k for k in keys)
    assert all(abuse.address_key(address) in k for k in keys)
    # A plain, unkeyed hash of the address would be reversible by trying every IPv4 address.
    import hashlib

    assert all(hashlib.sha256(address.encode()).hexdigest()[:32] not in k for k in keys)
    # A new window starts a new count; the old counter expires with its window.
    assert abuse.hit(request_from(address), "contact", now=now + 61) is None
    assert all(cache._expire_info[k] - time.time() <= 60 for k in keys)
