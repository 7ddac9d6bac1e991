"""The report to the funders in the admin, and its CSV and XLSX export.

Only superusers and staff with `residencies.view_funder_report` see it: the figures
are the programme's, not any one list's, so list visibility does not apply.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from residencies.models import ReportSettings
from residencies.report import chart, figures
from residencies.services import export

PERMISSION = "residencies.view_funder_report"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def can_see(user):
    return user.is_active and user.has_perm(PERMISSION)


def _report(request):
    if not can_see(request.user):
        raise PermissionDenied
    goal = ReportSettings.load(request_or_site=request).goal
    return figures.build(goal, translation.get_language())


def report_view(request):
    report = _report(request)
    url = reverse("residencies_funder_report_export")
    return TemplateResponse(
        request,
        "residencies/admin/funder_report.html",
        {
            "report": report,
            "chart": chart.chart(report),
            "groups": [
                (_("How they took part"), report.by_kind),
                (_("By country"), report.by_country),
                (_("By region"), report.by_region),
                (_("By programme activity"), report.by_activity),
            ],
            "csv_url": f"{url}?format=csv",
            "xlsx_url": f"{url}?format=xlsx",
        },
    )


def export_view(request):
    """The same figures as one table, headed in the editor's language."""
    fmt = request.GET.get("format", "csv")
    if fmt not in ("csv", "xlsx"):
        raise Http404
    report = _report(request)
    headings, rows = figures.table(report)
    if fmt == "xlsx":
        body, content_type = export.as_xlsx(headings, rows, _("Report to the funders")), XLSX
    else:
        body, content_type = export.as_csv(headings, rows), "text/csv; charset=utf-8"
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="samspel63-participation.{fmt}"'
    response["Cache-Control"] = "private, no-store"
    return response
