import os

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from home.choices import Country, Region
from residencies.choices import IntakePolicy, SubmissionStatus
from residencies.storage import private_storage


class Submission(models.Model):
    """A registration or an application: who, their answers, their consent and where they stand.

    Status and places change only through residencies.services.
    """

    intake = models.ForeignKey(
        "residencies.Intake", verbose_name=_("list"), on_delete=models.PROTECT, related_name="submissions"
    )
    reference = models.CharField(_("reference number"), max_length=32, unique=True, null=True, editable=False)
    status = models.CharField(_("status"), max_length=20, choices=SubmissionStatus.choices, db_index=True)

    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("e-mail"))
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    organisation_number = models.CharField(_("organisation number"), max_length=40, blank=True)
    country = models.CharField(_("country"), max_length=10, choices=Country.choices, blank=True)
    region = models.CharField(_("region"), max_length=30, choices=Region.choices, blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    art_form = models.CharField(_("art form"), max_length=200, blank=True)
    presentation = models.TextField(_("presentation"), blank=True, max_length=5000)
    # {question block id: value}; choice answers hold the choice's ListBlock item id.
    answers = models.JSONField(_("answers"), default=dict, blank=True)
    # Answers to the page's follow-up questions, given after acceptance; same keys scheme.
    follow_up = models.JSONField(_("follow-up answers"), default=dict, blank=True)
    follow_up_at = models.DateTimeField(_("follow-up answered"), null=True, blank=True)

    consent_text = models.TextField(_("consent text shown"))
    consent_version = models.CharField(_("consent version"), max_length=20)
    language = models.CharField(_("language"), max_length=10)

    # When it was sent (a draft: when it was first saved); the waiting list is in this order.
    created_at = models.DateTimeField(_("received"), db_index=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)
    reminded_at = models.DateTimeField(_("draft reminder sent"), null=True, blank=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decision_released_at = models.DateTimeField(_("decision sent"), null=True, blank=True)
    cancelled_at = models.DateTimeField(
        pgettext_lazy("registration or application", "cancelled"), null=True, blank=True
    )
    erased_at = models.DateTimeField(_("personal data erased"), null=True, blank=True)

    class Meta:
        verbose_name = _("submission")
        verbose_name_plural = _("submissions")
        ordering = ["created_at", "pk"]
        constraints = [
            # Makes a double submit harmless even where the lock is absent (SQLite).
            models.UniqueConstraint(
                F("intake"),
                Lower("email"),
                condition=~Q(status=SubmissionStatus.CANCELLED),
                name="residencies_one_open_submission_per_email",
            ),
        ]
        indexes = [models.Index(fields=["intake", "status", "created_at"], name="residencies_queue_idx")]
        permissions = [("review_submission", _("Can review the applications of calls one is assigned to"))]

    def __str__(self):
        return f"{self.reference} {self.name}"

    def waiting_position(self):
        """1-based place in the queue, derived from arrival order; None unless waiting."""
        if self.status != SubmissionStatus.WAITING:
            return None
        ahead = Submission.objects.filter(intake_id=self.intake_id, status=SubmissionStatus.WAITING).filter(
            Q(created_at__lt=self.created_at) | Q(created_at=self.created_at, pk__lt=self.pk)
        )
        return ahead.count() + 1

    def public_status(self, policy):
        """What the applicant may see: a reviewed decision stays 'received' until released."""
        if (
            policy == IntakePolicy.REVIEWED
            and self.status not in (SubmissionStatus.CANCELLED, SubmissionStatus.DRAFT)
            and self.decision_released_at is None
        ):
            return SubmissionStatus.RECEIVED
        return self.status

    def accepted_for(self, policy):
        """Accepted and told so: what opens the follow-up form."""
        return self.public_status(policy) == SubmissionStatus.CONFIRMED


def attachment_path(instance, filename):
    # The caller passes a server-made name; nothing of the visitor's file name reaches the disk.
    return f"submissions/{instance.submission.intake_id}/{filename}"


class SubmissionFile(models.Model):
    submission = models.ForeignKey(
        Submission, verbose_name=_("submission"), on_delete=models.CASCADE, related_name="files"
    )
    file = models.FileField(_("file"), storage=private_storage, upload_to=attachment_path, max_length=255)
    original_name = models.CharField(_("original file name"), max_length=255)
    # The requested attachment (its block id on the page) this file answers; empty: a loose file.
    slot = models.CharField(_("requested attachment"), max_length=64, blank=True)
    content_type = models.CharField(_("content type"), max_length=50)
    size = models.PositiveIntegerField(_("size in bytes"))

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
        ordering = ["pk"]

    def __str__(self):
        return self.original_name

    @property
    def download_name(self):
        base = os.path.splitext(self.original_name)[0] or "attachment"
        return f"{base}{os.path.splitext(self.file.name)[1]}"
