"""Filters read from the query string, shared by the story listing and the network directory.

A value that is not one of the options is ignored with a message, never an error page.
"""

from dataclasses import dataclass, field

from django.utils.http import urlencode
from django.utils.translation import gettext as _

MAX_PARAM_LENGTH = 100


def _unknown_messages():
    return {
        "region": _("There is no region “%(value)s”: all regions are shown."),
        "art": _("There is no art form or industry “%(value)s”: all are shown."),
        "storyteller": _("There is no storyteller “%(value)s”: stories by everyone are shown."),
        "language": _("There is no language “%(value)s”: all languages are shown."),
        # Where a filter has a default (the story listing's language), that is what is shown instead.
        "language_default": _("There is no language “%(value)s”: stories in this page's language are shown."),
    }


@dataclass
class Filters:
    values: dict = field(default_factory=dict)
    defaults: dict = field(default_factory=dict)
    messages: list = field(default_factory=list)

    def __getattr__(self, name):
        try:
            return self.__dict__["values"].get(name, "")
        except KeyError:
            raise AttributeError(name) from None

    @property
    def active(self):
        """True when a filter differs from what the page shows without any."""
        return any(value != self.defaults.get(name, "") for name, value in self.values.items())

    def query_string(self):
        """The chosen filters, for pagination links (defaults left out)."""
        return urlencode(
            [(name, value) for name, value in self.values.items() if value != self.defaults.get(name, "")]
        )


def read_filters(params, options, defaults=None):
    """`options`: {name: iterable of accepted values}. Returns Filters with each value or its default."""
    defaults = defaults or {}
    messages = _unknown_messages()
    filters = Filters(defaults=defaults)
    for name, accepted in options.items():
        value = (params.get(name) or "").strip()[:MAX_PARAM_LENGTH]
        if value and value not in accepted:
            key = f"{name}_default" if defaults.get(name) and f"{name}_default" in messages else name
            filters.messages.append(messages[key] % {"value": value})
            value = ""
        filters.values[name] = value or defaults.get(name, "")
    return filters
