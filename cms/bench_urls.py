"""The site's URLs plus the benchmark's baseline: a bare Django view served by the same stack."""

from django.http import HttpResponse
from django.urls import path

from cms.urls import urlpatterns as site_urlpatterns


def baseline(request):
    return HttpResponse(b"ok", content_type="text/plain")


urlpatterns = [path("bench/baseline/", baseline, name="bench_baseline"), *site_urlpatterns]
