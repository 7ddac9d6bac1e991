"""The small vocabulary the demo content is written in.

Content modules describe each page once, with both languages side by side
(`r(sv="...", nb="...")`), and name the pages, people, organisations and images they
point to by key (`r.page("contact")`). The builder evaluates a description once per
language with a `Refs` for that language, which answers with the objects of that
language.
"""

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class PageSpec:
    key: str
    factory: type
    parent: str | None  # the parent's key; None for the home page
    # Fields that point to nothing built later (titles, texts, snippets, images).
    fields: Callable
    # Fields that point to other pages (bodies, links): set once every page exists.
    links: Callable = field(default=lambda r: {})


@dataclass
class Refs:
    language: str
    locale: object
    images: dict
    # key -> {language: object}
    organisations: dict
    people: dict
    pages: dict

    def __call__(self, *, sv, nb):
        return {"sv": sv, "nb": nb}[self.language]

    def image(self, key):
        return self.images[key]

    def org(self, key):
        return self.organisations[key][self.language]

    def orgs(self, *keys):
        return [self.org(key) for key in keys]

    def person(self, key):
        return self.people[key][self.language]

    def persons(self, *keys):
        return [self.person(key) for key in keys]

    def page(self, key):
        return self.pages[key][self.language]
