"""The private link (no account): status, edit or send a draft, follow-up after acceptance, withdraw."""

from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.template.response import TemplateResponse

from home.abuse import ProtectedConfirmForm, rate_limited
from residencies import services
from residencies.answers import answer_rows
from residencies.choices import OPEN_STATUSES, SubmissionStatus
from residencies.forms import DRAFT, EDIT, FollowUpForm, SubmissionForm
from residencies.models import IntakeState
from residencies.services import pending, tokens
from residencies.views.public import JUST_SUBMITTED, context, held_files, keep_files, remember, submission_url


def _submission_or_problem(page, request, token):
    """(submission, None) for a valid link to this page's list, else (None, an error response)."""
    try:
        submission = tokens.read_token(token)
    except tokens.LinkExpired:
        return None, _link_problem(page, request, expired=True)
    except tokens.LinkInvalid:
        return None, _link_problem(page, request, expired=False)
    if submission.intake.translation_key != page.translation_key:
        return None, _link_problem(page, request, expired=False)
    return submission, None


def _link_problem(page, request, expired):
    return TemplateResponse(
        request,
        "residencies/link_problem.html",
        context(page, request, expired=expired),
        status=410 if expired else 404,
    )


def _status_context(page, request, submission):
    rules = submission.intake.rules_page() or page
    public_status = submission.public_status(rules.intake_policy)
    is_draft = submission.status == SubmissionStatus.DRAFT
    return context(
        page,
        request,
        submission=submission,
        public_status=public_status,
        public_status_label=SubmissionStatus(public_status).label,
        position=submission.waiting_position() if public_status == SubmissionStatus.WAITING else None,
        answers=answer_rows(submission, page),
        follow_up_answers=answer_rows(submission, page, follow_up=True) if submission.follow_up else [],
        attachments=list(submission.files.all()),
        intake_rules=rules,
        is_draft=is_draft,
        can_cancel=(public_status in OPEN_STATUSES and submission.status in OPEN_STATUSES) or is_draft,
        can_edit=services.is_editable(submission, rules),
        can_follow_up=bool(page.intake_follow_up_list()) and submission.accepted_for(rules.intake_policy),
        cancel_url=submission_url(page, submission, request, suffix="cancel"),
        edit_url=submission_url(page, submission, request, suffix="edit"),
        follow_up_url=submission_url(page, submission, request, suffix="follow-up"),
        closes_at=rules.intake_window(submission.intake.occurrence)[1],
    )


def status_view(page, request, token):
    submission, problem = _submission_or_problem(page, request, token)
    if problem:
        return problem
    ctx = _status_context(page, request, submission)
    ctx["just_submitted"] = request.session.pop(JUST_SUBMITTED, None) == submission.reference
    ctx["done"] = request.GET.get("done", "")
    ctx["just_cancelled"] = ctx["done"] == "cancelled"
    return TemplateResponse(request, page.intake_status_template, ctx)


@rate_limited("link")
def cancel_view(page, request, token):
    submission, problem = _submission_or_problem(page, request, token)
    if problem:
        return problem
    error = None
    confirm_form = ProtectedConfirmForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and not confirm_form.is_valid():
        error = confirm_form.non_field_errors()[0]
    elif request.method == "POST":
        done = "discarded" if submission.status == SubmissionStatus.DRAFT else "cancelled"
        try:
            services.cancel(submission)
        except services.SubmissionError as refused:
            error = refused.message
        else:
            return redirect(submission_url(page, submission, request) + f"?done={done}")
    ctx = _status_context(page, request, submission)
    ctx["error"] = error
    ctx["confirm_form"] = confirm_form
    return TemplateResponse(request, "residencies/submission_cancel.html", ctx)


@rate_limited("link")
def edit_view(page, request, token):
    """Continue a draft (save again, or send it), or change a sent submission before the deadline."""
    submission, problem = _submission_or_problem(page, request, token)
    if problem:
        return problem
    rules = submission.intake.rules_page() or page
    is_draft = submission.status == SubmissionStatus.DRAFT
    if not services.is_editable(submission, rules):
        return redirect(submission_url(page, submission, request))
    stored = list(submission.files.all())
    # Only ids can name a stored file; anything else posted here is ignored, not looked up.
    posted = request.POST.getlist("remove_file") if request.method == "POST" else []
    removed = {value for value in posted if value.isascii() and value.isdigit() and len(value) < 19}
    held = held_files(page, request)
    kept = [f for f in stored if str(f.pk) not in removed] + held
    saving_draft = is_draft and request.POST.get("action") == "save"
    form = SubmissionForm(
        request.POST or None,
        request.FILES or None,
        page=page,
        mode=DRAFT if is_draft else EDIT,
        saving_draft=saving_draft,
        kept=kept,
        submission=submission,
    )
    if request.method == "POST":
        if form.is_valid():
            new_slots = {f.slot for f in form.files_list if f.slot}
            files = form.files_list + [pending.as_file(p) for p in held if p.slot not in new_slots]
            try:
                if is_draft and not saving_draft:
                    updated = services.send_draft(submission, form.submission_data(), files, removed)
                else:
                    updated = services.update_submission(submission, form.submission_data(), files, removed)
            except services.NotOpen as refused:
                form.add_error(None, refused.message)
            except services.SubmissionError as refused:
                form.add_error(None, refused.message)
            except ValidationError as refused:
                form.add_error(None, refused)
            else:
                for handle in files:
                    if hasattr(handle, "pending"):
                        handle.close()
                pending.discard(held)
                if is_draft and not saving_draft:
                    remember(request, updated)
                    return redirect(submission_url(page, updated, request))
                return redirect(submission_url(page, updated, request) + "?done=saved")
        held = keep_files(page, form, held)
        new_slots = {p.slot for p in held if p.slot}
        form.kept = [f for f in stored if str(f.pk) not in removed and f.slot not in new_slots] + held
    ctx = _status_context(page, request, submission)
    ctx.update(
        form=form,
        stored_files=[f for f in stored if str(f.pk) not in removed],
        kept_files=held,
        form_action="",
        intake_state=IntakeState.OPEN,
    )
    return TemplateResponse(request, "residencies/submission_edit.html", ctx)


@rate_limited("link")
def follow_up_view(page, request, token):
    submission, problem = _submission_or_problem(page, request, token)
    if problem:
        return problem
    rules = submission.intake.rules_page() or page
    if not page.intake_follow_up_list() or not submission.accepted_for(rules.intake_policy):
        return redirect(submission_url(page, submission, request))
    form = FollowUpForm(request.POST or None, page=page, answers=submission.follow_up)
    if request.method == "POST" and form.is_valid():
        services.save_follow_up(submission, form.answers())
        return redirect(submission_url(page, submission, request) + "?done=follow-up")
    ctx = _status_context(page, request, submission)
    ctx["form"] = form
    return TemplateResponse(request, "residencies/submission_follow_up.html", ctx)
