"""A list's submissions as a table (CSV or XLSX), headed in the editor's language.

A call's applications, or an event's registrations (one date, or all its dates together).

Answers to the call's own questions and follow-up questions become columns, labelled
as the page in the editor's language labels them; the keys are the same in both
languages, so Swedish and Norwegian applications fill the same columns.
"""

import csv
import io

from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from residencies.answers import display_answer
from residencies.choices import REVIEWED_LABELS, IntakePolicy, SubmissionStatus
from residencies.models import Intake, Submission
from residencies.services.review import summarise

FIXED = (
    ("name", gettext_noop("Name")),
    ("email", gettext_noop("E-mail address")),
    ("phone", gettext_noop("Phone")),
    ("organisation", gettext_noop("Organisation")),
    ("organisation_number", gettext_noop("Organisation number")),
    ("country", gettext_noop("Country")),
    ("region", gettext_noop("Region")),
    ("art_form", gettext_noop("Art form or industry")),
    ("presentation", gettext_noop("Presentation")),
)
# Spreadsheet programs run cells that start with these as formulas.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def table(intakes, language):
    """(headings, rows) for every sent submission of the list(s), in `language`.

    `intakes` is one Intake or several lists of the same page (all dates of an event);
    with dates, a column says which date each row is for.
    """
    if isinstance(intakes, Intake):
        intakes = [intakes]
    with translation.override(language):
        return _table(list(intakes), language)


def _table(intakes, language):
    rules = intakes[0].rules_page() if intakes else None
    page = intakes[0].page_in(language) if intakes else None
    policy = rules.intake_policy if rules else None
    reviewed = policy == IntakePolicy.REVIEWED
    first_come = policy == IntakePolicy.FIRST_COME
    dated = any(intake.occurrence for intake in intakes)
    with_files = bool(rules and rules.intake_file_limit)
    # The fixed fields the page asks for; a call asks for all of them.
    fixed = [(name, label) for name, label in FIXED if rules is None or name in rules.intake_fields]
    questions = page.intake_questions_list() if page else []
    follow_up = page.intake_follow_up_list() if page else []
    criteria = rules.intake_criteria() if rules else []
    headings = [_("Reference number"), _("Status"), _("Received"), _("Language")]
    headings += [_("Date")] if dated else []
    headings += [_("Waiting list number")] if first_come else []
    headings += [_(label) for _name, label in fixed]
    headings += [value["label"] for _key, _type, value in questions]
    headings += [_("Follow-up") + ": " + value["label"] for _key, _type, value in follow_up]
    headings += [_("Attachments")] if with_files else []
    headings += [_("Reviews"), _("Average score"), _("Spread"), _("Decided")] if reviewed else []
    submissions = (
        Submission.objects.filter(intake__in=intakes)
        .exclude(status=SubmissionStatus.DRAFT)
        .select_related("intake")
        .prefetch_related("files", "reviews")
        .order_by("intake__occurrence", "created_at", "pk")
    )
    rows = []
    positions = {}
    for s in submissions:
        status = REVIEWED_LABELS[s.status] if reviewed else s.get_status_display()
        row = [s.reference, str(status), _local(s.created_at), s.language]
        if dated:
            row.append(_local(s.intake.occurrence))
        if first_come:
            if s.status == SubmissionStatus.WAITING:
                positions[s.intake_id] = positions.get(s.intake_id, 0) + 1
            row.append(positions[s.intake_id] if s.status == SubmissionStatus.WAITING else "")
        for name, _label in fixed:
            display = getattr(s, f"get_{name}_display", None)
            row.append(str(display()) if display else getattr(s, name))
        row += [display_answer(t, v, s.answers.get(k)) for k, t, v in questions]
        row += [display_answer(t, v, s.follow_up.get(k)) for k, t, v in follow_up]
        if with_files:
            row.append(", ".join(f.original_name for f in s.files.all()))
        if reviewed:
            summary = summarise(s.reviews.all(), criteria)
            row += [
                summary.reviews,
                "" if summary.average is None else round(summary.average, 2),
                "" if summary.spread is None else round(summary.spread, 2),
                _local(s.decided_at),
            ]
        rows.append(row)
    return headings, rows


def _local(moment):
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M") if moment else ""


def _safe(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def as_csv(headings, rows):
    buffer = io.StringIO()
    buffer.write("\ufeff")  # so spreadsheet programs read UTF-8 (å, ä, ø) correctly
    writer = csv.writer(buffer)
    writer.writerow(headings)
    for row in rows:
        writer.writerow([_safe(v) for v in row])
    return buffer.getvalue().encode("utf-8")


def as_xlsx(headings, rows, title):
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "".join(ch for ch in title if ch not in "[]:*?/\\")[:31] or "Applications"
    sheet.append(headings)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append([_safe(v) for v in row])
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
