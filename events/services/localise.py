"""Show an event's venue, category and organiser in the event's language, in bulk.

These links are synchronised across translations, so a Norwegian event may point to the
Swedish venue. One query per kind of object, whatever the number of events.
"""

from events.models import EventCategory, Venue
from home.models import Organisation

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


def categories_for_locale(locale_id):
    """One category per translation_key: this locale's version, or any other when untranslated."""
    chosen = {}
    for category in EventCategory.objects.order_by("pk"):
        current = chosen.get(category.translation_key)
        if current is None or (category.locale_id == locale_id and current.locale_id != locale_id):
            chosen[category.translation_key] = category
    return sorted(chosen.values(), key=lambda c: c.name.lower())
