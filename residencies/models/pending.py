from django.db import models
from django.utils.translation import gettext_lazy as _

from residencies.storage import private_storage


def pending_path(instance, filename):
    return f"pending/{filename}"


class PendingUpload(models.Model):
    """A valid file from a form post that failed for another reason, held until the form is sent.

    The browser cannot be made to re-send a file, so the form carries a signed token
    for each held file instead (residencies.services.pending). Stale ones are deleted
    by `manage.py clean_pending_uploads`.
    """

    key = models.UUIDField(_("key"), unique=True, editable=False)
    translation_key = models.UUIDField(_("page translation key"), db_index=True, editable=False)
    slot = models.CharField(_("requested attachment"), max_length=64, blank=True)
    file = models.FileField(_("file"), storage=private_storage, upload_to=pending_path, max_length=255)
    original_name = models.CharField(_("original file name"), max_length=255)
    content_type = models.CharField(_("content type"), max_length=50)
    size = models.PositiveIntegerField(_("size in bytes"))
    created_at = models.DateTimeField(_("created"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("held upload")
        verbose_name_plural = _("held uploads")

    def __str__(self):
        return self.original_name
