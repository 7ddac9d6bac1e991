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
