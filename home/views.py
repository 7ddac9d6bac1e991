from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.views.decorators.http import require_GET
from wagtail.models import Locale, Page

from home.i18n import preferred_language

SEARCH_RESULTS_PER_PAGE = 10
SEARCH_QUERY_MAX_LENGTH = 200


@require_GET
def language_redirect(request):
    """`/` sends each visitor to the home page in their language."""
    response = HttpResponseRedirect(f"/{preferred_language(request)}/")
    patch_vary_headers(response, ("Accept-Language", "Cookie"))
    return response


def clean_query(raw):
    """The search words, spaces collapsed, without control characters (PostgreSQL refuses NUL in
    text) and without double quotes: the SQLite backend quotes each word for FTS5 without
    escaping them, and a stray one is a syntax error (wagtail/wagtail#13227)."""
    printable = "".join(char if char.isprintable() and char != '"' else " " for char in raw)
    return " ".join(printable.split())[:SEARCH_QUERY_MAX_LENGTH]


@require_GET
def search(request):
    query = clean_query(request.GET.get("q", ""))
    results = Page.objects.none()
    if query:
        results = Page.objects.live().public().filter(locale=Locale.get_active()).specific().search(query)
    paginator = Paginator(results, SEARCH_RESULTS_PER_PAGE)
    try:
        page_obj = paginator.page(request.GET.get("page", 1))
    except (PageNotAnInteger, EmptyPage):
        page_obj = paginator.page(1)
    return TemplateResponse(
        request, "pages/search.html", {"query": query, "results": page_obj, "paginator": paginator}
    )


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        *[f"Disallow: /{code}/search/" for code, _name in settings.LANGUAGES],
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


def bad_request(request, exception=None):
    """A readable 400 in the visitor's language: Django's own renders without the request."""
    return TemplateResponse(request, "400.html", status=400).render()
