from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ReviewerAssignment(models.Model):
    """A reviewer may see and score the applications of one list (a call, in both languages)."""

    intake = models.ForeignKey(
        "residencies.Intake", verbose_name=_("list"), on_delete=models.CASCADE, related_name="assignments"
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewer"),
        on_delete=models.CASCADE,
        related_name="review_assignments",
    )
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assigned by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("assigned"), auto_now_add=True)

    class Meta:
        verbose_name = _("reviewer assignment")
        verbose_name_plural = _("reviewer assignments")
        constraints = [
            models.UniqueConstraint(
                fields=["intake", "reviewer"], name="residencies_one_assignment_per_reviewer"
            )
        ]

    def __str__(self):
        return f"{self.reviewer} → {self.intake}"


class Review(models.Model):
    """One reviewer's word on one application: first the conflict declaration, then the scores.

    A review with `conflict=True` can never hold scores (residencies.services.review).
    """

    submission = models.ForeignKey(
        "residencies.Submission",
        verbose_name=_("application"),
        on_delete=models.CASCADE,
        related_name="reviews",
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("reviewer"), on_delete=models.CASCADE, related_name="+"
    )
    conflict = models.BooleanField(_("conflict of interest"))
    conflict_note = models.TextField(_("about the conflict"), blank=True)
    declared_at = models.DateTimeField(_("declared"))
    # {criterion block id: score}; the weights live on the call page.
    scores = models.JSONField(_("scores"), default=dict, blank=True)
    note = models.TextField(_("note"), blank=True)
    scored_at = models.DateTimeField(_("scored"), null=True, blank=True)

    class Meta:
        verbose_name = _("review")
        verbose_name_plural = _("reviews")
        ordering = ["declared_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["submission", "reviewer"], name="residencies_one_review_per_reviewer"
            ),
            models.CheckConstraint(
                condition=models.Q(conflict=False) | models.Q(scores={}),
                name="residencies_no_scores_with_conflict",
            ),
        ]

    def __str__(self):
        return f"{self.reviewer}: {self.submission.reference}"
