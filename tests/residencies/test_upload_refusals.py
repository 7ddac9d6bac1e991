"""Every kind of hostile upload is refused with a message the visitor can read, in their language."""

import gzip
import struct
import zipfile
import zlib
from io import BytesIO

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from residencies import uploads
from residencies.models import Submission
from tests.i18n import tr
from tests.residencies.conftest import SMALL_PDF, WINDOWS_EXE, image_bytes

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_declaring(width, height):
    """A few hundred bytes that claim to be a width x height RGB image: a decompression bomb."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00" * 4096, 9)
    return PNG_SIGNATURE + png_chunk(b"IHDR", header) + png_chunk(b"IDAT", pixels) + png_chunk(b"IEND", b"")


def zipped(members, first=None):
    out = BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        if first:
            archive.writestr(*first, compress_type=zipfile.ZIP_STORED)
        for name, content in members.items():
            archive.writestr(name, content)
    return out.getvalue()


DOCX = zipped({"[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>"})
ODT = zipped(
    {"content.xml": "<office:document-content/>"},
    first=("mimetype", "application/vnd.oasis.opendocument.text"),
)
GZIP_BOMB = gzip.compress(b"\x00" * 20_000_000, 9)  # 20 MB of zeros in about 20 kB

HOSTILE = {
    "svg with a script": (
        "logo.svg",
        b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    ),
    "svg named png": ("logo.png", b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>'),
    "html page": ("cv.html", b"<!DOCTYPE html><html><script>alert(document.cookie)</script></html>"),
    "html named pdf": ("cv.pdf", b"<html><body onload=alert(1)>"),
    "javascript": ("cv.js", b"fetch('/admin/').then(r => r.text())"),
    "shell script": ("cv.pdf", b"#!/bin/sh\nrm -rf ~\n"),
    "windows executable named pdf": ("cv.pdf", WINDOWS_EXE),
    "linux executable": ("cv", b"\x7fELF\x02\x01\x01" + b"\x00" * 100),
    "zip archive": ("portfolio.zip", zipped({"cv.pdf": SMALL_PDF})),
    "zip named pdf": ("portfolio.pdf", zipped({"cv.pdf": SMALL_PDF})),
    "docx": ("cv.docx", DOCX),
    "odt": ("cv.odt", ODT),
    "gzip bomb": ("cv.pdf.gz", GZIP_BOMB),
    "gzip bomb named pdf": ("cv.pdf", GZIP_BOMB),
}


@pytest.mark.parametrize(("name", "content"), HOSTILE.values(), ids=HOSTILE.keys())
def test_files_that_are_not_pdf_or_images_are_refused_by_their_bytes(name, content):
    with pytest.raises(ValidationError) as refused:
        uploads.validate_upload(SimpleUploadedFile(name, content))
    assert refused.value.code == "file_type"


MISMATCHED = {
    "png named pdf": ("cv.pdf", image_bytes("PNG")),
    "pdf named jpg": ("photo.jpg", SMALL_PDF),
    "pdf named html": ("cv.html", SMALL_PDF),  # a polyglot a browser might render as a page
    "pdf with a double extension": ("cv.pdf.exe", SMALL_PDF),
    "jpeg named svg": ("logo.svg", image_bytes("JPEG")),
}


@pytest.mark.parametrize(("name", "content"), MISMATCHED.values(), ids=MISMATCHED.keys())
def test_a_name_claiming_another_type_than_the_content_is_refused(name, content):
    with pytest.raises(ValidationError) as refused:
        uploads.validate_upload(SimpleUploadedFile(name, content))
    assert refused.value.code == "file_type_mismatch"


@pytest.mark.parametrize("name", ["photo.JPEG", "photo.jpe", "Min bild.jpg", "bild v1.2"])
def test_usual_names_for_the_same_type_are_accepted(name):
    assert uploads.validate_upload(SimpleUploadedFile(name, image_bytes("JPEG"))) == uploads.JPEG


def test_a_png_declaring_fifty_thousand_pixels_square_is_refused_before_decoding():
    bomb = png_declaring(50_000, 50_000)
    assert len(bomb) < 200
    with pytest.raises(ValidationError) as refused:
        uploads.validate_upload(SimpleUploadedFile("photo.png", bomb))
    assert refused.value.code == "image_too_large"


def test_images_over_our_own_pixel_limit_are_refused(settings):
    # 50 megapixels: under Pillow's default bomb threshold (about 179), over ours (40).
    with pytest.raises(ValidationError) as refused:
        uploads.validate_upload(SimpleUploadedFile("photo.png", png_declaring(10_000, 5_000)))
    assert refused.value.code == "image_too_large"
    settings.RESIDENCIES_MAX_IMAGE_PIXELS = 8 * 6 - 1
    with pytest.raises(ValidationError):
        uploads.validate_upload(SimpleUploadedFile("photo.png", image_bytes("PNG", (8, 6))))


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("photo.png", PNG_SIGNATURE + b"\x00" * 64),
        ("photo.jpg", b"\xff\xd8\xff\xe0" + b"\x00" * 64),
        ("photo.webp", b"RIFF\x24\x00\x00\x00WEBPVP8 " + b"\x00" * 32),
        ("photo.png", png_declaring(8, 6)[:-20] + b"<script>"),  # a broken tail
    ],
    ids=["png header only", "jpeg header only", "webp header only", "png with a corrupt chunk"],
)
def test_images_that_only_start_like_images_are_refused(name, content):
    with pytest.raises(ValidationError) as refused:
        uploads.validate_upload(SimpleUploadedFile(name, content))
    assert refused.value.code == "image_broken"


def test_an_oversized_file_is_refused_before_its_content_is_read(settings):
    settings.RESIDENCIES_MAX_FILE_SIZE = 1024

    class Unreadable(SimpleUploadedFile):
        def read(self, *args):
            raise AssertionError("read an oversized file")

    with pytest.raises(ValidationError) as refused:
        uploads.validate_upload(Unreadable("cv.pdf", SMALL_PDF + b" " * 2000))
    assert refused.value.code == "file_too_large"


# --- Through the public form, in the visitor's language ---------------------------------------


def call_form_post(page, upload):
    from tests.residencies.test_views import call_answers, post_data

    return {**post_data(country="NO", art_form="Dans", **call_answers(page)), "attachments": [upload]}


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["sv", "nb"])
def test_the_form_names_the_refused_file_in_the_visitors_language(client, call, call_nb, language):
    page = call if language == "sv" else call_nb
    bomb = SimpleUploadedFile("karta.png", png_declaring(50_000, 50_000), content_type="image/png")
    svg = SimpleUploadedFile("logo.svg", HOSTILE["svg with a script"][1], content_type="image/svg+xml")
    for upload, message in [
        (bomb, "%(name)s has too many pixels. Images may be at most %(limit)s megapixels."),
        (svg, "%(name)s is not a PDF, PNG, JPEG or WEBP file."),
    ]:
        response = client.post(page.url + "register/", call_form_post(page, upload))
        assert response.status_code == 200
        expected = tr(language, message) % {"name": upload.name, "limit": 40}
        assert expected in response.context["form"].errors["attachments"]
        assert f'lang="{language}"' in response.text
    assert not Submission.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["sv", "nb"])
def test_too_many_fields_get_a_readable_400_page_in_the_visitors_language(
    client, call, call_nb, language, settings
):
    settings.DATA_UPLOAD_MAX_NUMBER_FIELDS = 50
    page = call if language == "sv" else call_nb
    data = {
        **call_form_post(page, SimpleUploadedFile("cv.pdf", SMALL_PDF)),
        **{f"x{n}": "1" for n in range(60)},
    }
    response = client.post(page.url + "register/", data)
    assert response.status_code == 400
    assert tr(language, "The request could not be read") in response.text
    assert f'lang="{language}"' in response.text
    assert not Submission.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["sv", "nb"])
def test_too_many_files_get_a_readable_400_page_in_the_visitors_language(
    client, call, call_nb, language, settings
):
    page = call if language == "sv" else call_nb
    data = call_form_post(page, None)
    data["attachments"] = [
        SimpleUploadedFile(f"cv{n}.pdf", SMALL_PDF) for n in range(settings.DATA_UPLOAD_MAX_NUMBER_FILES + 1)
    ]
    response = client.post(page.url + "register/", data)
    assert response.status_code == 400
    assert tr(language, "The request could not be read") in response.text
    assert not Submission.objects.exists()


# --- Editors' uploads in the Wagtail admin ---------------------------------------------------


@pytest.fixture
def root_collection(db):
    """Wagtail's root collection (a transactional test elsewhere may have flushed it)."""
    from wagtail.models import Collection

    return Collection.get_first_root_node() or Collection.add_root(name="Root")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("logo.svg", HOSTILE["svg with a script"][1]),
        ("karta.png", png_declaring(50_000, 50_000)),
        ("stor.png", png_declaring(10_000, 5_000)),
        ("sida.html", b"<html><script>alert(1)</script></html>"),
    ],
    ids=["svg", "pillow bomb", "over our pixel limit", "html"],
)
def test_editors_cannot_upload_svg_html_or_bombs_as_images(admin_client, root_collection, name, content):
    from wagtail.images import get_image_model

    response = admin_client.post(
        "/admin/images/add/",
        {"title": "Bild", "file": SimpleUploadedFile(name, content), "collection": root_collection.pk},
    )
    assert response.status_code == 200  # the form again, with its error
    assert response.context["form"].errors["file"]
    assert not get_image_model().objects.filter(title="Bild").exists()


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["sida.html", "sida.htm", "logo.svg", "setup.exe", "skript.js", "arkiv.zip"])
def test_editors_cannot_upload_pages_scripts_or_programs_as_documents(admin_client, root_collection, name):
    from wagtail.documents import get_document_model

    response = admin_client.post(
        "/admin/documents/add/",
        {
            "title": "Dokument",
            "file": SimpleUploadedFile(name, b"<script>x</script>"),
            "collection": root_collection.pk,
        },
    )
    assert response.status_code == 200
    assert response.context["form"].errors["file"]
    assert not get_document_model().objects.filter(title="Dokument").exists()


@pytest.mark.django_db
def test_editors_documents_are_served_so_no_browser_runs_what_is_inside(
    client, settings, tmp_path, root_collection
):
    from wagtail.documents import get_document_model

    settings.MEDIA_ROOT = tmp_path
    root = root_collection
    document = get_document_model().objects.create(
        title="Program", collection=root, file=SimpleUploadedFile("program.txt", b"<html><script>x</script>")
    )
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Type"].startswith("text/plain")
