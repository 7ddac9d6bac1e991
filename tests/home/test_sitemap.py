"""sitemap.xml and robots.txt: what search engines are told exists."""

import xml.etree.ElementTree as ET

import pytest
from wagtail.models import Page, PageViewRestriction, Site

from home.factories import ContentPageFactory, HomePageFactory
from home.models import SiteSettings
from tests.conftest import translate_and_publish

pytestmark = pytest.mark.django_db

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


def sitemap_entries(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    entries = {}
    for url in root.findall("sm:url", NS):
        location = url.find("sm:loc", NS).text
        entries[location] = {link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", NS)}
    return entries


@pytest.fixture
def tree(home_sv, locale_nb):
    about = ContentPageFactory(parent=home_sv, title="Om", slug="om")
    translate_and_publish(about, locale_nb, slug="om-oss")
    only_sv = ContentPageFactory(parent=home_sv, title="Bara svenska", slug="bara-svenska")
    draft = ContentPageFactory(parent=home_sv, title="Utkast", slug="utkast", live=False)
    private = ContentPageFactory(parent=home_sv, title="Intern", slug="intern")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    ContentPageFactory(parent=private, title="Under intern", slug="under")
    return {"about": about, "only_sv": only_sv, "draft": draft}


LIVE_PUBLIC_PAGES = {
    "http://localhost/sv/",
    "http://localhost/nb/",
    "http://localhost/sv/om/",
    "http://localhost/nb/om-oss/",
    "http://localhost/sv/bara-svenska/",
}


def test_sitemap_lists_every_live_page_in_both_languages(client, tree):
    assert set(sitemap_entries(client)) == LIVE_PUBLIC_PAGES


def test_sitemap_gives_each_translated_page_its_alternates(client, tree):
    entries = sitemap_entries(client)
    expected = {
        "sv": "http://localhost/sv/om/",
        "nb": "http://localhost/nb/om-oss/",
        "x-default": "http://localhost/sv/om/",
    }
    assert entries["http://localhost/sv/om/"] == expected
    assert entries["http://localhost/nb/om-oss/"] == expected
    assert entries["http://localhost/nb/"]["sv"] == "http://localhost/sv/"


def test_sitemap_gives_untranslated_pages_no_alternates(client, tree):
    assert sitemap_entries(client)["http://localhost/sv/bara-svenska/"] == {}


def test_sitemap_omits_pages_outside_the_site(client, tree, locale_nb):
    other_home = HomePageFactory(parent=Page.get_first_root_node(), slug="annan-sajt")
    ContentPageFactory(parent=other_home, slug="annan-sida")
    assert set(sitemap_entries(client)) == LIVE_PUBLIC_PAGES


def test_robots_txt_points_to_the_sitemap(client, site):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.text.splitlines()
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert "Disallow: /admin/" in lines


def test_sitemap_x_default_follows_the_sites_default_language(client, site, tree):
    settings_obj = SiteSettings.for_site(site)
    settings_obj.default_language = "nb"
    settings_obj.save()
    assert sitemap_entries(client)["http://localhost/sv/om/"]["x-default"] == "http://localhost/nb/om-oss/"


def test_each_domain_gets_the_sitemap_of_its_own_site(client, site, tree):
    other_home = HomePageFactory(parent=Page.get_first_root_node(), slug="annan-sajt")
    ContentPageFactory(parent=other_home, slug="annan-sida")
    Site.objects.create(hostname="annan.example", port=80, root_page=other_home)
    response = client.get("/sitemap.xml", HTTP_HOST="annan.example")
    root = ET.fromstring(response.content)
    assert {url.find("sm:loc", NS).text for url in root.findall("sm:url", NS)} == {
        "http://annan.example/sv/",
        "http://annan.example/sv/annan-sida/",
    }
