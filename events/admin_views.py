"""Admin-only views of the events app."""

import json

from django.http import HttpResponse
from django.utils.translation import gettext
from django.views.decorators.http import require_GET

from events.recurrence_strings import CONTEXT_STRINGS, STRINGS

CATALOG_JS = """(function (w) {
  "use strict";
  // The recurrence widget's strings in the editor's language (events/recurrence_strings.py).
  var extra = %s;
  var has = function (key) { return Object.prototype.hasOwnProperty.call(extra, key); };
  var baseGettext = w.gettext || function (s) { return s; };
  var basePgettext = w.pgettext || function (c, s) { return baseGettext(s); };
  w.gettext = function (s) { return has(s) ? extra[s] : baseGettext(s); };
  w.pgettext = function (c, s) { var k = c + "\\u0004" + s; return has(k) ? extra[k] : basePgettext(c, s); };
}(window));
"""


@require_GET
def recurrence_catalog(request):
    """JavaScript that teaches the widget's gettext/pgettext our sv and nb translations.

    django-recurrence looks for Django's removed `javascript_catalog` view, so without
    this the widget is English-only in a Swedish or Norwegian admin.
    """
    entries = {}
    for msgid in STRINGS:
        if (text := gettext(msgid)) != msgid:
            entries[msgid] = text
    for context, msgid, translated in CONTEXT_STRINGS:
        if (text := str(translated)) != msgid:
            entries[f"{context}\x04{msgid}"] = text
    body = CATALOG_JS % json.dumps(entries, ensure_ascii=False, sort_keys=True)
    response = HttpResponse(body, content_type="text/javascript; charset=utf-8")
    response["Cache-Control"] = "private, max-age=3600"
    return response
