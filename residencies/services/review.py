"""Reviewers: who may review which call, conflicts of interest, and weighted scores.

A reviewer first declares, per application, whether they have a conflict of interest.
With a conflict they can never score that application (the declaration is final, and
a database constraint keeps scores and a conflict apart); without one they score every
criterion on the call from SCORE_MIN to SCORE_MAX. The weighted score of one review is
sum(weight * score) / sum(weights); an application shows the average of its complete
reviews and the spread (highest minus lowest) between reviewers.
"""

from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from residencies.choices import SubmissionStatus
from residencies.models import Review, ReviewerAssignment
from residencies.services import history
from residencies.services.errors import (
    ConflictOfInterest,
    DeclarationNeeded,
    InvalidScores,
    NotAllowed,
    NotAssigned,
)

SCORE_MIN, SCORE_MAX = 1, 5


# --- Assignments ------------------------------------------------------------------


def assign_reviewer(intake, reviewer, by=None):
    assignment, created = ReviewerAssignment.objects.get_or_create(
        intake=intake, reviewer=reviewer, defaults={"assigned_by": by}
    )
    if created:
        history.record(intake, "residencies.assign", user=by, reviewer=reviewer.get_username())
    return assignment


def unassign_reviewer(intake, reviewer, by=None):
    deleted, _ = ReviewerAssignment.objects.filter(intake=intake, reviewer=reviewer).delete()
    if deleted:
        history.record(intake, "residencies.unassign", user=by, reviewer=reviewer.get_username())
    return bool(deleted)


def is_assigned(user, intake_id):
    return ReviewerAssignment.objects.filter(intake_id=intake_id, reviewer=user).exists()


# --- Declaring and scoring ----------------------------------------------------------


def declare(submission, reviewer, conflict, note="", now=None):
    """Record the reviewer's conflict-of-interest declaration for one application.

    "No conflict" may later become "conflict" (its scores are then dropped), never the reverse.
    """
    now = now or timezone.now()
    _check_reviewable(submission, reviewer)
    with transaction.atomic():
        review = Review.objects.select_for_update().filter(submission=submission, reviewer=reviewer).first()
        if review is not None and review.conflict:
            if conflict:
                return review
            raise ConflictOfInterest
        if review is None:
            review = Review(submission=submission, reviewer=reviewer)
        review.conflict = bool(conflict)
        review.conflict_note = note if conflict else ""
        review.declared_at = now
        if conflict:
            review.scores, review.note, review.scored_at = {}, "", None
        review.save()
        history.record(submission, "residencies.declare", user=reviewer, conflict=bool(conflict))
    return review


def score(submission, reviewer, scores, note="", now=None):
    """Save one reviewer's scores {criterion key: score} for an application. -> the Review."""
    now = now or timezone.now()
    _check_reviewable(submission, reviewer)
    rules = submission.intake.rules_page()
    criteria = rules.intake_criteria() if rules is not None else []
    keys = {key for key, _label, _weight in criteria}
    cleaned = {}
    for key, value in scores.items():
        if key not in keys:
            raise InvalidScores
        try:
            number = int(value)
        except (TypeError, ValueError):
            raise InvalidScores from None
        if not SCORE_MIN <= number <= SCORE_MAX:
            raise InvalidScores
        cleaned[key] = number
    if set(cleaned) != keys:
        raise InvalidScores
    with transaction.atomic():
        review = Review.objects.select_for_update().filter(submission=submission, reviewer=reviewer).first()
        if review is None:
            raise DeclarationNeeded
        if review.conflict:
            raise ConflictOfInterest
        review.scores, review.note, review.scored_at = cleaned, note, now
        review.save()
        total = weighted_score(cleaned, criteria)
        history.record(submission, "residencies.score", user=reviewer, total=_format(total))
    return review


def _check_reviewable(submission, reviewer):
    if not is_assigned(reviewer, submission.intake_id):
        raise NotAssigned
    if submission.status in (SubmissionStatus.DRAFT, SubmissionStatus.CANCELLED):
        raise NotAllowed


# --- Figures ------------------------------------------------------------------------


def weighted_score(scores, criteria):
    """sum(weight * score) / sum(weights) over the call's criteria; None unless every one is scored."""
    if not criteria or any(key not in scores for key, _label, _weight in criteria):
        return None
    total_weight = sum(weight for _key, _label, weight in criteria)
    return sum(weight * scores[key] for key, _label, weight in criteria) / total_weight


@dataclass
class ScoreSummary:
    reviews: int  # complete reviews counted
    conflicts: int
    average: float | None
    spread: float | None  # highest minus lowest weighted score

    @property
    def average_display(self):
        return _format(self.average)

    @property
    def spread_display(self):
        return _format(self.spread)


def summarise(reviews, criteria):
    """Average and spread of the weighted scores of complete, conflict-free reviews."""
    totals = []
    conflicts = 0
    for review in reviews:
        if review.conflict:
            conflicts += 1
            continue
        total = weighted_score(review.scores, criteria)
        if total is not None:
            totals.append(total)
    if not totals:
        return ScoreSummary(0, conflicts, None, None)
    return ScoreSummary(len(totals), conflicts, sum(totals) / len(totals), max(totals) - min(totals))


def _format(value):
    return "–" if value is None else f"{value:.2f}"
