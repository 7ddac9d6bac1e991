"""Helpers for the funders' report and attendance tests: people taking part, the short way."""

from residencies import services
from residencies.choices import SubmissionStatus
from residencies.services import participation
from tests.residencies.conftest import cv_slot, pdf_upload


def attend(page, data, occurrence=None, language="sv", now=None):
    """Register `data` on a first-come page and mark them as attended. -> the submission."""
    submission = services.submit(page, data, language=language, occurrence=occurrence, now=now)
    marked = participation.attended_ids(submission.intake) | {submission.pk}
    participation.set_attendance(submission.intake, marked)
    return submission


def accept(page, data, language="sv", release=True):
    """Apply to a reviewed call with its CV, accept, and (by default) send the decision."""
    upload = pdf_upload()
    upload.slot = cv_slot(page)
    submission = services.submit(page, data, files=[upload], language=language)
    services.decide(submission, SubmissionStatus.CONFIRMED)
    if release:
        services.release_decisions(submission.intake)
    return submission
