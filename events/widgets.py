"""django-recurrence's widget, made to work inside the Wagtail editor.

The stock widget's media loads Django admin's jQuery (the project does not install
django.contrib.admin: two 404s), an init script that needs that jQuery and looks for Django
admin's `#container` (absent in Wagtail: a console warning, and widgets added later are never
set up), and a JavaScript catalogue through a Django view that no longer exists (so no sv/nb
strings). The widget library itself needs none of that jQuery. This widget loads the library
with our catalogue first and our own init script.
"""

from django import forms
from django.urls import reverse
from recurrence.forms import RecurrenceWidget


class WagtailRecurrenceWidget(RecurrenceWidget):
    @property
    def media(self):
        return forms.Media(
            js=[
                # Must come before recurrence.js, which reads gettext/pgettext when it loads.
                reverse("events_recurrence_catalog"),
                "recurrence/js/recurrence.js",
                "recurrence/js/recurrence-widget.js",
                "events/js/recurrence-wagtail.js",
            ],
            css={"all": ["recurrence/css/recurrence.css", "events/css/recurrence-wagtail.css"]},
        )
