"""Show an event's venue, category and organiser in the event's language, in bulk.

These links are synchronised across translations, so a Norwegian event may point to the
Swedish venue. One query per kind of object, whatever the number of events.
"""

from django.db.models import Q

from events.models import EventCategory, Venue
from home.models import ActivityPage, Organisation

RELATED = (("venue", Venue), ("category", EventCategory), ("organiser", Organisation))


def localise_related(events, names=("venue", "category", "organiser")):
    """`names` must have been fetched with select_related: they are read on every event."""
    events = list(events)
    if not events:
        return events
    for name, model in RELATED:
        if name in names:
            _localise(events, name, model.objects.all())
    return events


def _localise(events, name, queryset):
    wanted = {}
    for event in events:
        obj = getattr(event, name) if getattr(event, f"{name}_id") else None
        event.__dict__[f"local_{name}"] = obj
        if obj is not None and obj.locale_id != event.locale_id:
            wanted.setdefault(event.locale_id, set()).add(obj.translation_key)
    for locale_id, keys in wanted.items():
        found = {o.translation_key: o for o in queryset.filter(translation_key__in=keys, locale_id=locale_id)}
        for event in events:
            obj = event.__dict__[f"local_{name}"]
            if obj is not None and event.locale_id == locale_id and obj.translation_key in found:
                event.__dict__[f"local_{name}"] = found[obj.translation_key]


def localise_links(event):
    """One event's venue, category, organiser and activity in its language: one query per link set.

    The same choice as the page's own `local_*` properties (its translation in the page's
    language, else the linked object itself; an activity only while live), without first
    loading the linked object and the locale to find the translation.
    """
    for name, model in (*RELATED, ("activity", ActivityPage)):
        event.__dict__[f"local_{name}"] = _in_locale(model, getattr(event, f"{name}_id"), event.locale_id)
    activity = event.__dict__["local_activity"]
    if activity is not None and not activity.live:
        event.__dict__["local_activity"] = None
    return event


def _in_locale(model, pk, locale_id):
    if pk is None:
        return None
    keys = model.objects.filter(pk=pk).values("translation_key")
    found = list(model.objects.filter(Q(pk=pk) | Q(locale_id=locale_id, translation_key__in=keys)))
    in_locale = [o for o in found if o.locale_id == locale_id]
    return in_locale[0] if in_locale else next((o for o in found if o.pk == pk), None)


def categories_for_locale(locale_id):
    """One category per translation_key: this locale's version, or any other when untranslated."""
    chosen = {}
    for category in EventCategory.objects.order_by("pk"):
        current = chosen.get(category.translation_key)
        if current is None or (category.locale_id == locale_id and current.locale_id != locale_id):
            chosen[category.translation_key] = category
    return sorted(chosen.values(), key=lambda c: c.name.lower())
