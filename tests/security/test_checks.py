"""The fuzz tests' language check can fail: English text that the catalogue translates is caught."""

from tests.i18n import tr
from tests.security.checks import shown_errors, untranslated

REQUIRED = "This field is required."
CHOICE = "Select a valid choice. %(value)s is not one of the available choices."


def test_a_translated_message_shown_in_english_is_caught_in_both_languages():
    for language in ("sv", "nb"):
        assert tr(language, REQUIRED) != REQUIRED
        assert untranslated([REQUIRED], language) == [REQUIRED]
        assert untranslated([tr(language, REQUIRED)], language) == []
        # With the visitor's own value inside it, too.
        english = CHOICE % {"value": "🙂\x00"}
        assert untranslated([english], language) == [english]
        assert untranslated([tr(language, CHOICE) % {"value": "🙂"}], language) == []


def test_a_text_without_a_translation_is_not_a_leak():
    assert untranslated(["Anna Andersson", "A sentence no catalogue has."], "sv") == []


def test_errors_are_read_from_field_lists_the_summary_and_notices():
    page = (
        '<div class="form-errors" role="alert"><h2>Rätta</h2><ul><li>Form-level &amp; more</li>'
        '<li><a href="#id_name">Namn: Fel</a></li></ul></div>'
        '<ul class="field__errors" id="id_name_error"><li>Fel i fältet</li></ul>'
        '<div class="notice notice--error" role="alert"><p>Ett fel</p></div>'
    )
    assert shown_errors(page) == ["Fel i fältet", "Form-level & more", "Ett fel"]
