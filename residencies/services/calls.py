"""Calls as visitors see them: their derived status, the listings, and what a call page shows.

A call's status is derived, never stored:
  upcoming  before the window opens
  open      while it is open (a first-come call without places left says so, see the form)
  closed    after the deadline
  decided   closed, every application decided, and the decisions released
Deriving it needs nothing but the window and one grouped query over the decisions,
and it can never disagree with the dates an editor has just changed.
"""

from django.db.models import Count, Q, prefetch_related_objects
from django.utils import timezone

from home.models.pages import image_renditions_prefetch
from home.visibility import visible
from residencies.choices import CallStatus, IntakePolicy, SubmissionStatus
from residencies.models import CALL_PAGE_TYPES, IntakeState, Submission

STATE_TO_STATUS = {
    IntakeState.NOT_YET_OPEN: CallStatus.UPCOMING,
    IntakeState.OPEN: CallStatus.OPEN,
    IntakeState.FULL: CallStatus.OPEN,
    IntakeState.CLOSED: CallStatus.CLOSED,
    IntakeState.DISABLED: CallStatus.CLOSED,
}
ORDER = {CallStatus.OPEN: 0, CallStatus.UPCOMING: 1, CallStatus.CLOSED: 2, CallStatus.DECIDED: 3}


def decision_progress(translation_keys):
    """{translation key: (released decisions, applications still awaiting one)} in one query."""
    rows = (
        Submission.objects.filter(intake__translation_key__in=list(translation_keys), intake__occurrence=None)
        .values("intake__translation_key")
        .annotate(
            released=Count("pk", filter=Q(decision_released_at__isnull=False)),
            awaiting=Count(
                "pk",
                filter=Q(status=SubmissionStatus.RECEIVED)
                | Q(decided_at__isnull=False, decision_released_at__isnull=True)
                & ~Q(status=SubmissionStatus.CANCELLED),
            ),
        )
    )
    return {row["intake__translation_key"]: (row["released"], row["awaiting"]) for row in rows}


def call_status(page, now=None, progress=None):
    """The call's status (see the module docstring); `progress` is its decision_progress() entry."""
    status = STATE_TO_STATUS[page.intake_state(now=now)]
    if status == CallStatus.CLOSED and page.intake_policy == IntakePolicy.REVIEWED:
        if progress is None:
            progress = decision_progress([page.translation_key]).get(page.translation_key)
        released, awaiting = progress or (0, 0)
        if released and not awaiting:
            return CallStatus.DECIDED
    return status


def listed_calls(locale, parent=None, activity=None, statuses=None, limit=None, now=None, images=True):
    """Live, public calls in one language, open ones first (soonest deadline first), then upcoming
    (soonest opening), then closed and decided (latest first). Each carries `.call_status`.

    The cost is the same for 3 calls or 300: one query per call type, one for the decisions when a
    closed reviewed call is among them, and the images (`images=False`: none) of the calls returned.
    """
    now = now or timezone.now()
    wanted = set(statuses) if statuses is not None else None
    calls = []
    for model in CALL_PAGE_TYPES:
        # Cards show no StreamField, and parsing a call's five of them was most of a listing's CPU.
        queryset = visible(model).filter(locale=locale).defer_streamfields()
        if parent is not None:
            queryset = queryset.child_of(parent)
        if activity is not None:
            queryset = queryset.filter(activity__translation_key=activity.translation_key)
        if wanted is not None and not wanted & {CallStatus.CLOSED, CallStatus.DECIDED}:
            # Only open and upcoming ones (the home page): the closed ones stay in the database.
            # The same test as intake_state(), which still decides below.
            queryset = queryset.exclude(intake_policy=IntakePolicy.NONE).exclude(intake_closes_at__lte=now)
        calls.extend(queryset)
    for call in calls:
        call.call_status = STATE_TO_STATUS[call.intake_state(now=now)]
    # Only a closed, reviewed call can be decided; the query is for those alone.
    reviewed = [
        c for c in calls if c.call_status == CallStatus.CLOSED and c.intake_policy == IntakePolicy.REVIEWED
    ]
    if reviewed:
        progress = decision_progress(c.translation_key for c in reviewed)
        for call in reviewed:
            call.call_status = call_status(call, now, progress.get(call.translation_key, (0, 0)))
    if wanted is not None:
        calls = [c for c in calls if c.call_status in wanted]
    calls.sort(key=lambda c: (ORDER[c.call_status], *_sort_key(c)))
    calls = calls[:limit] if limit else calls
    if images:
        prefetch_related_objects(calls, image_renditions_prefetch())
    return calls


def _sort_key(call):
    def stamp(moment):
        return moment.timestamp() if moment else float("inf")

    if call.call_status == CallStatus.OPEN:
        return stamp(call.intake_closes_at), call.title
    if call.call_status == CallStatus.UPCOMING:
        return stamp(call.intake_opens_at), call.title
    return -stamp(call.intake_closes_at), call.title


def call_context(page, request, known=None):
    """What the call page template needs, besides the page: status, places, deadline and the form.

    `known`: values a view has worked out already and shows instead (the form view passes its
    own rules, state, places and form): they are used as they are, not looked up again.
    """
    from residencies import services
    from residencies.forms import SubmissionForm
    from residencies.views.public import privacy_url

    known = known or {}
    rules = known.get("intake_rules") or services.rules_for(page)

    def value(key, work_out):
        return known[key] if key in known else work_out()

    state = value("intake_state", lambda: services.intake_availability(page, rules=rules))
    criteria = page.intake_criteria()
    total_weight = sum(weight for _key, _label, weight in criteria) or 1
    context = {
        "call_status": call_status(page),
        "intake_state": state,
        "intake_rules": rules,
        "places_left": value("places_left", lambda: services.places_left(page, rules=rules)),
        "closes_at": value("closes_at", lambda: rules.intake_window()[1]),
        "criteria": [
            {"label": label, "weight": weight, "share": round(100 * weight / total_weight)}
            for _key, label, weight in criteria
        ],
    }
    if state == IntakeState.OPEN:
        context["form"] = value("form", lambda: SubmissionForm(page=page, privacy_url=privacy_url(request)))
        context["form_action"] = value("form_action", lambda: page.intake_form_url(request=request))
    return context
