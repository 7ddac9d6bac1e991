from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Site and programme")

    def ready(self):
        from home import cache

        cache.connect()
        limit_image_pixels()


def limit_image_pixels():
    """Make Pillow refuse, at open and before decoding, any image over the site's pixel limit.

    Wagtail's own pixel check runs after Willow has decoded the whole image. Pillow raises
    DecompressionBombError at open above twice its MAX_IMAGE_PIXELS (below that it only
    warns, and test runners reset warning filters), so half the limit makes the error
    fire exactly above it; Wagtail turns that error into a form error.
    """
    from django.conf import settings
    from PIL import Image

    Image.MAX_IMAGE_PIXELS = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS // 2
