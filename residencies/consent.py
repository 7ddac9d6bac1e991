"""The consent a person gives when they register or apply.

The text is stored with each submission in the language it was shown, together
with its version. Change CONSENT_VERSION whenever the text's meaning changes.
"""

from django.utils import translation
from django.utils.translation import gettext_lazy as _

CONSENT_VERSION = "2026-1"
CONSENT_TEXT = _(
    "I agree that Samspel63 keeps the information I give here, and any files I attach, in order to "
    "handle my registration or application and to report on the programme, as described in the "
    "privacy notice."
)


def consent_text_in(language):
    with translation.override(language):
        return str(CONSENT_TEXT)


# A person staff added by hand never saw the form: their record says so, who added them, and the
# notice (version and text, in their language) that applies to them all the same.
STAFF_CONSENT_VERSION = f"{CONSENT_VERSION}-staff"
STAFF_CONSENT_NOTE = _(
    "Added by staff (%(user)s) on %(date)s; the person did not fill in the form or tick the consent "
    "box. This notice applies to them: %(consent)s"
)


def staff_consent_text_in(language, user, when):
    with translation.override(language):
        return str(STAFF_CONSENT_NOTE) % {
            "user": user.get_username() if user is not None else "?",
            "date": when.date().isoformat(),
            "consent": CONSENT_TEXT,
        }
