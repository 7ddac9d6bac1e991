from .application import DRAFT, EDIT, FIXED_FIELDS, NEW, SubmissionForm
from .follow_up import FollowUpForm

__all__ = ["DRAFT", "EDIT", "FIXED_FIELDS", "NEW", "FollowUpForm", "SubmissionForm"]
