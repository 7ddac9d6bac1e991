"""The home page and the contact page."""

from home import factories as f
from home.demo.content.media import alt
from home.demo.spec import PageSpec
from home.models.pages import HomePageFeaturedActivity

FEATURED = ("residencies", "ovasjon", "storytelling")


def home_fields(r):
    return {
        "title": "Samspel63",
        "slug": r(sv="hem", nb="hjem"),
        "seo_title": r(
            sv="Samspel63 – kulturföretag i Jämtland Härjedalen och Trøndelag",
            nb="Samspel63 – kulturbedrifter i Jämtland Härjedalen og Trøndelag",
        ),
        "search_description": r(
            sv="Samspel63 stärker små och medelstora kulturföretag i Jämtlands län och Trøndelag 2023–2026.",
            nb="Samspel63 styrker små og mellomstore kulturbedrifter i Jämtlands län og Trøndelag 2023–2026.",
        ),
        "hero_heading": r(
            sv="Tillsammans stärker vi kulturföretagen i Mittnorden",
            nb="Sammen styrker vi kulturbedriftene i Midt-Norden",
        ),
        "hero_text": r(
            sv=(
                "Samspel63 stärker små och medelstora kulturföretag i Jämtland Härjedalen och Trøndelag – "
                "över ämnesgränser, landsgränser och branscher."
            ),
            nb=(
                "Samspel63 styrker små og mellomstore kulturbedrifter i Jämtland Härjedalen og Trøndelag – "
                "på tvers av fagområder, landegrenser og bransjer."
            ),
        ),
        "hero_image": r.image("dusk"),
        "hero_image_alt": alt(r, "dusk"),
        "hero_link_label": r(sv="Se programmet", nb="Se programmet"),
    }


def home_links(r):
    about = f.page_link(r.page("about"), r(sv="Läs mer om projektet", nb="Les mer om prosjektet"))
    return {
        "hero_link": r.page("programme"),
        "introduction": r(
            sv=(
                "<p>Samspel – att spela tillsammans – är ett spännande sätt att arbeta tillsammans, både "
                "med och utan musikinstrument. Målet är att <b>100 kulturföretag</b> ska stärkas genom "
                "kompetensutveckling, produktutvecklingsresidens och ett utökat nätverk över landsgränsen. "
                "Samspel63 är ett samarbete mellan Region Jämtland Härjedalen och Stiftinga Hilmar "
                f"Alexandersen som pågår 2023–2026. {about}.</p>"
            ),
            nb=(
                "<p>Samspill – å spille sammen – er en spennende måte å jobbe sammen på, både med og uten "
                "musikkinstrumenter. Målet er at <b>100 kulturbedrifter</b> skal styrkes gjennom "
                "kompetanseutvikling, produktutviklingsresidenser og et utvidet nettverk over landegrensen. "
                "Samspel63 er et samarbeid mellom Region Jämtland Härjedalen og Stiftinga Hilmar "
                f"Alexandersen som går fra 2023 til 2026. {about}.</p>"
            ),
        ),
        "featured_activities": [HomePageFeaturedActivity(activity=r.page(key)) for key in FEATURED],
    }


def contact_fields(r):
    return {
        "title": "Kontakt",
        "slug": "kontakt",
        "show_in_menus": True,
        "search_description": r(
            sv="Skriv till Samspel63: frågor om projektet, aktiviteterna eller idéer för din bransch.",
            nb="Skriv til Samspel63: spørsmål om prosjektet, aktivitetene eller ideer for bransjen din.",
        ),
        "thank_you_text": r(
            sv=(
                "<p>Tack för ditt meddelande! Vi har tagit emot det och svarar så snart vi kan, oftast inom "
                "några arbetsdagar.</p>"
            ),
            nb=(
                "<p>Takk for meldingen! Vi har mottatt den og svarer så snart vi kan, som regel innen noen "
                "arbeidsdager.</p>"
            ),
        ),
    }


def contact_links(r):
    privacy = f.page_link(r.page("privacy"), r(sv="integritetspolicyn", nb="personvernerklæringen"))
    return {
        "introduction": r(
            sv=(
                "<p>Har du frågor om Samspel63, vill du vara med i en aktivitet eller har du en idé som kan "
                "stärka din bransch? Skriv till oss med formuläret nedan, så svarar vi så snart vi kan. Du "
                "kan också mejla <a "
                'href="mailto:info@samspel63.example">info@samspel63.example</a>.</p><p>Vi sparar ditt '
                "namn, din e-postadress och ditt meddelande för att kunna svara dig. Läs mer i "
                f"{privacy}.</p>"
            ),
            nb=(
                "<p>Har du spørsmål om Samspel63, vil du være med på en aktivitet, eller har du en idé som "
                "kan styrke bransjen din? Skriv til oss med skjemaet nedenfor, så svarer vi så snart vi "
                "kan. Du kan også sende e-post til <a "
                'href="mailto:info@samspel63.example">info@samspel63.example</a>.</p><p>Vi lagrer navnet '
                f"ditt, e-postadressen din og meldingen din for å kunne svare deg. Les mer i {privacy}.</p>"
            ),
        ),
    }


HOME = PageSpec("home", f.HomePageFactory, None, home_fields, home_links)
CONTACT = PageSpec("contact", f.ContactPageFactory, "home", contact_fields, contact_links)
