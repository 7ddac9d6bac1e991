"""Calendar feeds over HTTP: validators first (one aggregate query), the calendar only when needed."""

from django.core.cache import cache
from django.db.models import Case, When
from django.http import Http404, HttpResponse, HttpResponseNotModified
from django.utils import timezone
from django.utils.cache import get_conditional_response
from django.utils.http import http_date
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from events import deadline_feed, feeds
from events.models import EventCategory, EventIndexPage
from events.services.queries import visible_events
from home.models import ActivityPage
from home.visibility import not_restricted_q

CACHE_CONTROL = "public, max-age=900"
# A built calendar is kept under its ETag: the ETag changes whenever the data does, so a kept
# body is never stale, and clients that send no validators do not rebuild it on every poll.
BODY_CACHE_SECONDS = 24 * 60 * 60


def _body(state, build):
    key = "events:calendar:" + state.etag.strip('"')
    body = cache.get(key)
    if body is None:
        body = build()
        cache.set(key, body, BODY_CACHE_SECONDS)
    return body


def _validators(response, state):
    response["ETag"] = state.etag
    if state.last_modified is not None:
        response["Last-Modified"] = http_date(state.last_modified.timestamp())
    response["Cache-Control"] = CACHE_CONTROL
    return response


def _not_modified(request, state):
    # HTTP dates have whole seconds.
    last_modified = int(state.last_modified.timestamp()) if state.last_modified else None
    if get_conditional_response(request, etag=state.etag, last_modified=last_modified) is None:
        return None
    return _validators(HttpResponseNotModified(), state)


def _calendar_response(body, state, filename):
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return _validators(response, state)


@require_safe
def index_feed(request, index, category=None, activity=None):
    """All events of one event calendar page, optionally of one category or one programme activity."""
    language = get_language()
    index_page = (
        EventIndexPage.objects.live()
        .filter(not_restricted_q(), translation_key=index, locale__language_code=language)
        .only("id", "path", "depth", "title", "url_path", "locale_id", "translation_key")
        .first()
    )
    if index_page is None:
        raise Http404
    queryset = visible_events(language).descendant_of(index_page)
    if category is not None:
        queryset = queryset.filter(category__slug=category)
    if activity is not None:
        queryset = queryset.filter(activity__translation_key=activity)
    now = timezone.now()
    state = feeds.feed_state(queryset, now, key=f"{request.get_host()}{request.path}")
    if (response := _not_modified(request, state)) is not None:
        return response

    name = f"{_('Samspel63')}: {index_page.title}"
    description = _("Seminars, meetings and workshops in the Samspel63 programme.")
    filename = f"samspel63-{language}"
    if category is not None:
        # This language's name, or the category's own when it is not translated yet.
        category_obj = (
            EventCategory.objects.filter(slug=category)
            .order_by(Case(When(locale_id=index_page.locale_id, then=0), default=1), "pk")
            .first()
        )
        if category_obj is None:
            raise Http404
        name = f"{name} – {category_obj.name}"
        description = _("%(category)s in the Samspel63 programme.") % {"category": category_obj.name}
        filename += f"-{category}"
    if activity is not None:
        activity_obj = (
            ActivityPage.objects.live()
            .filter(translation_key=activity, locale_id=index_page.locale_id)
            .only("title")
            .first()
        )
        if activity_obj is None:
            raise Http404
        name = f"{name} – {activity_obj.title}"
        description = _("Events of %(activity)s, part of the Samspel63 programme.") % {
            "activity": activity_obj.title
        }
        filename += "-activity"
    info = feeds.CalendarInfo(
        name=name,
        description=description,
        language=language,
        url=index_page.get_full_url(request),
        feed_url=request.build_absolute_uri(request.path),
    )
    body = _body(state, lambda: feeds.build_calendar(feeds.feed_events(queryset, now), info, request))
    return _calendar_response(body, state, f"{filename}.ics")


@require_safe
def deadlines_feed(request):
    """Application deadlines of open and upcoming calls, in this language (residencies.queries)."""
    from wagtail.models import Locale

    from residencies.queries import call_index_for, open_call_deadlines

    language = get_language()
    locale = Locale.objects.filter(language_code=language).first()
    if locale is None:
        raise Http404
    now = timezone.now()
    deadlines = open_call_deadlines(locale, closed_since=now - deadline_feed.KEEP_DEADLINES)
    state = deadline_feed.deadlines_state(deadlines, key=f"{request.get_host()}{request.path}")
    if (response := _not_modified(request, state)) is not None:
        return response
    index = call_index_for(locale)
    info = feeds.CalendarInfo(
        name=f"{_('Samspel63')}: {_('Application deadlines')}",
        description=_(
            "Deadlines of the open calls for residencies and study trips in the Samspel63 programme."
        ),
        language=language,
        url=index.get_full_url(request) if index else "",
        feed_url=request.build_absolute_uri(request.path),
    )
    body = _body(state, lambda: deadline_feed.build_deadlines_calendar(deadlines, info))
    return _calendar_response(body, state, f"samspel63-deadlines-{language}.ics")


@require_safe
def event_ics(request, event):
    """One event (all its dates) as a calendar file."""
    language = get_language()
    queryset = visible_events(language).filter(translation_key=event)
    now = timezone.now()
    # A live event's own file works however long ago it ended: no feed window here.
    state = feeds.feed_state(queryset, now, key=f"{request.get_host()}{request.path}", window=False)
    if state.count == 0:
        raise Http404
    if (response := _not_modified(request, state)) is not None:
        return response
    events = feeds.feed_events(queryset, now, window=False)
    info = feeds.CalendarInfo(
        name=events[0].title,
        description=events[0].summary,
        language=language,
        url=events[0].get_full_url(request),
        feed_url=request.build_absolute_uri(request.path),
    )
    body = _body(state, lambda: feeds.build_calendar(events, info, request))
    return _calendar_response(body, state, f"{events[0].slug}.ics")
