from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.utils import translation

from home.i18n import preferred_language

# Addresses that live outside the language prefix: a 404 there is final, not a missing /sv/.
UNPREFIXED_PATHS = ("/admin/", "/documents/", "/static/", "/media/", "/sitemap.xml", "/robots.txt")


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's LocaleMiddleware with our choice of language for unprefixed URLs.

    A language in the path always wins; otherwise see `home.i18n.preferred_language`.
    Django's own response handling (redirecting /foo/ to /<lang>/foo/, Vary) is kept,
    except for the admin and file addresses: Wagtail's catch-all page URL would turn
    every 404 there into a redirect to an equally missing /sv/admin/... page.
    """

    def process_request(self, request):
        language = translation.get_language_from_path(request.path_info)
        if language is None:
            language = preferred_language(request)
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()

    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(UNPREFIXED_PATHS):
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        return super().process_response(request, response)
