"""`manage.py load_demo_content` builds the bilingual demo site once, on a freshly migrated database."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import transaction
from django.test import override_settings
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, Revision, Site

from home.choices import OrganisationRole
from home.demo.builder import WELCOME_TITLE
from home.models import (
    ActivityPage,
    ContactPage,
    ContentPage,
    FooterText,
    HomePage,
    Organisation,
    Person,
    ProgrammeIndexPage,
    SiteSettings,
)
from tests.home.html import html_lang

ACTIVITY_COUNT = 7


def restore_migrated_state():
    """The state `migrate` leaves: Wagtail's welcome page as the default site's root.

    A transactional test elsewhere in the run flushes the migrations' data, so it is put
    back the way Wagtail's initial data migration makes it when it is missing.
    """
    locale_sv = Locale.objects.get_or_create(language_code="sv")[0]
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=locale_sv)
    )
    welcome = root.get_children().filter(title=WELCOME_TITLE).first()
    if welcome is None:
        welcome = root.add_child(instance=Page(title=WELCOME_TITLE, slug="home", locale=locale_sv))
        Site.objects.all().delete()
        Site.objects.create(hostname="localhost", port=80, root_page=welcome, is_default_site=True)
    return welcome


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker, tmp_path_factory):
    """One build of the demo for the whole module (it takes a while), rolled back at the end.

    Each test still runs in its own savepoint inside this transaction (the `db` fixture).
    """
    # The demo draws a couple of dozen images; keep them out of the shared test media folder.
    with (
        override_settings(MEDIA_ROOT=tmp_path_factory.mktemp("demo-media")),
        django_db_blocker.unblock(),
        transaction.atomic(),
    ):
        welcome = restore_migrated_state()
        default_root_before = Site.objects.get(is_default_site=True).root_page_id
        output = load_demo()
        yield {"welcome": welcome, "default_root_before": default_root_before, "output": output}
        transaction.set_rollback(True)


def load_demo():
    out = StringIO()
    call_command("load_demo_content", stdout=out)
    return out.getvalue()


def snapshot():
    return {
        model.__name__: model.objects.count()
        for model in (Page, Revision, get_image_model(), Collection, Organisation, Person, FooterText, Site)
    }


def test_replaces_the_welcome_page_with_the_swedish_home_page_as_default_site_root(demo, db):
    assert demo["default_root_before"] == demo["welcome"].pk

    site = Site.objects.get()
    assert site.is_default_site
    assert (site.hostname, site.port) == ("localhost", 80)
    home = site.root_page.specific
    assert isinstance(home, HomePage)
    assert home.locale.language_code == "sv"
    assert not Page.objects.filter(pk=demo["welcome"].pk).exists()
    live = Page.objects.live().filter(depth__gt=1)
    sv, nb = (live.filter(locale__language_code=code).count() for code in ("sv", "nb"))
    assert f"sv: {sv}, nb: {nb}" in demo["output"]


HOME_PAGE_TYPES = {HomePage, ContentPage, ProgrammeIndexPage, ActivityPage, ContactPage}


def test_every_swedish_page_has_a_live_norwegian_translation_in_the_same_place(demo, db):
    nb = Locale.objects.get(language_code="nb")
    swedish = [
        p
        for p in Page.objects.filter(locale__language_code="sv", depth__gt=1).specific()
        if type(p) in HOME_PAGE_TYPES
    ]

    assert [type(p) for p in swedish].count(ActivityPage) == ACTIVITY_COUNT
    assert {type(p) for p in swedish} == HOME_PAGE_TYPES
    for page in swedish:
        translated = page.get_translation(nb)
        assert translated.live, page
        assert translated.get_parent().translation_key == page.get_parent().translation_key
        assert type(translated.specific) is type(page)
    assert Page.objects.filter(
        locale=nb, content_type__model__in=[m._meta.model_name for m in HOME_PAGE_TYPES]
    ).count() == len(swedish)
    # Norwegian text, not a copy of the Swedish.
    about_nb = ContentPage.objects.get(locale=nb, slug="om-prosjektet")
    assert about_nb.title == "Om prosjektet"
    assert "Prosjekteiere" in str(about_nb.body)
    home_nb = HomePage.objects.get(locale=nb)
    assert home_nb.hero_heading != HomePage.objects.get(locale__language_code="sv").hero_heading


def test_translated_pages_point_to_pages_and_snippets_of_their_own_language(demo, db):
    for page in ActivityPage.objects.all():
        assert page.lead_organisation.locale_id == page.locale_id
        assert page.contact_person.locale_id == page.locale_id
        # No text in the seeds states a budget.
        assert page.budget is None
    for home in HomePage.objects.all():
        featured = [item.activity for item in home.featured_activities.all()]
        assert 3 <= len(featured) <= 4
        assert {a.locale_id for a in featured} == {home.locale_id}
        assert home.hero_link.specific_class is ProgrammeIndexPage
        assert home.hero_link.locale_id == home.locale_id
    menu = Page.objects.filter(locale__language_code="nb", depth=3, show_in_menus=True)
    assert {"kontakt", "om-prosjektet", "programmet"} <= {p.slug for p in menu}


def test_bodies_pass_the_validation_editors_get(demo, db):
    pages = [*ContentPage.objects.all(), *ActivityPage.objects.all()]
    block_types = set()
    for page in pages:
        page.full_clean()  # image alternative texts are required with images
        page.body.stream_block.clean(page.body)
        block_types.update(child.block_type for child in page.body)
    assert {
        "heading",
        "paragraph",
        "fact_box",
        "logos",
        "people",
        "quote",
        "accordion",
        "call_to_action",
    } <= (block_types)
    for home in HomePage.objects.all():
        home.full_clean()
        assert home.hero_image and home.hero_image_alt


def test_snippets_and_settings_exist_in_both_languages(demo, db):
    for model in (Organisation, Person, FooterText):
        by_key = {}
        for item in model.objects.select_related("locale"):
            by_key.setdefault(item.translation_key, set()).add(item.locale.language_code)
        assert by_key and all(languages == {"sv", "nb"} for languages in by_key.values()), model
    funders = set(
        Organisation.objects.filter(locale__language_code="sv", role=OrganisationRole.FUNDER).values_list(
            "name", flat=True
        )
    )
    assert {"Trøndelag fylkeskommune", "Region Jämtland Härjedalen"} <= funders
    owners = Organisation.objects.filter(locale__language_code="nb", role=OrganisationRole.OWNER)
    assert sorted(owners.values_list("name", flat=True)) == [
        "Region Jämtland Härjedalen",
        "Stiftinga Hilmar Alexandersen",
    ]
    assert all(org.logo_id for org in Organisation.objects.all())
    assert FooterText.objects.get(locale__language_code="sv").funding_statement.startswith(
        "Samspel63 är delfinansierat av Europeiska unionen genom Interreg Sverige-Norge"
    )
    assert "Interreg Sverige-Norge" in FooterText.objects.get(locale__language_code="nb").funding_statement
    # Invented people, reachable only at reserved example domains.
    assert all(p.email.endswith(("@example.org", "@example.com")) for p in Person.objects.all())

    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    assert settings.default_language == "sv"
    assert settings.contact_email == "info@samspel63.example"
    assert settings.privacy_page.specific.title == "Integritetspolicy"
    assert "PLATSHÅLLARE" in settings.eu_emblem.title


def test_home_pages_and_every_page_render_in_both_languages(demo, db, client):
    for prefix in ("sv", "nb"):
        response = client.get(f"/{prefix}/")
        assert response.status_code == 200
        assert html_lang(response.text) == prefix
    assert "Tillsammans stärker vi kulturföretagen i Mittnorden" in client.get("/sv/").text
    home_nb = client.get("/nb/").text
    assert "Sammen styrker vi kulturbedriftene i Midt-Norden" in home_nb
    assert "delfinansiert av Den europeiske union gjennom Interreg Sverige-Norge" in home_nb

    pages = Page.objects.live().filter(depth__gt=1).select_related("locale")
    for page in pages:
        url = page.get_url()
        assert url.startswith(f"/{page.locale.language_code}/")
        response = client.get(url)
        assert response.status_code == 200, url
        assert page.title in response.text


def test_running_it_twice_changes_nothing(demo, db):
    before = snapshot()

    output = load_demo()

    assert "exists already" in output
    assert snapshot() == before
    assert HomePage.objects.count() == 2


def test_refuses_to_add_a_second_home_page_beside_one_that_is_not_the_site_root(demo, db):
    # An editor made another root page the site's root; the demo's home page is still there.
    other = Page.get_first_root_node().add_child(instance=Page(title="Annan start", slug="annan-start"))
    Site.objects.update(root_page=other)
    before = snapshot()

    with pytest.raises(CommandError, match="home page exists"):
        load_demo()

    assert snapshot() == before


def test_the_demo_shows_every_page_type_of_every_app_and_one_deliberately_swedish_only_story(demo, db):
    """`make run` shows editors and visitors every kind of page the site has."""
    from wagtail.models import get_page_models

    ours = {m for m in get_page_models() if m._meta.app_label in {"home", "events", "residencies", "stories"}}
    live = Page.objects.live().filter(depth__gt=1).specific()
    shown = {type(p) for p in live}
    assert ours - shown == set()

    nb = Locale.objects.get(language_code="nb")
    untranslated = [p for p in live if p.locale.language_code == "sv" and not p.has_translation(nb)]
    assert [type(p).__name__ for p in untranslated] == ["StoryPage"]
