"""Expected UI text in the language a test's page is shown in."""

from django.utils import translation
from django.utils.translation import gettext, ngettext


def tr(language, message):
    with translation.override(language):
        return gettext(message)


def ntr(language, singular, plural, number, name):
    """A counted message as {% blocktranslate count name=number %} renders it."""
    with translation.override(language):
        return ngettext(singular, plural, number) % {name: number}
