"""Attachments are judged by their bytes and kept where no URL reaches them."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from residencies import services, uploads
from residencies.models import SubmissionFile
from tests.residencies.conftest import SMALL_PDF, WINDOWS_EXE, image_bytes, pdf_upload, person

PNG = image_bytes("PNG")
JPEG = image_bytes("JPEG")
WEBP = image_bytes("WEBP")


@pytest.mark.parametrize(
    ("content", "kind"),
    [(SMALL_PDF, uploads.PDF), (PNG, uploads.PNG), (JPEG, uploads.JPEG), (WEBP, uploads.WEBP)],
)
def test_allowed_kinds_are_recognised_by_content(content, kind):
    # A name without an extension claims nothing: the content alone decides.
    assert uploads.validate_upload(SimpleUploadedFile("scan", content)) == kind


def test_an_exe_named_pdf_is_refused():
    with pytest.raises(ValidationError) as refused:
        uploads.validate_upload(pdf_upload("cv.pdf", WINDOWS_EXE))
    assert refused.value.code == "file_type"


def test_html_pretending_to_be_an_image_is_refused():
    with pytest.raises(ValidationError):
        uploads.validate_upload(SimpleUploadedFile("photo.png", b"<html><script>alert(1)</script>"))


def test_size_limits_per_file_and_together(settings):
    settings.RESIDENCIES_MAX_FILE_SIZE = len(SMALL_PDF)
    uploads.validate_upload(pdf_upload())
    with pytest.raises(ValidationError) as refused:
        uploads.validate_upload(pdf_upload(content=SMALL_PDF + b" "))
    assert refused.value.code == "file_too_large"
    settings.RESIDENCIES_MAX_TOTAL_SIZE = len(SMALL_PDF) * 2 - 1
    with pytest.raises(ValidationError) as together:
        uploads.validate_uploads([pdf_upload(), pdf_upload()], max_count=3)
    assert together.value.error_list[0].code == "files_too_large"


def test_too_many_files_are_refused():
    with pytest.raises(ValidationError):
        uploads.validate_uploads([pdf_upload() for _ in range(4)], max_count=3)


def test_the_visitors_file_name_never_reaches_the_disk():
    assert uploads.clean_original_name("../../etc/passwd\x00.pdf") == "passwd.pdf"
    assert uploads.clean_original_name("C:\\Users\\me\\cv.pdf") == "cv.pdf"


@pytest.mark.django_db
def test_submitted_files_are_stored_privately_under_server_made_names(call, private_media, settings):
    submission = services.submit(call, person(1), files=[pdf_upload("Mitt CV (slutlig).pdf")], language="sv")
    (attachment,) = submission.files.all()
    assert attachment.original_name == "Mitt CV (slutlig).pdf"
    assert attachment.content_type == "application/pdf"
    stored = private_media / attachment.file.name
    assert stored.read_bytes() == SMALL_PDF
    assert "Mitt" not in attachment.file.name and attachment.file.name.endswith(".pdf")
    assert not str(stored).startswith(str(settings.MEDIA_ROOT))
    with pytest.raises(ValueError):
        _ = attachment.file.url


@pytest.mark.django_db
def test_a_failed_submission_leaves_no_file_behind(call, private_media, monkeypatch):
    from residencies.services import admission

    def broken_mail(*args, **kwargs):
        raise RuntimeError("template error")

    monkeypatch.setattr(admission, "queue_email", broken_mail)
    with pytest.raises(RuntimeError):
        services.submit(call, person(1), files=[pdf_upload()], language="sv")
    assert not SubmissionFile.objects.exists()
    assert not any(p.is_file() for p in private_media.rglob("*"))


@pytest.mark.django_db
def test_submit_itself_refuses_a_disguised_file(call):
    with pytest.raises(ValidationError):
        services.submit(call, person(1), files=[pdf_upload("cv.pdf", WINDOWS_EXE)], language="sv")
