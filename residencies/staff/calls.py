"""Per-call staff pages: release the decisions (after a confirmation), assign reviewers, export."""

from collections import Counter

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext as _

from residencies import services
from residencies.choices import DECISIONS, REVIEWED_LABELS
from residencies.models import Intake
from residencies.services import export
from residencies.services import review as review_service
from residencies.services.admission import DECISION_EMAILS
from residencies.services.emails import decision_template
from residencies.staff.actions import require_decider
from residencies.staff.columns import figures
from residencies.staff.permissions import sees_all, visible_intakes


def release(request, pk):
    """GET: what will be sent, per decision and language. POST: send it. Never one by one by accident."""
    require_decider(request)
    intake = get_object_or_404(visible_intakes(request.user), pk=pk)
    if request.method == "POST":
        count = services.release_decisions(intake, request.user)
        messages.success(request, _("%(count)d decisions sent.") % {"count": count})
        return redirect(reverse("residencies_intakes:index"))
    pending = intake.submissions.filter(
        status__in=DECISIONS, decided_at__isnull=False, decision_released_at__isnull=True
    )
    counts = Counter(pending.values_list("status", "language"))
    rows = [
        {
            "decision": REVIEWED_LABELS[status],
            "language": language,
            "count": count,
            "edited": decision_template(DECISION_EMAILS[status], language) is not None,
        }
        for (status, language), count in sorted(counts.items())
    ]
    return TemplateResponse(
        request,
        "residencies/admin/release_confirm.html",
        {"intake": intake, "rows": rows, "total": sum(counts.values()), "figures": figures(intake)},
    )


def reviewers(request, pk):
    """Who reviews this call: members of the Reviewers group (or anyone who may review) can be added."""
    require_decider(request)
    intake = get_object_or_404(Intake, pk=pk)
    candidates = (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(
            Q(groups__permissions__codename="review_submission")
            | Q(user_permissions__codename="review_submission")
        )
        .distinct()
        .order_by("first_name", "last_name", "username")
    )
    if request.method == "POST":
        user = get_object_or_404(candidates, pk=request.POST.get("user"))
        if request.POST.get("action") == "remove":
            review_service.unassign_reviewer(intake, user, by=request.user)
            messages.success(request, _("%(name)s no longer reviews this call.") % {"name": _name(user)})
        else:
            review_service.assign_reviewer(intake, user, by=request.user)
            messages.success(request, _("%(name)s now reviews this call.") % {"name": _name(user)})
        return redirect(reverse("residencies_intakes:reviewers", args=[intake.pk]))
    assigned = [a.reviewer for a in intake.assignments.select_related("reviewer")]
    return TemplateResponse(
        request,
        "residencies/admin/reviewers.html",
        {
            "intake": intake,
            "assigned": [(u, _name(u)) for u in assigned],
            "candidates": [(u, _name(u)) for u in candidates if u not in assigned],
        },
    )


def export_view(request, pk):
    """The call's applications as CSV or XLSX, headed in the editor's language. Staff only, not reviewers."""
    if not sees_all(request.user):
        raise PermissionDenied
    intake = get_object_or_404(Intake, pk=pk)
    fmt = request.GET.get("format", "csv")
    if fmt not in ("csv", "xlsx"):
        raise Http404
    name = slugify(intake.label) or "applications"
    intakes = [intake]
    if request.GET.get("all") and intake.occurrence:
        # Every date of the same page, in date order.
        intakes = list(Intake.objects.filter(translation_key=intake.translation_key).order_by("occurrence"))
    elif intake.occurrence:
        name += f"-{timezone.localtime(intake.occurrence):%Y%m%d-%H%M}"
    headings, rows = export.table(intakes, translation.get_language())
    if fmt == "xlsx":
        body = export.as_xlsx(headings, rows, intake.label)
        content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    else:
        body = export.as_csv(headings, rows)
        content_type = "text/csv; charset=utf-8"
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
    response["Cache-Control"] = "private, no-store"
    return response


def _name(user):
    return user.get_full_name() or user.get_username()
