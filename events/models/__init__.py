from .exceptions import OccurrenceException
from .pages import EventIndexPage, EventPage
from .snippets import EventCategory, Venue

__all__ = ["EventCategory", "EventIndexPage", "EventPage", "OccurrenceException", "Venue"]
