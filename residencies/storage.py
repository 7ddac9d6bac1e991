"""Where attachments live: outside MEDIA_ROOT, with no public URL."""

from django.conf import settings
from django.core.files.storage import FileSystemStorage


class PrivateStorage(FileSystemStorage):
    """A file system storage at settings.PRIVATE_MEDIA_ROOT that refuses to make URLs.

    Files are read only through the staff download view, which checks permissions.
    The location is read on every use so tests can point it elsewhere.
    """

    @property
    def base_location(self):
        return settings.PRIVATE_MEDIA_ROOT

    @property
    def location(self):
        return str(settings.PRIVATE_MEDIA_ROOT)

    def url(self, name):
        raise ValueError("Private files have no public URL; use the staff download view.")


def private_storage():
    # Several hosts share one private bucket instead (STORAGES["private"], cms/settings/production.py).
    if "private" in settings.STORAGES:
        from django.core.files.storage import storages

        return storages["private"]
    return PrivateStorage()
