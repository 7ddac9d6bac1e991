"""Attachments: accepted by what they contain, never by their name, and stored under names we make.

Allowed: PDF, PNG, JPEG, WEBP. Everything else (SVG, HTML, scripts, executables, zip
archives and the office formats built on them, gzip) is refused by its first bytes. A
name that claims another kind than the content is refused too, and images must open in
Pillow with a sane pixel count, so a decompression bomb is refused before anyone opens
it. The limits can be changed in settings (RESIDENCIES_MAX_FILE_SIZE,
RESIDENCIES_MAX_TOTAL_SIZE in bytes, RESIDENCIES_MAX_IMAGE_PIXELS).
"""

import os
import unicodedata
import uuid
import warnings
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from PIL import Image

MAX_FILE_SIZE = 10 * 1024 * 1024
MAX_TOTAL_SIZE = 25 * 1024 * 1024
# 40 megapixels is more than any phone camera; a bomb declares billions.
MAX_IMAGE_PIXELS = 40_000_000


@dataclass(frozen=True)
class FileKind:
    extension: str
    content_type: str


PDF = FileKind("pdf", "application/pdf")
PNG = FileKind("png", "image/png")
JPEG = FileKind("jpg", "image/jpeg")
WEBP = FileKind("webp", "image/webp")
ALLOWED_KINDS = (PDF, PNG, JPEG, WEBP)
# What a file name may end with for each kind; other extensions claim another type.
EXTENSIONS = {"pdf": PDF, "png": PNG, "jpg": JPEG, "jpeg": JPEG, "jpe": JPEG, "jfif": JPEG, "webp": WEBP}
PILLOW_FORMATS = {PNG: "PNG", JPEG: "JPEG", WEBP: "WEBP"}


def sniff(head):
    """The kind of file these first bytes begin, or None."""
    if head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return WEBP
    return None


def max_file_size():
    return getattr(settings, "RESIDENCIES_MAX_FILE_SIZE", MAX_FILE_SIZE)


def max_total_size():
    return getattr(settings, "RESIDENCIES_MAX_TOTAL_SIZE", MAX_TOTAL_SIZE)


def max_image_pixels():
    return getattr(settings, "RESIDENCIES_MAX_IMAGE_PIXELS", MAX_IMAGE_PIXELS)


def claimed_extension(name):
    """The extension a file name claims, lower case, or "" when it claims none.

    Only letters count, so "report v1.2" claims nothing while "cv.pdf.exe" claims exe.
    """
    _stem, dot, extension = name.rpartition(".")
    extension = extension.lower()
    return extension if dot and _stem and extension.isalpha() else ""


def clean_original_name(name):
    """The visitor's file name, only for staff to read: no folders, no control characters."""
    name = os.path.basename((name or "").replace("\\", "/"))
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C").strip()
    return name[-200:] or "attachment"


def validate_upload(uploaded):
    """Return the FileKind of an uploaded file, or raise ValidationError in the visitor's language."""
    name = clean_original_name(uploaded.name)
    if uploaded.size > max_file_size():
        raise ValidationError(
            _("%(name)s is too large. Each file may be at most %(limit)s.")
            % {"name": name, "limit": filesizeformat(max_file_size())},
            code="file_too_large",
        )
    if uploaded.size == 0:
        raise ValidationError(_("%(name)s is empty.") % {"name": name}, code="file_empty")
    uploaded.seek(0)
    head = uploaded.read(16)
    uploaded.seek(0)
    kind = sniff(head)
    if kind is None:
        raise ValidationError(
            _("%(name)s is not a PDF, PNG, JPEG or WEBP file.") % {"name": name}, code="file_type"
        )
    extension = claimed_extension(name)
    if extension and EXTENSIONS.get(extension) != kind:
        raise ValidationError(
            _(
                "The name %(name)s does not match what the file contains. "
                "Save it as PDF, PNG, JPEG or WEBP and try again."
            )
            % {"name": name},
            code="file_type_mismatch",
        )
    if kind in PILLOW_FORMATS:
        check_image(uploaded, kind, name)
    return kind


def check_image(uploaded, kind, name):
    """Open the image's header and check its structure without decoding its pixels."""
    too_large = ValidationError(
        _("%(name)s has too many pixels. Images may be at most %(limit)s megapixels.")
        % {"name": name, "limit": max_image_pixels() // 1_000_000},
        code="image_too_large",
    )
    broken = ValidationError(
        _("%(name)s could not be read as an image. It may be damaged.") % {"name": name}, code="image_broken"
    )
    uploaded.seek(0)
    try:
        with warnings.catch_warnings():
            # Pillow warns below the error threshold; the explicit limit below decides instead.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(uploaded, formats=[PILLOW_FORMATS[kind]]) as image:
                width, height = image.size
                if width * height > max_image_pixels():
                    raise too_large
                image.verify()
    except Image.DecompressionBombError:
        raise too_large from None
    except ValidationError:
        raise
    except Exception:  # Pillow raises many kinds (OSError, SyntaxError, struct.error...) for bad files.
        raise broken from None
    finally:
        uploaded.seek(0)


def validate_uploads(files, max_count):
    """Validate a list of uploads together: count, each file, and their total size."""
    if len(files) > max_count:
        raise ValidationError(
            _("You can attach at most %(count)d files.") % {"count": max_count}, code="too_many_files"
        )
    errors = []
    kinds = []
    for uploaded in files:
        try:
            kinds.append(validate_upload(uploaded))
        except ValidationError as error:
            errors.extend(error.error_list)
    if errors:
        raise ValidationError(errors)
    if sum(f.size for f in files) > max_total_size():
        raise ValidationError(
            _("The files together may be at most %(limit)s.") % {"limit": filesizeformat(max_total_size())},
            code="files_too_large",
        )
    return kinds


def server_file_name(kind):
    return f"{uuid.uuid4().hex}.{kind.extension}"
