"""Mark who attended one list (an event date): checkboxes for every confirmed registration.

Staff who decide (change_submission) mark and unmark; the service records each change in
the submission's history and in the funders' figures (services.participation).
"""

from django.contrib import messages
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from residencies import services
from residencies.choices import SubmissionStatus
from residencies.services import participation
from residencies.staff.actions import require_decider
from residencies.staff.permissions import visible_intakes


def attendance(request, pk):
    require_decider(request)
    intake = get_object_or_404(visible_intakes(request.user), pk=pk)
    if not participation.counts_attendance(intake.rules_page()):
        raise Http404
    if request.method == "POST":
        wanted = [value for value in request.POST.getlist("attended") if value.isdigit()]
        try:
            marked, unmarked = participation.set_attendance(intake, wanted, user=request.user)
        except services.SubmissionError as refused:
            messages.error(request, str(refused.message))
        else:
            messages.success(
                request,
                _("Attendance saved: %(marked)s, %(unmarked)s.")
                % {
                    "marked": ngettext("%(n)d person marked", "%(n)d people marked", len(marked))
                    % {"n": len(marked)},
                    "unmarked": ngettext("%(n)d person unmarked", "%(n)d people unmarked", len(unmarked))
                    % {"n": len(unmarked)},
                },
            )
        return redirect(reverse("residencies_intakes:attendance", args=[intake.pk]))
    attended = participation.attended_ids(intake)
    # Confirmed people, and anyone marked before (who may since have cancelled).
    people = intake.submissions.filter(Q(status=SubmissionStatus.CONFIRMED) | Q(pk__in=attended)).order_by(
        "name", "pk"
    )
    rows = [
        {
            "submission": s,
            "attended": s.pk in attended,
            "markable": s.status == SubmissionStatus.CONFIRMED and s.erased_at is None,
        }
        for s in people
    ]
    return TemplateResponse(
        request,
        "residencies/admin/attendance.html",
        {
            "intake": intake,
            "rows": rows,
            "attended_count": len(attended),
            "back_url": reverse("residencies_intakes:index"),
        },
    )
