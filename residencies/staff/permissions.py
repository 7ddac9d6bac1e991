"""Who sees which submissions in the admin.

- Staff with `residencies.view_submission` see every list; with `change_submission`
  they also decide, release decisions, cancel and assign reviewers.
- Reviewers (`residencies.review_submission`, the "Reviewers" group) see only the lists
  they are assigned to, and score there. They never decide and never export.
- Everyone else, editors included, sees no submission at all.
Drafts belong to the applicant until sent: no one in the admin lists them.
"""

from wagtail.permission_policies import ModelPermissionPolicy

from residencies.choices import SubmissionStatus
from residencies.models import Intake, Submission


def sees_all(user):
    return user.is_active and user.has_perm("residencies.view_submission")


def is_reviewer(user):
    return user.is_active and user.has_perm("residencies.review_submission")


def can_decide(user):
    return user.is_active and user.has_perm("residencies.change_submission")


def visible_intakes(user):
    if sees_all(user):
        return Intake.objects.all()
    if is_reviewer(user):
        return Intake.objects.filter(assignments__reviewer=user)
    return Intake.objects.none()


def visible_submissions(user):
    queryset = Submission.objects.exclude(status=SubmissionStatus.DRAFT)
    if sees_all(user):
        return queryset
    if is_reviewer(user):
        return queryset.filter(intake__assignments__reviewer=user)
    return queryset.none()


def can_view_intake(user, intake):
    return visible_intakes(user).filter(pk=intake.pk).exists()


def can_view_submission(user, submission):
    return visible_submissions(user).filter(pk=submission.pk).exists()


class VisibilityPolicy(ModelPermissionPolicy):
    """Model permissions, widened for reviewers to 'view' (their rows are filtered by the views)."""

    def user_has_permission(self, user, action):
        if action == "view":
            return sees_all(user) or is_reviewer(user)
        if action in ("add", "delete"):
            return False  # records, not drafts: they change only through the services
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def user_has_permission_for_instance(self, user, action, instance):
        if not self.user_has_permission(user, action):
            return False
        if isinstance(instance, Submission):
            return can_view_submission(user, instance)
        if isinstance(instance, Intake):
            return can_view_intake(user, instance)
        return True

    def instances_user_has_permission_for(self, user, action):
        if not self.user_has_permission(user, action):
            return self.model.objects.none()
        return visible_submissions(user) if self.model is Submission else visible_intakes(user)
