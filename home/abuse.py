"""Spam and abuse on public forms, without a third-party captcha (no visitor data leaves the site).

Three checks, used by every public form that writes:
- a honeypot field people never see and bots fill in (`AbuseProtectedFormMixin`);
- a minimum fill time: the form carries a signed timestamp of when it was shown, and a post that
  comes back sooner, or without a valid stamp, is refused (`AbuseProtectedFormMixin`);
- a rate limit per client address on POSTs (`rate_limited`), answered with a 429 page.

A refused post saves nothing and loses nothing: the form comes back with every answer, a
readable message and a fresh trap, so a person (or their browser's autofill) just sends again.

Settings:
- ABUSE_MIN_FILL_SECONDS (default 3; 0 turns the time check off);
- ABUSE_RATE_LIMIT: (posts, seconds) per address and form kind (default 20 per 10 minutes;
  None turns it off);
- ABUSE_TRUSTED_PROXIES: how many proxies in front of the site append to X-Forwarded-For
  (default 0: the address is REMOTE_ADDR and the header is ignored, as anyone can forge it);
- ABUSE_CACHE: the cache alias holding the counters (default "default"; share it between
  processes, e.g. Redis, or each process counts on its own).
"""

import ipaddress
import math
import time
from functools import wraps

from django import forms
from django.conf import settings
from django.core import signing
from django.core.cache import caches
from django.http import HttpRequest
from django.template.response import TemplateResponse
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _

HONEYPOT_FIELD = "website"
STAMP_FIELD = "form_started"
ABUSE_FIELDS = (HONEYPOT_FIELD, STAMP_FIELD)
STAMP_SALT = "home.abuse.form-started"

DEFAULT_MIN_FILL_SECONDS = 3
DEFAULT_RATE_LIMIT = (20, 600)

REFUSED_TRAP = _("We could not accept the form as it was sent. Please check your answers and send it again.")
REFUSED_STAMP = _("We could not tell when the form was opened. Please check your answers and send it again.")
REFUSED_FAST = _(
    "The form was sent faster than a person usually fills it in. Please check your answers and send it again."
)


def min_fill_seconds():
    return getattr(settings, "ABUSE_MIN_FILL_SECONDS", DEFAULT_MIN_FILL_SECONDS)


def rate_limit():
    return getattr(settings, "ABUSE_RATE_LIMIT", DEFAULT_RATE_LIMIT)


# --- Minimum fill time ---------------------------------------------------------------


def issue_stamp(now=None):
    """A signed "shown at" time: the visitor can read it but not move it back."""
    return signing.dumps(round(time.time() if now is None else now, 3), salt=STAMP_SALT)


def stamp_age(value, now=None):
    """Seconds since the stamp was issued, or None when it is missing or forged."""
    if not value or not isinstance(value, str):
        return None
    try:
        issued = signing.loads(value, salt=STAMP_SALT)
    except (signing.BadSignature, ValueError):
        return None
    if not isinstance(issued, int | float) or isinstance(issued, bool):
        return None
    return (time.time() if now is None else now) - issued


class AbuseProtectedFormMixin:
    """Checks the honeypot and the time stamp of a bound form; put it first among the bases.

    The pair is read straight from the posted data rather than declared as fields, so the form's
    fields, their order and `cleaned_data` stay exactly the form's own. Templates render the pair
    with `{% include "components/abuse_fields.html" %}`.
    """

    abuse_refused = ""

    @property
    def abuse_trap_id(self):
        return self.auto_id % self.add_prefix(HONEYPOT_FIELD) if self.auto_id else ""

    def _posted(self, name):
        value = self.data.get(self.add_prefix(name)) if self.is_bound else None
        return value if isinstance(value, str) else ""

    @property
    def abuse_stamp(self):
        """What to render: the posted stamp while genuine (its time keeps running), else a new one."""
        posted = self._posted(STAMP_FIELD)
        if posted and stamp_age(posted) is not None:
            return posted
        return issue_stamp()

    def clean(self):
        cleaned = super().clean()
        if self._posted(HONEYPOT_FIELD):
            self._refuse("honeypot", REFUSED_TRAP)
        elif min_fill_seconds():
            age = stamp_age(self._posted(STAMP_FIELD))
            if age is None:
                self._refuse("stamp", REFUSED_STAMP)
            elif age < min_fill_seconds():
                self._refuse("too_fast", REFUSED_FAST)
        return cleaned

    def _refuse(self, code, message):
        self.abuse_refused = code
        self.add_error(None, forms.ValidationError(message, code=code))


class ProtectedConfirmForm(AbuseProtectedFormMixin, forms.Form):
    """A form with nothing to fill in (confirm a cancellation): only the protections."""


# --- Rate limit ------------------------------------------------------------------------


def client_address(request):
    """The visitor's address: REMOTE_ADDR, or X-Forwarded-For as written by the trusted proxies only."""
    address = request.META.get("REMOTE_ADDR", "")
    proxies = getattr(settings, "ABUSE_TRUSTED_PROXIES", 0)
    if proxies:
        hops = [hop.strip() for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        hops = [hop for hop in hops if hop]
        # The last proxy's entry is what the one in front of it saw; entries further left are hearsay.
        if len(hops) >= proxies:
            address = hops[-proxies]
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return address[:100]
    if parsed.version == 6:
        if parsed.ipv4_mapped:
            return str(parsed.ipv4_mapped)
        # One IPv6 customer holds a whole /64: counting single addresses would let them walk it.
        return str(ipaddress.ip_network(f"{parsed}/64", strict=False))
    return str(parsed)


def address_key(address):
    """A keyed hash: the counter never holds the address, and cannot be reversed by trying all IPv4s."""
    return salted_hmac("home.abuse.address", address, algorithm="sha256").hexdigest()[:32]


def hit(request, scope, now=None):
    """Count one post; return the seconds to wait when over the limit, else None."""
    limit = rate_limit()
    if not limit:
        return None
    allowed, window = limit
    now = time.time() if now is None else now
    bucket = int(now // window)
    key = f"abuse:rate:{scope}:{address_key(client_address(request))}:{bucket}"
    cache = caches[getattr(settings, "ABUSE_CACHE", "default")]
    # The counter lives no longer than its window.
    cache.add(key, 0, timeout=window)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window)
        count = 1
    if count <= allowed:
        return None
    return max(1, math.ceil((bucket + 1) * window - now))


def too_many_requests(request, retry_after):
    minutes = max(1, math.ceil(retry_after / 60))
    response = TemplateResponse(request, "429.html", {"retry_minutes": minutes}, status=429)
    response["Retry-After"] = str(retry_after)
    response["Cache-Control"] = "no-store"
    return response


def rate_limited(scope):
    """Limit POSTs to a view (or a page's route method) per client address; GETs are never counted."""

    def decorator(view):
        @wraps(view)
        def wrapper(*args, **kwargs):
            request = next(arg for arg in (*args, *kwargs.values()) if isinstance(arg, HttpRequest))
            if request.method == "POST":
                retry_after = hit(request, scope)
                if retry_after:
                    return too_many_requests(request, retry_after)
            return view(*args, **kwargs)

        return wrapper

    return decorator
