"""Columns of the admin lists: the lists with their places, and submissions with their scores."""

from collections import Counter

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column

from residencies.choices import DECISIONS, REVIEWED_LABELS, IntakePolicy, SubmissionStatus


def figures(intake):
    """Policy, places, confirmed, waiting, left, drafts and unsent decisions of a list (cached on it)."""
    if not hasattr(intake, "_figures"):
        rules = intake.rules_page()
        counts = Counter(intake.submissions.values_list("status", flat=True))
        places = rules.intake_capacity(intake.occurrence) if rules else None
        confirmed = counts[SubmissionStatus.CONFIRMED]
        reviewed = rules is not None and rules.intake_policy == IntakePolicy.REVIEWED
        intake._figures = {
            "rules": rules,
            "policy": rules.get_intake_policy_display() if rules else "",
            "places": "∞" if places is None else places,
            "confirmed": confirmed,
            "waiting": counts[SubmissionStatus.WAITING],
            "received": counts[SubmissionStatus.RECEIVED],
            "rejected": counts[SubmissionStatus.REJECTED],
            "drafts": counts[SubmissionStatus.DRAFT],
            "left": "∞" if places is None else max(0, places - confirmed),
            "reviewed": reviewed,
            "unreleased": intake.submissions.filter(
                status__in=DECISIONS, decided_at__isnull=False, decision_released_at__isnull=True
            ).count()
            if reviewed
            else 0,
        }
    return intake._figures


class ActionsColumn(Column):
    cell_template_name = "residencies/admin/intake_actions_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        from residencies.staff.permissions import can_decide, sees_all

        context = super().get_cell_context_data(instance, parent_context)
        user = parent_context["request"].user
        context.update(
            submissions_url=reverse("residencies_submissions:index") + f"?intake={instance.pk}",
            release_url=reverse("residencies_intakes:release", args=[instance.pk]),
            attendance_url=reverse("residencies_intakes:attendance", args=[instance.pk]),
            takes_attendance=_takes_attendance(instance),
            reviewers_url=reverse("residencies_intakes:reviewers", args=[instance.pk]),
            export_csv_url=reverse("residencies_intakes:export", args=[instance.pk]) + "?format=csv",
            export_xlsx_url=reverse("residencies_intakes:export", args=[instance.pk]) + "?format=xlsx",
            unreleased=figures(instance)["unreleased"],
            reviewed=figures(instance)["reviewed"],
            can_decide=can_decide(user),
            can_export=sees_all(user),
            **per_page_links(instance),
        )
        return context


def _takes_attendance(intake):
    from residencies.services.participation import counts_attendance

    return counts_attendance(figures(intake)["rules"])


def per_page_links(intake):
    """Add a person by hand (first come), and for one date of a page: all its dates, exported together."""
    from residencies.views.public import occurrence_slug

    rules = figures(intake)["rules"]
    links = {}
    if rules is not None and rules.intake_policy == IntakePolicy.FIRST_COME:
        links["add_url"] = reverse("residencies_submissions:add", args=[intake.translation_key]) + (
            f"?occurrence={occurrence_slug(intake.occurrence)}" if intake.occurrence else ""
        )
    if intake.occurrence:
        export = reverse("residencies_intakes:export", args=[intake.pk])
        links.update(
            dates_url=reverse("residencies_intakes:index") + f"?page={intake.translation_key}",
            export_all_csv_url=f"{export}?format=csv&all=1",
            export_all_xlsx_url=f"{export}?format=xlsx&all=1",
        )
    return links


def _figure(key):
    return lambda intake: figures(intake)[key]


INTAKE_COLUMNS = [
    Column("label", label=_("Call or list"), accessor=str),
    Column("policy", label=_("Admission"), accessor=_figure("policy")),
    Column("places", label=_("Places"), accessor=_figure("places")),
    Column("confirmed", label=_("Confirmed"), accessor=_figure("confirmed")),
    Column("left", label=_("Places left"), accessor=_figure("left")),
    Column("waiting", label=_("Waiting"), accessor=_figure("waiting")),
    Column("received", label=_("Awaiting decision"), accessor=_figure("received")),
    Column("drafts", label=_("Unsent drafts"), accessor=_figure("drafts")),
    ActionsColumn("actions", label=_("Actions")),
]


def status_label(submission):
    policy = getattr(submission, "policy", None)
    if policy == IntakePolicy.REVIEWED:
        return REVIEWED_LABELS[submission.status]
    return submission.get_status_display()


def _summary(key):
    def accessor(submission):
        summary = getattr(submission, "score_summary", None)
        return getattr(summary, key, "") if summary is not None else ""

    return accessor


def queue_positions(submissions):
    """Set `.queue_position` (1-based, in arrival order) on the waiting ones, in one query."""
    waiting = [s for s in submissions if s.status == SubmissionStatus.WAITING]
    if not waiting:
        return
    from residencies.models import Submission

    queue = (
        Submission.objects.filter(
            intake_id__in={s.intake_id for s in waiting}, status=SubmissionStatus.WAITING
        )
        .order_by("intake_id", "created_at", "pk")
        .values_list("pk", "intake_id")
    )
    positions, seen = {}, Counter()
    for pk, intake_id in queue:
        seen[intake_id] += 1
        positions[pk] = seen[intake_id]
    for submission in waiting:
        submission.queue_position = positions.get(submission.pk)


SUBMISSION_SCORE_COLUMNS = [
    Column("status_label", label=_("Status"), accessor=status_label),
    Column(
        "queue_position", label=_("Waiting list number"), accessor=lambda s: getattr(s, "queue_position", "")
    ),
    Column("average", label=_("Average score"), accessor=_summary("average_display")),
    Column("spread", label=_("Spread"), accessor=_summary("spread_display")),
    Column("review_count", label=_("Reviews"), accessor=_summary("reviews")),
]
