"""Staff actions on submissions. Each checks who may act and calls a service; none changes status itself."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from residencies import services
from residencies.choices import DECISIONS
from residencies.models import OutgoingEmail, SubmissionFile
from residencies.services import history
from residencies.services import review as review_service
from residencies.services.emails import deliver
from residencies.staff.permissions import can_decide, visible_submissions


def require_decider(request):
    if not can_decide(request.user):
        raise PermissionDenied


def visible_submission(request, pk):
    return get_object_or_404(visible_submissions(request.user), pk=pk)


def inspect_url(submission):
    return reverse("residencies_submissions:inspect", args=[submission.pk])


def download_file(request, pk):
    """An attachment, only for staff who may see its list; always a download, never shown inline."""
    attachment = get_object_or_404(SubmissionFile, pk=pk)
    if not visible_submissions(request.user).filter(pk=attachment.submission_id).exists():
        raise PermissionDenied
    try:
        handle = attachment.file.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(
        handle, as_attachment=True, filename=attachment.download_name, content_type=attachment.content_type
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["Cache-Control"] = "private, no-store"
    return response


@require_POST
def decide(request, pk):
    require_decider(request)
    submission = visible_submission(request, pk)
    decision = request.POST.get("decision")
    if decision not in DECISIONS:
        raise Http404
    try:
        services.decide(submission, decision, request.user, override=request.POST.get("override") == "1")
    except services.SubmissionError as refused:
        messages.error(request, str(refused.message))
    else:
        messages.success(request, _("Decision saved. The applicant is told when you send the decisions."))
    return redirect(inspect_url(submission))


@require_POST
def cancel(request, pk):
    require_decider(request)
    submission = visible_submission(request, pk)
    try:
        services.cancel(submission, user=request.user)
    except services.SubmissionError as refused:
        messages.error(request, str(refused.message))
    else:
        messages.success(request, _("The submission is cancelled; the person has been told."))
    return redirect(inspect_url(submission))


@require_POST
def declare(request, pk):
    """A reviewer's conflict-of-interest declaration, before any scoring."""
    submission = visible_submission(request, pk)
    conflict = request.POST.get("conflict")
    if conflict not in ("yes", "no"):
        messages.error(request, _("Say whether you have a conflict of interest."))
        return redirect(inspect_url(submission))
    try:
        review_service.declare(
            submission, request.user, conflict == "yes", request.POST.get("note", "")[:2000]
        )
    except services.SubmissionError as refused:
        messages.error(request, str(refused.message))
    else:
        messages.success(request, _("Your declaration is saved."))
    return redirect(inspect_url(submission))


@require_POST
def score(request, pk):
    submission = visible_submission(request, pk)
    scores = {
        key.removeprefix("score_"): value
        for key, value in request.POST.items()
        if key.startswith("score_") and value != ""
    }
    try:
        review_service.score(submission, request.user, scores, request.POST.get("note", "")[:5000])
    except services.SubmissionError as refused:
        messages.error(request, str(refused.message))
    else:
        messages.success(request, _("Your scores are saved."))
    return redirect(inspect_url(submission))


@require_POST
def retry_email(request, pk):
    require_decider(request)
    mail = get_object_or_404(OutgoingEmail, pk=pk)
    result = deliver(mail.pk)
    if result == "sent":
        history.record(mail.submission, "residencies.resend", user=request.user, subject=mail.subject)
        messages.success(request, _("The e-mail has been sent."))
    else:
        messages.error(request, _("The e-mail could not be sent. See its last error."))
    return redirect(reverse("residencies_emails:inspect", args=[mail.pk]))
