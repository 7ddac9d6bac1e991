from .exceptions import OccurrenceException
from .occurrence_index import EventOccurrence, OccurrenceHorizon
from .pages import EventIndexPage, EventPage
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
