"""Every message a visitor, applicant or editor can see is translated in both languages."""

from pathlib import Path

import polib
import pytest
from django.conf import settings

CATALOGUES = [
    Path(settings.BASE_DIR) / "locale" / code / "LC_MESSAGES" / "django.po"
    for code, _name in settings.LANGUAGES
]


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.parts[-3])
def test_catalogue_has_no_untranslated_or_fuzzy_messages(path):
    catalogue = polib.pofile(str(path))
    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert len(catalogue) > 0
    assert untranslated == [], f"{len(untranslated)} untranslated in {path}"
    assert fuzzy == [], f"{len(fuzzy)} fuzzy in {path}"


def test_every_marked_message_is_in_the_catalogues(tmp_path):
    """makemessages run now would add nothing: no marked string is missing from the catalogues.

    It runs on a copy of the sources so the committed catalogues are never touched.
    """
    import shutil
    import subprocess
    import sys

    base = Path(settings.BASE_DIR)
    copy = tmp_path / "src"
    ignore = shutil.ignore_patterns(
        ".venv", ".git", "test-artifacts", "media", "staticfiles", "*.sqlite3", "__pycache__"
    )
    shutil.copytree(base, copy, ignore=ignore)
    result = subprocess.run(
        [
            sys.executable,
            "manage.py",
            "makemessages",
            "-l",
            "sv",
            "--ignore=tests/*",
            "--ignore=scripts/*",
            "-v",
            "0",
        ],
        cwd=copy,
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "DJANGO_SETTINGS_MODULE": "cms.settings.test"},
    )
    assert result.returncode == 0, result.stderr
    fresh = {e.msgid for e in polib.pofile(str(copy / "locale/sv/LC_MESSAGES/django.po")) if not e.obsolete}
    committed = {e.msgid for e in polib.pofile(str(CATALOGUES[0])) if not e.obsolete}
    missing = sorted(fresh - committed)
    assert missing == [], f"{len(missing)} messages not in the catalogues, e.g. {missing[:5]}"
