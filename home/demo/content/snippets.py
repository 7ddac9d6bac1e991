"""Organisations, people, footer and site settings of the demo.

The organisations are the real owners, partners and funders named in the project's
public texts. The people are invented (note the surnames) and reachable only at
example.org addresses.
"""

from home.choices import OrganisationRole

# Region Jämtland Härjedalen is both an owner and a funder: an Organisation has one
# role, so it appears once per role and both entries share a logo.
ORGANISATIONS = [
    {
        "key": "rjh",
        "name": {"sv": "Region Jämtland Härjedalen", "nb": "Region Jämtland Härjedalen"},
        "role": OrganisationRole.OWNER,
        "url": "https://www.regionjh.se/",
        "logo": ("Region Jämtland Härjedalen", "#1d3e57", "#e07a5f"),
    },
    {
        "key": "hilmar",
        "name": {"sv": "Stiftinga Hilmar Alexandersen", "nb": "Stiftinga Hilmar Alexandersen"},
        "role": OrganisationRole.OWNER,
        "url": "",
        "logo": ("Stiftinga Hilmar Alexandersen", "#3d2c5e", "#f2cc8f"),
    },
    {
        "key": "tindved",
        "name": {"sv": "Tindved kulturnæringshage", "nb": "Tindved kulturnæringshage"},
        "role": OrganisationRole.PARTNER,
        "url": "",
        "logo": ("Tindved kulturnæringshage", "#2f4b45", "#e9c46a"),
    },
    {
        "key": "innherred",
        "name": {"sv": "Visit Innherred / Explorativ AS", "nb": "Visit Innherred / Explorativ AS"},
        "role": OrganisationRole.PARTNER,
        "url": "",
        "logo": ("Visit Innherred / Explorativ AS", "#264653", "#8ecae6"),
    },
    {
        "key": "trondelag",
        "name": {"sv": "Trøndelag fylkeskommune", "nb": "Trøndelag fylkeskommune"},
        "role": OrganisationRole.FUNDER,
        "url": "https://www.trondelagfylke.no/",
        "logo": ("Trøndelag fylkeskommune", "#7a1f3d", "#f2cc8f"),
    },
    {
        "key": "rjh-funder",
        "name": {"sv": "Region Jämtland Härjedalen", "nb": "Region Jämtland Härjedalen"},
        "role": OrganisationRole.FUNDER,
        "url": "https://www.regionjh.se/",
        "logo": "rjh",  # the owner entry's logo
    },
    {
        "key": "interreg",
        "name": {
            "sv": "Interreg Sverige-Norge (Europeiska unionen)",
            "nb": "Interreg Sverige-Norge (Den europeiske union)",
        },
        "role": OrganisationRole.FUNDER,
        "url": "https://www.interreg-sverige-norge.com/",
        "logo": ("Interreg Sverige-Norge", "#003399", "#ffcc00"),
    },
]

PEOPLE = [
    {
        "key": "karin",
        "name": "Karin Exempel",
        "role": {
            "sv": "Projektledare, Region Jämtland Härjedalen",
            "nb": "Prosjektleder, Region Jämtland Härjedalen",
        },
        "email": "karin.exempel@example.org",
        "colour": "#1d3e57",
    },
    {
        "key": "ola",
        "name": "Ola Eksempel",
        "role": {
            "sv": "Projektledare i Norge, Stiftinga Hilmar Alexandersen",
            "nb": "Prosjektleder i Norge, Stiftinga Hilmar Alexandersen",
        },
        "email": "ola.eksempel@example.org",
        "colour": "#3d2c5e",
    },
    {
        "key": "maja",
        "name": "Maja Demosson",
        "role": {
            "sv": "Kommunikatör och samordnare för berättarnätverket",
            "nb": "Kommunikasjonsrådgiver og koordinator for fortellernettverket",
        },
        "email": "maja.demosson@example.org",
        "colour": "#8a5a3b",
    },
    {
        "key": "nils",
        "name": "Nils Prøvesen",
        "role": {"sv": "Nätverkssamordnare", "nb": "Nettverkskoordinator"},
        "email": "nils.provesen@example.org",
        "colour": "#2f4b45",
    },
    {
        "key": "erik",
        "name": "Erik Fiktivsson",
        "role": {
            "sv": "Processledare för Ovasjon, Tindved kulturnæringshage",
            "nb": "Prosessleder for Ovasjon, Tindved kulturnæringshage",
        },
        "email": "erik.fiktivsson@example.org",
        "colour": "#7a1f3d",
    },
    {
        "key": "sara",
        "name": "Sara Påhittad",
        "role": {"sv": "Följeforskare, living lab", "nb": "Følgeforsker, living lab"},
        "email": "sara.pahittad@example.org",
        "colour": "#45718f",
    },
]

FOOTER = {
    "sv": {
        "body": (
            "<p>Samspel63 stärker små och medelstora kulturföretag i Jämtland Härjedalen och Trøndelag "
            "2023–2026. Ett samarbete mellan Region Jämtland Härjedalen och Stiftinga Hilmar "
            "Alexandersen.</p>"
        ),
        "funding_statement": (
            "Samspel63 är delfinansierat av Europeiska unionen genom Interreg Sverige-Norge."
        ),
    },
    "nb": {
        "body": (
            "<p>Samspel63 styrker små og mellomstore kulturbedrifter i Jämtland Härjedalen og Trøndelag "
            "2023–2026. Et samarbeid mellom Region Jämtland Härjedalen og Stiftinga Hilmar Alexandersen.</p>"
        ),
        "funding_statement": (
            "Samspel63 er delfinansiert av Den europeiske union gjennom Interreg Sverige-Norge."
        ),
    },
}

SITE_SETTINGS = {
    "default_language": "sv",
    "contact_email": "info@samspel63.example",
}
