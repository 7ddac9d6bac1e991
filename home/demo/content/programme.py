"""The programme index, as the interim report (delrapport) describes it, and what its activities share.

The activities themselves: home.demo.content.development and home.demo.content.networks.

Periods are given only where the texts support them: strands that run through the
whole project carry the funded period. No text states a budget, so none is set.
"""

import datetime

from home import factories as f
from home.demo.spec import PageSpec

PROJECT_PERIOD = {"start_date": datetime.date(2023, 4, 1), "end_date": datetime.date(2026, 3, 31)}


def programme_fields(r):
    return {
        "title": "Programmet",
        "slug": "programmet",
        "show_in_menus": True,
        "search_description": r(
            sv="Samspel63:s aktiviteter: studieresor, residens, utvecklingsprogram, seminarier och nätverk.",
            nb="Aktivitetene i Samspel63: studieturer, residenser, utviklingsprogram, seminarer og nettverk.",
        ),
        "introduction": r(
            sv=(
                "<p>Samspel63 erbjuder utvecklingsprogram, produktutvecklingsresidens, studieresor, "
                "seminarier och nätverksträffar för kulturföretag på båda sidor om gränsen. Målet är att "
                "100 kulturföretag ska stärkas genom exempelvis kompetensutveckling, "
                "produktutvecklingsresidens och utökat nätverk över landsgränsen.</p>"
            ),
            nb=(
                "<p>Samspel63 tilbyr utviklingsprogram, produktutviklingsresidenser, studieturer, seminarer "
                "og nettverkssamlinger for kulturbedrifter på begge sider av grensen. Målet er at 100 "
                "kulturbedrifter skal styrkes gjennom for eksempel kompetanseutvikling, "
                "produktutviklingsresidenser og utvidet nettverk over landegrensen.</p>"
            ),
        ),
    }


def contact_us(r, heading_sv, heading_nb):
    return f.call_to_action_block(
        heading=r(sv=heading_sv, nb=heading_nb),
        text=r(
            sv="Skriv till oss, så berättar vi mer och hör av oss när nästa omgång öppnar.",
            nb="Skriv til oss, så forteller vi mer og tar kontakt når neste runde åpner.",
        ),
        page=r.page("contact"),
        button_label=r(sv="Kontakta oss", nb="Kontakt oss"),
    )


def activity(key, fields, links):
    return PageSpec(key, f.ActivityPageFactory, "programme", fields, links)


PROGRAMME = PageSpec("programme", f.ProgrammeIndexPageFactory, "home", programme_fields)
