"""Builds the bilingual demo site from home.demo.content, through the factories.

Swedish is the source language: every page and snippet is made in Swedish first and
then translated the way editors translate (copy_for_translation, then the Norwegian
texts). Pages are built in two passes, because bodies and links point to pages that
may come later in the tree: first every page with its own fields, then the links,
each page ending with one published revision.
"""

from dataclasses import dataclass

from django.db import transaction
from wagtail import hooks
from wagtail.models import Collection, Locale, Page, Site

from home import factories as f
from home.demo import images as drawings
from home.demo.content import PAGES
from home.demo.content.media import EMBLEM_TITLE, PHOTOS
from home.demo.content.snippets import FOOTER, ORGANISATIONS, PEOPLE, SITE_SETTINGS
from home.demo.spec import Refs
from home.models import HomePage, SiteSettings

SOURCE_LANGUAGE = "sv"
LANGUAGES = ("sv", "nb")
COLLECTION_NAME = "Demoinnehåll (genererade bilder)"
WELCOME_TITLE = "Welcome to your new Wagtail site!"

# Other apps add their own demo content (events, calls, stories) by registering a
# function for this hook; it receives the DemoSite once the home content is built,
# inside the same transaction.
DEMO_CONTENT_HOOK = "samspel_demo_content"


class DemoError(Exception):
    pass


@dataclass
class DemoSite:
    site: Site
    locales: dict  # language -> Locale
    refs: dict  # language -> Refs
    collection: Collection

    @property
    def pages(self):
        return self.refs[SOURCE_LANGUAGE].pages


def demo_site_exists():
    """True when the default site's root is already one of our home pages."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    return site is not None and site.root_page.specific_class is HomePage


@transaction.atomic
def build_demo_site():
    if HomePage.objects.exists():
        raise DemoError(
            "A home page exists but is not the default site's root. Make it the root in Settings > Sites, "
            "or delete it, before loading the demo content."
        )
    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES}
    # The roots exist after `migrate`; a test database flushed by a transactional test lacks them.
    root_collection = Collection.get_first_root_node() or Collection.add_root(name="Root")
    collection = root_collection.add_child(name=COLLECTION_NAME)
    images = _build_images(collection)
    organisations = _build_organisations(locales, collection)
    people = _build_people(locales, collection)
    _build_footer(locales)
    pages = {}
    refs = {code: Refs(code, locales[code], images, organisations, people, pages) for code in LANGUAGES}
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=locales[SOURCE_LANGUAGE])
    )
    _build_pages(root, locales, refs)
    site = _make_default_site(pages["home"][SOURCE_LANGUAGE])
    # Only now: deleting a site's root page would delete the site with it.
    _remove_welcome_page(root)
    _build_settings(site, pages, collection)
    demo = DemoSite(site=site, locales=locales, refs=refs, collection=collection)
    for fn in hooks.get_hooks(DEMO_CONTENT_HOOK):
        fn(demo)
    return demo


def _translate_snippet(instance, locale, **fields):
    translated = instance.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save()
    return translated


def _build_images(collection):
    return {
        key: f.LandscapeImageFactory(
            title=photo["title"], palette=photo["palette"], seed=photo["seed"], collection=collection
        )
        for key, photo in PHOTOS.items()
    }


def _build_organisations(locales, collection):
    source, organisations, logos = locales[SOURCE_LANGUAGE], {}, {}
    for order, org in enumerate(ORGANISATIONS):
        if isinstance(org["logo"], str):
            logo = logos[org["logo"]]
        else:
            text, colour, accent = org["logo"]
            logo = f.WordmarkImageFactory(
                title=f"Logotyp (genererad platshållare): {text}",
                text=text,
                colour=colour,
                accent=accent,
                filename=f"logo-{org['key']}.png",
                collection=collection,
            )
        logos[org["key"]] = logo
        original = f.OrganisationFactory(
            locale=source,
            name=org["name"][SOURCE_LANGUAGE],
            role=org["role"],
            url=org["url"],
            logo=logo,
            sort_order=order * 10,
        )
        organisations[org["key"]] = {SOURCE_LANGUAGE: original}
        for code, locale in locales.items():
            if code != SOURCE_LANGUAGE:
                organisations[org["key"]][code] = _translate_snippet(original, locale, name=org["name"][code])
    return organisations


def _build_people(locales, collection):
    source, people = locales[SOURCE_LANGUAGE], {}
    for person in PEOPLE:
        photo = f.ImageFactory(
            title=f"Porträtt (genererad platshållare): {person['name']}",
            content=drawings.initials_avatar(person["name"], person["colour"]),
            filename=f"person-{person['key']}.png",
            collection=collection,
        )
        original = f.PersonFactory(
            locale=source,
            name=person["name"],
            role=person["role"][SOURCE_LANGUAGE],
            email=person["email"],
            show_email=True,
            photo=photo,
        )
        people[person["key"]] = {SOURCE_LANGUAGE: original}
        for code, locale in locales.items():
            if code != SOURCE_LANGUAGE:
                people[person["key"]][code] = _translate_snippet(original, locale, role=person["role"][code])
    return people


def _build_footer(locales):
    original = f.FooterTextFactory(locale=locales[SOURCE_LANGUAGE], **FOOTER[SOURCE_LANGUAGE])
    for code, locale in locales.items():
        if code != SOURCE_LANGUAGE:
            _translate_snippet(original, locale, **FOOTER[code])


def _remove_welcome_page(root):
    """Delete the page Wagtail's first migration leaves, and nothing an editor made."""
    for child in root.get_children().filter(title=WELCOME_TITLE, numchild=0):
        if child.specific_class is Page:
            child.delete()


def _build_pages(root, locales, refs):
    pages = refs[SOURCE_LANGUAGE].pages
    # Pass 1: the Swedish tree, then its translations (a parent is always translated first).
    for spec in PAGES:
        parent = root if spec.parent is None else pages[spec.parent][SOURCE_LANGUAGE]
        page = spec.factory(parent=parent, **spec.fields(refs[SOURCE_LANGUAGE]))
        pages[spec.key] = {SOURCE_LANGUAGE: page}
    for code, locale in locales.items():
        if code == SOURCE_LANGUAGE:
            continue
        for spec in PAGES:
            translated = pages[spec.key][SOURCE_LANGUAGE].copy_for_translation(locale).specific
            for name, value in spec.fields(refs[code]).items():
                setattr(translated, name, value)
            # Saved before its children are copied under it, so their URL paths use the new slug.
            translated.save()
            pages[spec.key][code] = translated
    # Pass 2: bodies and links, now that every page exists; one published revision each.
    for code in locales:
        for spec in PAGES:
            # Fresh from the database: adding children changed the tree fields (numchild) behind
            # the objects held here, and publishing saves every field.
            page = pages[spec.key][code].specific_class.objects.get(pk=pages[spec.key][code].pk)
            pages[spec.key][code] = page
            for name, value in spec.links(refs[code]).items():
                setattr(page, name, value)
            page.save_revision().publish()


def _make_default_site(home):
    site = (
        Site.objects.filter(is_default_site=True).first()
        or Site.objects.filter(hostname="localhost", port=80).first()
        or Site(hostname="localhost", port=80)
    )
    site.is_default_site = True
    site.root_page = home
    site.site_name = "Samspel63"
    site.save()
    return site


def _build_settings(site, pages, collection):
    settings = SiteSettings.for_site(site)
    for name, value in SITE_SETTINGS.items():
        setattr(settings, name, value)
    settings.privacy_page = pages["privacy"][SOURCE_LANGUAGE]
    settings.eu_emblem = f.ImageFactory(
        title=EMBLEM_TITLE,
        content=drawings.funding_emblem_placeholder(),
        filename="interreg-placeholder.png",
        collection=collection,
    )
    settings.save()


def summary():
    """Live pages per language, for the command's closing line."""
    counts = {}
    for code in LANGUAGES:
        counts[code] = Page.objects.live().filter(locale__language_code=code, depth__gt=1).count()
    return counts
