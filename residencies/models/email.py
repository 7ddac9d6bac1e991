from django.db import models
from django.utils.translation import gettext_lazy as _

from residencies.choices import EmailKind, EmailStatus


class OutgoingEmail(models.Model):
    """A mail the site owes someone, written in the same transaction as the change it reports.

    A task sends it after commit; a failed send stays here, visible to staff, and
    `manage.py send_pending_emails` tries again. A broken mail server therefore
    never loses a submission nor a mail.
    """

    submission = models.ForeignKey(
        "residencies.Submission",
        verbose_name=_("submission"),
        on_delete=models.CASCADE,
        related_name="emails",
    )
    kind = models.CharField(_("kind"), max_length=30, choices=EmailKind.choices)
    language = models.CharField(_("language"), max_length=10)
    to = models.EmailField(_("to"))
    reply_to = models.EmailField(_("reply to"), blank=True)
    subject = models.CharField(_("subject"), max_length=255)
    body = models.TextField(_("body"))
    status = models.CharField(
        _("status"), max_length=10, choices=EmailStatus.choices, default=EmailStatus.PENDING, db_index=True
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    class Meta:
        verbose_name = _("outgoing e-mail")
        verbose_name_plural = _("outgoing e-mails")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.get_kind_display()} → {self.to}"
