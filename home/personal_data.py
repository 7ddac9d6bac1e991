"""Everything the site holds about one person, and when it goes: one registry, filled by each app.

`home` imports none of events, residencies or stories, yet the export, the erasure and the
retention purge must reach their data. So each app registers a *source* with the
`samspel_personal_data` Wagtail hook (home registers its contact messages the same way), and
this module only walks the sources. A source is any object with:

    key, label                       short id and a name staff read
    export(email) -> (records, files)  records: JSON-able dicts; files: [(name in the ZIP, opener)]
    erase(email, now) -> int         erase or anonymise, keeping the counts; -> records erased
    purge_expired(now) -> int        what retention says must go now; -> records erased
    schedule(now) -> [PurgeRow]      what will go, and when

The e-mail address never reaches a log: `fingerprint()` names a person in logs instead.
"""

import io
import json
import logging
import zipfile
from dataclasses import dataclass

from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils import timezone
from django.utils.crypto import salted_hmac
from wagtail import hooks

PERSONAL_DATA_HOOK = "samspel_personal_data"
PERMISSION = "home.manage_personal_data"

logger = logging.getLogger(__name__)


@dataclass
class PurgeRow:
    """One list (or kind of record) and when its personal data goes."""

    kind: str
    label: str
    count: int
    purge_on: object  # a datetime, or None: kept until the list has an end
    admin_url: str = ""


def sources():
    found = []
    for fn in hooks.get_hooks(PERSONAL_DATA_HOOK):
        found.extend(fn() or [])
    return found


def normalise(email):
    return (email or "").strip().lower()


def fingerprint(email):
    """A stable, non-reversible name for an address, for logs: who was erased, without saying who."""
    digest = salted_hmac("home.personal-data.fingerprint", normalise(email), algorithm="sha256")
    return digest.hexdigest()[:12]


def can_manage(user):
    return user.is_active and (user.is_superuser or user.has_perm(PERMISSION))


def collect(email):
    """{source key: (label, records, files)} for every source that holds something for `email`."""
    email = normalise(email)
    found = {}
    for source in sources():
        records, files = source.export(email)
        if records or files:
            found[source.key] = (source.label, records, files)
    return found


def export_archive(email, now=None):
    """A ZIP: data.json (every record, per source) and the person's uploaded files. -> bytes."""
    now = now or timezone.now()
    found = collect(email)
    document = {
        "email": normalise(email),
        "exported_at": now,
        "sources": {
            key: {"label": str(label), "records": records} for key, (label, records, _f) in found.items()
        },
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "data.json", json.dumps(document, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
        )
        for key, (_label, _records, files) in found.items():
            for name, opener in files:
                with opener() as handle:
                    archive.writestr(f"files/{key}/{name}", handle.read())
    return buffer.getvalue()


def counts(email):
    """{source label: number of records held} for the confirmation page."""
    return {str(label): len(records) for _key, (label, records, _files) in collect(email).items()}


def erase_person(email, user=None, now=None):
    """Erase everything held for `email` in every source, in one transaction. -> {source key: count}."""
    now = now or timezone.now()
    email = normalise(email)
    with transaction.atomic():
        erased = {source.key: source.erase(email, now) for source in sources()}
    logger.info(
        "Personal data of %s erased by user %s: %s",
        fingerprint(email),
        getattr(user, "pk", None),
        erased,
    )
    return erased


def purge_expired(now=None):
    """Run every source's retention rule. -> {source key: records erased}."""
    now = now or timezone.now()
    return {source.key: source.purge_expired(now) for source in sources()}


def purge_schedule(now=None):
    """[PurgeRow] of every source, soonest first (lists without an end last)."""
    now = now or timezone.now()
    rows = [row for source in sources() for row in source.schedule(now)]
    return sorted(
        rows,
        key=lambda row: (row.purge_on is None, row.purge_on.timestamp() if row.purge_on else 0, row.label),
    )
