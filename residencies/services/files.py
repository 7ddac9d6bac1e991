"""Storing a submission's attachments inside the caller's transaction, without orphans either way.

Files written during a transaction that rolls back are deleted at once; files a
committed change replaced are deleted only after the commit, so a rollback never
leaves a submission pointing at nothing.
"""

from contextlib import contextmanager
from functools import partial

from django.db import transaction

from residencies import uploads
from residencies.models import SubmissionFile


def storage():
    return SubmissionFile._meta.get_field("file").storage


@contextmanager
def cleanup_on_failure():
    """Yields a list; names appended to it are deleted from storage if the block raises."""
    written = []
    try:
        yield written
    except BaseException:
        for name in written:
            storage().delete(name)
        raise


def check(page, files, existing=(), required=True):
    """Validate new files against the page's limits, counting the files that stay. -> their kinds."""
    replaced = {getattr(f, "slot", "") for f in files} - {""}
    staying = [f for f in existing if not (f.slot and f.slot in replaced)]
    kinds = uploads.validate_uploads(files, max(0, page.intake_file_limit - len(staying)))
    slots = {key: req for key, _label, _help, req in page.intake_attachment_slots()}
    for uploaded in files:
        slot = getattr(uploaded, "slot", "")
        if slot and slot not in slots:
            raise ValueError(f"Unknown attachment slot {slot!r}")
    if required:
        present = {f.slot for f in staying} | replaced
        if any(req and key not in present for key, req in slots.items()):
            from residencies.services.errors import MissingAttachment

            raise MissingAttachment
    return kinds


def store(submission, files, kinds, written):
    """Attach `files` to `submission`; one per slot: a new file in a slot replaces the old one."""
    for uploaded, kind in zip(files, kinds, strict=True):
        slot = getattr(uploaded, "slot", "")
        if slot:
            remove(submission.files.filter(slot=slot))
        attachment = SubmissionFile(
            submission=submission,
            original_name=uploads.clean_original_name(uploaded.name),
            content_type=kind.content_type,
            size=uploaded.size,
            slot=slot,
        )
        attachment.file.save(uploads.server_file_name(kind), uploaded, save=True)
        written.append(attachment.file.name)


def remove(attachments):
    names = [a.file.name for a in attachments]
    attachments.delete()
    for name in names:
        transaction.on_commit(partial(storage().delete, name))
