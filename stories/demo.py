"""Demo stories, news and storytellers in both languages, built through the factories.

`load_demo_stories(home_sv, home_nb, activities)` is called by the demo-content command once the
home pages and programme activities exist. Swedish is the source language: each page is made in
Swedish, then translated as editors translate (copy_for_translation, Norwegian texts, publish).
One story exists in Swedish only, to show the "Also in Swedish" listing.
"""

from wagtail.models import Collection

from home import factories as home_factories
from home.demo import images as drawings
from home.demo.content.media import PHOTOS
from residencies.choices import IntakePolicy
from stories import demo_content as content
from stories import factories as f

SOURCE, TARGET = "sv", "nb"


def _translate(page, locale, **fields):
    translated = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save_revision().publish()
    return type(page).objects.get(pk=translated.pk)


def _activity(activities, key):
    """The Swedish activity under `key`; `activities` maps keys to a page or to {language: page}."""
    value = (activities or {}).get(key) if key else None
    if isinstance(value, dict):
        value = value.get(SOURCE)
    return value


def _body(texts, quote):
    first, *rest = texts
    return [
        home_factories.paragraph_block(f"<p>{first}</p>"),
        f.pull_quote_block(quote),
        *(home_factories.paragraph_block(f"<p>{text}</p>") for text in rest),
    ]


def _photos(keys, collection):
    photos = {}
    for key in keys:
        photo = PHOTOS[key]
        photos[key] = home_factories.LandscapeImageFactory(
            title=photo["title"], palette=photo["palette"], seed=photo["seed"], collection=collection
        )
    return photos


def _image_fields(photos, key, language):
    return {"image": photos[key], "image_alt": PHOTOS[key]["alt"][language]}


def load_demo_stories(home_sv, home_nb, activities=None, collection=None):
    """Builds the indexes, art forms, storytellers, stories and news. Returns what it made, by kind."""
    sv_locale, nb_locale = home_sv.locale, home_nb.locale
    collection = collection or Collection.get_first_root_node()
    made = {}

    # Art forms: translated once, reused by every story and profile.
    art_forms = {}
    for slug, name_sv, name_nb in content.ART_FORMS:
        form = f.ArtFormFactory(slug=slug, name=name_sv, locale=sv_locale)
        translated = form.copy_for_translation(nb_locale)
        translated.name = name_nb
        translated.save()
        art_forms[slug] = form
    made["art_forms"] = list(art_forms.values())

    indexes = {}
    for key, factory in (
        ("stories", f.StoryIndexPageFactory),
        ("news", f.NewsIndexPageFactory),
        ("directory", f.NetworkDirectoryPageFactory),
    ):
        texts = content.INDEXES[key]
        indexes[key] = factory(parent=home_sv, show_in_menus=True, **texts[SOURCE])
        _translate(indexes[key], nb_locale, **texts[TARGET])
    # Takes requests (reviewed) through the shared submission form; staff hear at the site's contact address.
    join = f.JoinNetworkPageFactory(
        parent=indexes["directory"], intake_policy=IntakePolicy.REVIEWED, **content.INDEXES["join"][SOURCE]
    )
    _translate(join, nb_locale, **content.INDEXES["join"][TARGET])
    made["indexes"] = [*indexes.values(), join]

    storytellers = {}
    for person in content.STORYTELLERS:
        portrait = home_factories.ImageFactory(
            title=f"Porträtt (genererad platshållare): {person['name']}",
            content=drawings.initials_avatar(person["name"], person["colour"]),
            filename=f"storyteller-{person['key']}.png",
            collection=collection,
        )
        page = f.StorytellerPageFactory(
            parent=indexes["directory"],
            title=person["name"],
            slug=person["slug"],
            summary=person["summary"][SOURCE],
            bio=person["bio"][SOURCE],
            image=portrait,
            image_alt="",  # set below: a portrait needs alt text
            municipality=person["municipality"],
            region=person["region"],
            languages=person["languages"],
            website=person["website"],
            art_forms=[art_forms[slug] for slug in person["art_forms"]],
            publish=False,
        )
        page.image_alt = f"Porträtt av {person['name']}"
        page.save_revision().publish()
        _translate(
            page,
            nb_locale,
            summary=person["summary"][TARGET],
            bio=person["bio"][TARGET],
            image_alt=f"Portrett av {person['name']}",
        )
        storytellers[person["key"]] = page
    made["storytellers"] = list(storytellers.values())

    photos = _photos(
        {s["photo"] for s in [*content.STORIES, content.SWEDISH_ONLY_STORY, *content.NEWS]}, collection
    )

    made["stories"] = []
    for story in [*content.STORIES, content.SWEDISH_ONLY_STORY]:
        sv = story[SOURCE]
        page = f.StoryPageFactory(
            parent=indexes["stories"],
            slug=story["slug"],
            title=sv["title"],
            summary=sv["summary"],
            date=story["date"],
            region=story["region"],
            municipality=story["municipality"],
            activity=_activity(activities, story.get("activity")),
            body=_body(sv["body"], sv["quote"]),
            storytellers=[storytellers[key] for key in story["storytellers"]],
            art_forms=[art_forms[slug] for slug in story["art_forms"]],
            **_image_fields(photos, story["photo"], SOURCE),
        )
        made["stories"].append(page)
        if TARGET in story:
            nb = story[TARGET]
            _translate(
                page,
                nb_locale,
                title=nb["title"],
                summary=nb["summary"],
                body=_body(nb["body"], nb["quote"]),
                image_alt=PHOTOS[story["photo"]]["alt"][TARGET],
            )

    made["news"] = []
    for item in content.NEWS:
        sv = item[SOURCE]
        page = f.NewsPageFactory(
            parent=indexes["news"],
            slug=item["slug"],
            title=sv["title"],
            summary=sv["summary"],
            date=item["date"],
            activity=_activity(activities, item.get("activity")),
            body=[home_factories.paragraph_block(f"<p>{text}</p>") for text in sv["body"]],
            **_image_fields(photos, item["photo"], SOURCE),
        )
        nb = item[TARGET]
        _translate(
            page,
            nb_locale,
            title=nb["title"],
            summary=nb["summary"],
            body=[home_factories.paragraph_block(f"<p>{text}</p>") for text in nb["body"]],
            image_alt=PHOTOS[item["photo"]]["alt"][TARGET],
        )
        made["news"].append(page)
    return made
