"""Static files as production serves them: hashed names (kept forever by browsers) and pre-compressed."""

import json

from django.core.management import call_command


def test_collectstatic_writes_hashed_gzip_and_brotli_copies_of_the_site_files(settings, tmp_path):
    settings.STATIC_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    # The project's own folder only: Wagtail's admin files would take seconds and prove nothing more.
    settings.STATICFILES_FINDERS = ["django.contrib.staticfiles.finders.FileSystemFinder"]
    call_command("collectstatic", "--noinput", verbosity=0)

    manifest = json.loads((tmp_path / "staticfiles.json").read_text())["paths"]
    hashed = manifest["css/site.css"]
    assert hashed != "css/site.css" and hashed.startswith("css/site.") and hashed.endswith(".css")
    for suffix in ("", ".gz", ".br"):
        assert (tmp_path / f"{hashed}{suffix}").stat().st_size > 0
    # Compressed copies are smaller, or whitenoise would not keep them.
    assert (tmp_path / f"{hashed}.br").stat().st_size < (tmp_path / hashed).stat().st_size
