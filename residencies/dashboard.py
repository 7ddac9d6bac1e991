"""The admin dashboard's calls panel and the calls' dates on the editors' timeline.

The panel lists open calls, and closed ones whose applications still wait for a
decision, with the counts that tell staff where work waits. Staff see every call;
reviewers only the calls they are assigned to, and "not reviewed" then means not
reviewed by them. Everyone else sees no panel (residencies.staff.permissions).
Whatever the number of calls: one query per call type, then three.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.db.models import Count, Exists, OuterRef, Q, Subquery
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.permission_policies.pages import PagePermissionPolicy

from residencies.choices import CallStatus, IntakePolicy, SubmissionStatus
from residencies.models import CALL_PAGE_TYPES, Review
from residencies.services.calls import call_status, decision_progress
from residencies.staff.permissions import is_reviewer, sees_all, visible_intakes, visible_submissions

# "New" applications: sent within this long.
NEW_WITHIN = timedelta(days=7)
CALL_FIELDS = (
    "id",
    "title",
    "draft_title",
    "path",
    "depth",
    "owner",
    "live",
    "url_path",
    "locale",
    "translation_key",
    "intake_policy",
    "intake_opens_at",
    "intake_closes_at",
    "intake_zone",
)


@dataclass
class CallRow:
    page: object
    status: str  # a CallStatus value
    closes_at: datetime | None
    zone: str
    zone_label: str
    reviewed: bool
    applications: int
    new: int
    unreviewed: int | None  # None: a first-come call, nobody reviews
    submissions_url: str
    edit_url: str

    @property
    def status_label(self):
        return CallStatus(self.status).label


def one_page_per_call(pages, language_code):
    """Calls come in two languages: each call once, in `language_code` where it exists.

    Each carries `.rules`, the page whose window rules the call (as Intake.rules_page: the
    translation source, else the default language): a translation not yet synced may
    still show older dates.
    """
    default = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    shown, rules = {}, {}
    for page in sorted(pages, key=lambda p: p.pk):
        key, code = page.translation_key, page.locale.language_code
        current = shown.get(key)
        if current is None or (code == language_code and current.locale.language_code != language_code):
            shown[key] = page
        rank = (page.locale_id != page.source_locale, code != default, page.pk)
        if key not in rules or rank < rules[key][0]:
            rules[key] = (rank, page)
    for key, page in shown.items():
        page.rules = rules[key][1]
    return list(shown.values())


def live_calls(language_code, fields=CALL_FIELDS):
    from wagtail_localize.models import TranslationSource

    source = TranslationSource.objects.filter(object_id=OuterRef("translation_key")).values("locale_id")[:1]
    pages = []
    for model in CALL_PAGE_TYPES:
        queryset = model.objects.live().only(*fields).select_related("locale")
        pages.extend(queryset.annotate(source_locale=Subquery(source)))
    return one_page_per_call(pages, language_code)


def _counts(user, keys, now):
    """{translation key: (sent, new, not reviewed)}, counting only what `user` may see. One query."""
    if sees_all(user):
        reviewed = Review.objects.filter(submission=OuterRef("pk"), scored_at__isnull=False)
    else:
        # A reviewer's own work: scored, or stood down for a conflict.
        reviewed = Review.objects.filter(submission=OuterRef("pk"), reviewer=user).filter(
            Q(scored_at__isnull=False) | Q(conflict=True)
        )
    sent = ~Q(status=SubmissionStatus.CANCELLED)
    rows = (
        visible_submissions(user)
        .filter(intake__translation_key__in=keys, intake__occurrence=None)
        .values("intake__translation_key")
        .annotate(
            sent=Count("pk", filter=sent),
            new=Count("pk", filter=sent & Q(created_at__gte=now - NEW_WITHIN)),
            unreviewed=Count("pk", filter=Q(status=SubmissionStatus.RECEIVED) & ~Exists(reviewed)),
        )
        .order_by()
    )
    return {row["intake__translation_key"]: (row["sent"], row["new"], row["unreviewed"]) for row in rows}


def dashboard_calls(user, language_code=None, now=None):
    """CallRows for `user`: open calls (soonest deadline first), then closed ones awaiting decisions."""
    if not (sees_all(user) or is_reviewer(user)):
        return []
    now = now or timezone.now()
    calls = live_calls(language_code or translation.get_language())
    keys = [call.translation_key for call in calls]
    # Staff: every call's list; a reviewer: the lists they are assigned to, so only those calls.
    intakes = dict(
        visible_intakes(user)
        .filter(translation_key__in=keys, occurrence=None)
        .values_list("translation_key", "pk")
    )
    if not sees_all(user):
        calls = [call for call in calls if call.translation_key in intakes]
    progress = decision_progress(
        c.translation_key for c in calls if c.rules.intake_policy == IntakePolicy.REVIEWED
    )
    counts = _counts(user, [c.translation_key for c in calls], now)
    policy = PagePermissionPolicy()
    rows = []
    for call in calls:
        released, awaiting = progress.get(call.translation_key, (0, 0))
        rules = call.rules
        status = call_status(rules, now, (released, awaiting))
        if not (status == CallStatus.OPEN or (status == CallStatus.CLOSED and awaiting)):
            continue
        sent, new, unreviewed = counts.get(call.translation_key, (0, 0, 0))
        reviewed = rules.intake_policy == IntakePolicy.REVIEWED
        intake_pk = intakes.get(call.translation_key)
        rows.append(
            CallRow(
                page=call,
                status=str(status),
                closes_at=rules.intake_closes_at,
                zone=rules.intake_zone,
                zone_label=rules.get_intake_zone_display(),
                reviewed=reviewed,
                applications=sent,
                new=new,
                unreviewed=unreviewed if reviewed else None,
                submissions_url=reverse("residencies_submissions:index") + f"?intake={intake_pk}"
                if intake_pk
                else "",
                edit_url=reverse("wagtailadmin_pages:edit", args=[call.pk])
                if policy.user_has_permission_for_instance(user, "change", call)
                else "",
            )
        )
    far = now + timedelta(days=365 * 100)
    rows.sort(key=lambda r: (r.status != CallStatus.OPEN, r.closes_at or far, r.page.title))
    return rows


class CallsPanel(Component):
    name = "samspel_calls"
    template_name = "residencies/admin/dashboard_calls.html"
    order = 100

    def get_context_data(self, parent_context):
        user = parent_context["request"].user
        return {
            "heading": _("Calls"),
            "rows": dashboard_calls(user),
            "new_days": NEW_WITHIN.days,
            "is_reviewer_only": not sees_all(user),
        }


def shows_calls_panel(user):
    return sees_all(user) or is_reviewer(user)


def timeline_items(year, request):
    """Each live call's opening, deadline and expected decisions (what is in `year` is kept by home)."""
    from home.timeline import TimelineItem

    user = request.user
    policy = PagePermissionPolicy()
    items = []
    for call in live_calls(translation.get_language(), fields=(*CALL_FIELDS, "decision_date")):
        common = {
            "title": call.title,
            "edit_url": reverse("wagtailadmin_pages:edit", args=[call.pk])
            if policy.user_has_permission_for_instance(user, "change", call)
            else "",
            "url": call.get_url(request) or "",
            "zone": call.rules.intake_zone,
        }
        dates = [
            (call.rules.intake_opens_at, "call-opens", _("Call opens")),
            (call.rules.intake_closes_at, "call-closes", _("Call closes")),
            (call.rules.decision_date, "decisions", _("Decisions expected")),
        ]
        items.extend(
            TimelineItem(when=when, kind=kind, label=str(label), **common)
            for when, kind, label in dates
            if when
        )
    return items
