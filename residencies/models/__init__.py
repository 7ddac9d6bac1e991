from .call_types import CALL_PAGE_TYPES, CallIndexPage, ResidencyPage, StudyTripPage
from .calls import CallPage
from .email import OutgoingEmail
from .email_templates import DecisionEmailTemplate
from .intake import Intake
from .mixins import IntakePageMixin, IntakeSettingsMixin, IntakeState
from .participation import Participation, ParticipationKind, ReportSettings
from .pending import PendingUpload
from .review import Review, ReviewerAssignment
from .submission import Submission, SubmissionFile

__all__ = [
    "CALL_PAGE_TYPES",
    "CallIndexPage",
    "CallPage",
    "DecisionEmailTemplate",
    "Intake",
    "IntakePageMixin",
    "IntakeSettingsMixin",
    "IntakeState",
    "OutgoingEmail",
    "Participation",
    "ParticipationKind",
    "PendingUpload",
    "ReportSettings",
    "ResidencyPage",
    "Review",
    "ReviewerAssignment",
    "StudyTripPage",
    "Submission",
    "SubmissionFile",
]
