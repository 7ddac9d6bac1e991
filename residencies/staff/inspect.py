"""Admin views that show more than fields: answers, attachments, reviews, mails, history and actions."""

from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import get_language
from wagtail.admin.views.generic.models import InspectView
from wagtail.log_actions import registry as log_registry

from residencies.answers import answer_rows
from residencies.choices import DECISIONS, OPEN_STATUSES, REVIEWED_LABELS, IntakePolicy, SubmissionStatus
from residencies.services import review as review_service
from residencies.staff.permissions import can_decide, sees_all, visible_submissions


class SubmissionInspectView(InspectView):
    template_name = "residencies/admin/submission_inspect.html"
    fields_exclude = ["answers", "follow_up", "id", "consent_text"]

    def get_object(self, queryset=None):
        return get_object_or_404(visible_submissions(self.request.user), pk=self.pk)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        submission, user = self.object, self.request.user
        rules = submission.intake.rules_page()
        page = submission.intake.page_in(get_language()) if rules else None
        deciding = can_decide(user)
        reviewed = rules is not None and rules.intake_policy == IntakePolicy.REVIEWED
        criteria = rules.intake_criteria() if rules else []
        reviews = list(submission.reviews.select_related("reviewer"))
        mine = next((r for r in reviews if r.reviewer_id == user.pk), None)
        assigned = review_service.is_assigned(user, submission.intake_id)
        context.update(
            answers=answer_rows(submission, page),
            follow_up_answers=answer_rows(submission, page, follow_up=True),
            attachments=[
                (f, reverse("residencies_submissions:file", args=[f.pk])) for f in submission.files.all()
            ],
            emails=submission.emails.all() if sees_all(user) else [],
            policy=rules.intake_policy if rules else None,
            status_label=REVIEWED_LABELS[submission.status] if reviewed else submission.get_status_display(),
            position=submission.waiting_position(),
            decisions=[(s.value, REVIEWED_LABELS[s]) for s in DECISIONS] if deciding else [],
            can_decide=deciding and reviewed and submission.status not in (SubmissionStatus.CANCELLED,),
            can_cancel=deciding and submission.status in OPEN_STATUSES,
            decide_url=reverse("residencies_submissions:decide", args=[submission.pk]),
            cancel_url=reverse("residencies_submissions:cancel", args=[submission.pk]),
            # Reviewing
            reviewing=reviewed and assigned and submission.status != SubmissionStatus.CANCELLED,
            my_review=mine,
            criteria=[
                (key, label, weight, (mine.scores.get(key) if mine else None))
                for key, label, weight in criteria
            ],
            score_range=range(review_service.SCORE_MIN, review_service.SCORE_MAX + 1),
            declare_url=reverse("residencies_submissions:declare", args=[submission.pk]),
            score_url=reverse("residencies_submissions:score", args=[submission.pk]),
            summary=review_service.summarise(reviews, criteria),
            # Deciders see every reviewer's scores; a reviewer sees only their own, so as not to be swayed.
            all_reviews=[(r, review_service.weighted_score(r.scores, criteria)) for r in reviews]
            if deciding
            else [],
            history=log_registry.get_logs_for_instance(submission).select_related("user")[:50]
            if deciding
            else [],
            **_move_context(submission, rules, deciding),
        )
        return context


def _move_context(submission, rules, deciding):
    """Other dates a first-come registration of a per-occurrence page can move to (staff/manual.py)."""
    from residencies.staff.manual import occurrence_choices
    from residencies.views.public import occurrence_slug

    movable = (
        deciding
        and rules is not None
        and rules.intake_per_occurrence
        and rules.intake_policy == IntakePolicy.FIRST_COME
        and submission.status in (SubmissionStatus.CONFIRMED, SubmissionStatus.WAITING)
    )
    if not movable:
        return {"move_choices": []}
    current = occurrence_slug(submission.intake.occurrence) if submission.intake.occurrence else ""
    return {
        "move_choices": [(slug, label) for slug, label in occurrence_choices(rules) if slug != current],
        "move_url": reverse("residencies_submissions:move", args=[submission.pk]),
    }


class OutgoingEmailInspectView(InspectView):
    template_name = "residencies/admin/email_inspect.html"
    fields_exclude = ["id"]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["retry_url"] = reverse("residencies_emails:retry", args=[self.object.pk])
        context["can_retry"] = self.object.status != "sent" and can_decide(self.request.user)
        return context
