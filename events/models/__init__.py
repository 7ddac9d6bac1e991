from .exceptions import OccurrenceException
from .index import EventIndexPage
from .occurrence_index import EventOccurrence, OccurrenceHorizon
from .pages import EventPage
from .snippets import EventCategory, Venue

__all__ = [
    "EventCategory",
    "EventIndexPage",
    "EventOccurrence",
    "EventPage",
    "OccurrenceException",
    "OccurrenceHorizon",
    "Venue",
]
