"""The private link in each confirmation: signed, timed, and no account needed."""

import base64
from datetime import timedelta

from django.conf import settings
from django.core import signing

from residencies.models import Submission

SALT = "residencies.submission-link"
DEFAULT_MAX_AGE = timedelta(days=400)


class LinkInvalid(Exception):
    pass


class LinkExpired(Exception):
    pass


def make_token(submission):
    # Wagtail routes only path segments of [\w-]: re-encode the signed value, colons and all.
    signed = signing.dumps({"ref": submission.reference}, salt=SALT)
    return base64.urlsafe_b64encode(signed.encode()).decode().rstrip("=")


def read_token(token, max_age=None):
    """The submission a token points to; LinkExpired or LinkInvalid otherwise."""
    if max_age is None:
        max_age = getattr(settings, "RESIDENCIES_LINK_MAX_AGE", DEFAULT_MAX_AGE)
    try:
        signed = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode()
    except (ValueError, UnicodeDecodeError) as error:
        raise LinkInvalid from error
    try:
        data = signing.loads(signed, salt=SALT, max_age=max_age)
    except signing.SignatureExpired as error:
        raise LinkExpired from error
    except signing.BadSignature as error:
        raise LinkInvalid from error
    reference = data.get("ref") if isinstance(data, dict) else None
    submission = Submission.objects.filter(reference=reference).select_related("intake").first()
    if reference is None or submission is None:
        raise LinkInvalid
    return submission
