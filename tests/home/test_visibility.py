"""Private sections stay private while public pages skip Wagtail's two restriction queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction, get_page_models

from home.factories import ContentPageFactory
from home.visibility import RestrictionsFromCacheMixin
from tests.conftest import translate_and_publish

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("uncached_pages")]


def restriction_queries(client, path):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    return response, [q["sql"] for q in captured.captured_queries if "pageviewrestriction" in q["sql"]]


def test_every_page_type_checks_restrictions_from_the_cached_paths():
    # The site's own page types (test apps define a few of their own to exercise mixins).
    apps = ("home", "events", "residencies", "stories")
    models = [m for m in get_page_models() if m._meta.app_label in apps]
    assert models
    missing = [m.__name__ for m in models if not issubclass(m, RestrictionsFromCacheMixin)]
    assert missing == []


@pytest.mark.parametrize("language", ["sv", "nb"])
def test_a_public_page_is_served_without_restriction_queries(client, home_sv, locale_nb, language):
    page = ContentPageFactory(parent=home_sv, title="Om", slug="om")
    translate_and_publish(page, locale_nb, title="Om (nb)", slug="om")
    client.get(f"/{language}/om/")  # the paths are read once per content change
    response, queries = restriction_queries(client, f"/{language}/om/")
    assert response.status_code == 200
    assert queries == []


@pytest.mark.parametrize("kind", ["login", "password"])
def test_a_page_in_a_private_section_still_asks_for_login_or_password(client, home_sv, kind):
    section = ContentPageFactory(parent=home_sv, title="Intern", slug="intern")
    inner = ContentPageFactory(parent=section, title="Protokoll", slug="protokoll")
    assert client.get("/sv/intern/protokoll/").status_code == 200  # cached as public first
    PageViewRestriction.objects.create(page=section, restriction_type=kind, password="hemligt")
    response = client.get("/sv/intern/protokoll/")
    assert "Protokoll" not in response.text or response.status_code in (302, 401)
    if kind == "login":
        assert response.status_code == 302 and "login" in response["Location"]
    else:
        assert response.status_code == 200 and 'name="password"' in response.text
    assert inner.title not in response.text.split("<title>")[-1].split("</title>")[0]


def test_an_alias_of_a_private_page_is_private_too(client, home_sv):
    section = ContentPageFactory(parent=home_sv, title="Intern", slug="intern")
    PageViewRestriction.objects.create(page=section, restriction_type="login")
    alias = section.create_alias(parent=home_sv, update_slug="kopia")
    assert alias.alias_of_id == section.pk
    response = client.get("/sv/kopia/")
    assert response.status_code == 302 and "login" in response["Location"]


def test_visible_leaves_out_a_private_section_and_all_below_it_as_soon_as_it_is_restricted(home_sv):
    from home.models import ContentPage
    from home.visibility import visible

    public = ContentPageFactory(parent=home_sv, title="Öppen", slug="oppen")
    section = ContentPageFactory(parent=home_sv, title="Intern", slug="intern")
    inner = ContentPageFactory(parent=section, title="Protokoll", slug="protokoll")
    deeper = ContentPageFactory(parent=inner, title="Bilaga", slug="bilaga")
    private = {section.pk, inner.pk, deeper.pk}

    def shown():
        return set(visible(ContentPage).values_list("pk", flat=True))

    assert {public.pk, *private} <= shown()  # read once: the (empty) private paths are now kept
    restriction = PageViewRestriction.objects.create(page=section, restriction_type="login")
    assert public.pk in shown() and not shown() & private
    restriction.delete()
    assert {public.pk, *private} <= shown()


def test_a_page_reads_the_private_paths_from_the_cache_once_however_many_listings_it_builds(
    client, home_sv, monkeypatch
):
    from django.core.cache import cache

    from home.visibility import PATHS_KEY

    for n in range(3):
        ContentPageFactory(parent=home_sv, title=f"Sida {n}", slug=f"sida-{n}")
    client.get("/sv/")  # the paths, the chrome and the route are kept
    reads = []
    get_many = cache.get_many

    def counting(keys, *args, **kwargs):
        reads.extend(key for key in keys if key == PATHS_KEY)
        return get_many(keys, *args, **kwargs)

    monkeypatch.setattr(cache, "get_many", counting)
    assert client.get("/sv/").status_code == 200  # its sections build several visible() querysets
    assert len(reads) == 1


def test_a_write_within_a_request_makes_it_read_the_private_paths_again(home_sv):
    from home import cache as home_cache
    from home.visibility import special_paths

    section = ContentPageFactory(parent=home_sv, title="Intern", slug="intern")
    home_cache._start_request()
    try:
        assert special_paths()[0] == ()
        PageViewRestriction.objects.create(page=section, restriction_type="login")
        assert special_paths()[0] == (section.path,)
    finally:
        home_cache._end_request()
