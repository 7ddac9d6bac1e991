"""The form on a page: send, or save a draft; a failed post keeps every answer and every valid file.

It renders and redirects; every rule is in residencies.services.
"""

from datetime import UTC, datetime

from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import get_language

from home.abuse import rate_limited
from residencies import services
from residencies.forms import NEW, SubmissionForm
from residencies.models import IntakeState
from residencies.services import pending, tokens

# References of submissions made in this browser session: a double post by the
# same person lands on their receipt, while a stranger typing their address does not.
SESSION_KEY = "residencies_own_submissions"
JUST_SUBMITTED = "residencies_just_submitted"
OCCURRENCE_FORMAT = "%Y%m%dT%H%M%SZ"


def occurrence_slug(occurrence):
    """An occurrence in a URL: UTC like an iCal RECURRENCE-ID, never ambiguous at a clock change."""
    return occurrence.astimezone(UTC).strftime(OCCURRENCE_FORMAT)


def parse_occurrence(slug):
    try:
        return datetime.strptime(slug, OCCURRENCE_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        return None


def submission_url(page, submission, request=None, suffix=""):
    route = {"cancel": "intake_cancel", "edit": "intake_edit", "follow-up": "intake_follow_up"}.get(
        suffix, "intake_submission"
    )
    return page.get_url(request) + page.reverse_subpage(
        route, kwargs={"token": tokens.make_token(submission)}
    )


def privacy_url(request):
    """The privacy notice in the visitor's language, for the consent box."""
    from home import chrome

    # The footer links the same notice: the shared chrome has its address already.
    return chrome.for_request(request)["privacy_url"] if request is not None else ""


def context(page, request, **extra):
    """The page's context, with what its kept content needs (home.models.mixins.KeptContentMixin: the
    form view shows the page's facts too) and the form view's own values, which the page need not
    work out again."""
    content = page.content_context(request) if hasattr(page, "content_context") else {}
    return page.get_context(request, intake_context=extra) | content | extra


def remember(request, submission):
    request.session[SESSION_KEY] = request.session.get(SESSION_KEY, [])[-19:] + [submission.reference]
    request.session[JUST_SUBMITTED] = submission.reference


def held_files(page, request):
    """Files held from an earlier failed post of this form, minus those the visitor removed."""
    if request.method != "POST":
        return []
    # Compared by key: a token is re-signed (new timestamp) each time the form is shown.
    dropped = set(pending.keys_of(request.POST.getlist("drop")))
    return [p for p in pending.resolve(page, request.POST.getlist("kept")) if p.key not in dropped]


def keep_files(page, form, held):
    """After a failed post: hold the valid new files; a new file in a slot replaces the held one."""
    new = pending.hold(page, form.new_files())
    slots = {p.slot for p in new if p.slot}
    replaced = [p for p in held if p.slot in slots]
    pending.discard(replaced)
    kept = [p for p in held if p not in replaced] + new
    for item in kept:
        item.token = pending.token_for(item)
    return kept


@rate_limited("intake")
def form_view(page, request, occurrence=None):
    if occurrence is None and page.intake_per_occurrence:
        raise Http404
    if occurrence is not None and not (
        page.intake_per_occurrence and page.intake_occurrence_is_valid(occurrence)
    ):
        raise Http404
    rules = services.rules_for(page)
    if not rules.intake_enabled:
        raise Http404
    state = services.intake_availability(page, occurrence, rules=rules)
    form = None
    kept = []
    if state == IntakeState.OPEN:
        kept = held_files(page, request)
        saving_draft = request.POST.get("action") == "save"
        form = SubmissionForm(
            request.POST or None,
            request.FILES or None,
            page=page,
            mode=NEW,
            saving_draft=saving_draft,
            kept=kept,
            # A post needs the link only if the form is shown again (below).
            privacy_url="" if request.method == "POST" else privacy_url(request),
        )
        if request.method == "POST":
            if form.is_valid():
                files = form.files_list + [pending.as_file(p) for p in kept if p.slot not in _slots(form)]
                try:
                    submission = services.submit(
                        page,
                        form.submission_data(),
                        files,
                        language=get_language(),
                        occurrence=occurrence,
                        draft=saving_draft,
                        rules=rules,
                    )
                except services.AlreadySubmitted as error:
                    if error.existing and error.existing.reference in request.session.get(SESSION_KEY, []):
                        pending.discard(kept)
                        return redirect(submission_url(page, error.existing, request))
                    form.add_error("email", error.message)
                except services.NotOpen as error:
                    state, form = error.state, None
                except services.SubmissionError as error:
                    form.add_error(None, error.message)
                except ValidationError as error:  # the service re-checks files; the form normally catches it
                    form.add_error(None, error)
                else:
                    for handle in files:
                        if hasattr(handle, "pending"):
                            handle.close()
                    pending.discard(kept)
                    remember(request, submission)
                    return redirect(submission_url(page, submission, request))
            if form is not None:
                kept = keep_files(page, form, kept)
                form.kept = kept
                form.set_privacy_url(privacy_url(request))
    return TemplateResponse(
        request,
        page.intake_form_template,
        context(
            page,
            request,
            form=form,
            kept_files=kept,
            intake_state=state,
            intake_occurrence=occurrence,
            intake_rules=rules,
            places_left=services.places_left(page, occurrence, rules=rules),
            closes_at=rules.intake_window(occurrence)[1],
            form_action="",
        ),
        status=200,
    )


def _slots(form):
    """Slots that got a new file in this post (it replaces a held one)."""
    return {f.slot for f in form.files_list if f.slot}
