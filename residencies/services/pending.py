"""Valid files of a failed form post, held until the form is sent, so nobody picks them twice.

The form carries one signed, timed token per held file in a hidden field. A token is
good only for the page (in either language) whose form made it, and only for a day:
nobody can point a form at someone else's file, and stale files are deleted by
`clean_stale()` (manage.py clean_pending_uploads).
"""

import uuid
from datetime import timedelta

from django.core import signing
from django.core.files import File
from django.utils import timezone

from residencies import uploads
from residencies.models import PendingUpload

SALT = "residencies.pending-upload"
MAX_AGE = timedelta(days=1)


def hold(page, files):
    """Store each (already validated) upload as a PendingUpload. -> the held uploads."""
    held = []
    for uploaded in files:
        kind = uploads.validate_upload(uploaded)
        pending = PendingUpload(
            key=uuid.uuid4(),
            translation_key=page.translation_key,
            slot=getattr(uploaded, "slot", ""),
            original_name=uploads.clean_original_name(uploaded.name),
            content_type=kind.content_type,
            size=uploaded.size,
        )
        pending.file.save(uploads.server_file_name(kind), uploaded, save=True)
        held.append(pending)
    return held


def token_for(pending):
    return signing.dumps(str(pending.key), salt=SALT, compress=False)


def keys_of(tokens):
    """The upload keys these tokens name; forged or stale tokens are skipped."""
    keys = []
    for token in tokens:
        try:
            keys.append(uuid.UUID(signing.loads(token, salt=SALT, max_age=MAX_AGE)))
        except (signing.BadSignature, ValueError, TypeError):
            continue
    return keys


def resolve(page, tokens):
    """The held uploads these tokens name for this page; unknown, forged or stale tokens are ignored."""
    keys = keys_of(tokens)
    if not keys:
        return []
    found = PendingUpload.objects.filter(key__in=keys, translation_key=page.translation_key)
    by_key = {p.key: p for p in found}
    held = [by_key[k] for k in dict.fromkeys(keys) if k in by_key]
    for pending in held:
        pending.token = token_for(pending)
    return held


def as_file(pending):
    """A file object the services take like an upload: the visitor's name, its slot."""
    handle = File(pending.file.storage.open(pending.file.name, "rb"), name=pending.original_name)
    handle.slot = pending.slot
    handle.pending = pending
    return handle


def discard(held):
    for pending in held:
        pending.file.delete(save=False)
        pending.delete()


def clean_stale(now=None):
    """Delete held uploads older than the token lifetime. -> how many."""
    now = now or timezone.now()
    stale = list(PendingUpload.objects.filter(created_at__lt=now - MAX_AGE))
    discard(stale)
    return len(stale)
