"""The network activities of the programme: the network across the border, storytelling, the living lab.

Periods are given only where the texts support them (home.demo.content.programme).
"""

from home import factories as f
from home.choices import ActivityStatus, Region
from home.demo.content.media import alt
from home.demo.content.programme import PROJECT_PERIOD, activity, contact_us

# --- Nätverk över gränsen / Nettverk over grensen ----------------------------


def network_fields(r):
    return {
        "title": r(sv="Nätverk över gränsen", nb="Nettverk over grensen"),
        "slug": r(sv="natverk-over-gransen", nb="nettverk-over-grensen"),
        "summary": r(
            sv=(
                "Nätverksträffar och stöd till kulturföretag som själva ser behov i sin bransch – från "
                "gemensam affärsutveckling för konstnärer till utbyte kring festivalen Nordic Soundscapes."
            ),
            nb=(
                "Nettverkssamlinger og støtte til kulturbedrifter som selv ser behov i bransjen sin – fra "
                "felles forretningsutvikling for kunstnere til utveksling rundt festivalen Nordic "
                "Soundscapes."
            ),
        ),
        "image": r.image("fjord"),
        "image_alt": alt(r, "fjord"),
        "status": ActivityStatus.ONGOING,
        "region": Region.CROSS_BORDER,
        **PROJECT_PERIOD,
        "lead_organisation": r.org("rjh"),
        "contact_person": r.person("nils"),
    }


def network_links(r):
    return {
        "body": [
            f.paragraph_block(
                r(
                    sv=(
                        "<p>Samspel63 har utvecklat en rutin för att stärka kulturföretag som själva "
                        "identifierat behov och möjligheter för att utveckla sin bransch. Genom detta har "
                        "projektet bidragit till:</p><ul><li>gemensam affärsutveckling för "
                        "konstnärer,</li><li>inventering av aktörer inom "
                        "rockbranschen,</li><li>landsöverskridande utbyte kopplat till festivalen Nordic "
                        "Soundscapes,</li><li>framväxandet av ett berättarnätverk.</li></ul>"
                    ),
                    nb=(
                        "<p>Samspel63 har utviklet en rutine for å styrke kulturbedrifter som selv har "
                        "identifisert behov og muligheter for å utvikle bransjen sin. Gjennom dette har "
                        "prosjektet bidratt til:</p><ul><li>felles forretningsutvikling for "
                        "kunstnere,</li><li>kartlegging av aktører i rockebransjen,</li><li>utveksling over "
                        "landegrensen knyttet til festivalen Nordic Soundscapes,</li><li>framveksten av et "
                        "fortellernettverk.</li></ul>"
                    ),
                )
            ),
            f.heading_block(r(sv="Har din bransch en idé?", nb="Har bransjen din en idé?")),
            f.paragraph_block(
                r(
                    sv=(
                        "<p>Ser ni ett behov eller en möjlighet i er bransch? Berätta för oss. Projektet "
                        "kan stötta initiativ som stärker flera kulturföretag samtidigt, på båda sidor om "
                        "gränsen.</p>"
                    ),
                    nb=(
                        "<p>Ser dere et behov eller en mulighet i bransjen deres? Fortell oss om det. "
                        "Prosjektet kan støtte initiativer som styrker flere kulturbedrifter samtidig, på "
                        "begge sider av grensen.</p>"
                    ),
                )
            ),
            contact_us(r, "Berätta om ert initiativ", "Fortell om initiativet deres"),
        ]
    }


# --- Berättarnätverket / Fortellernettverket ----------------------------------


def storytelling_fields(r):
    return {
        "title": r(sv="Berättarnätverket", nb="Fortellernettverket"),
        "slug": r(sv="berattarnatverket", nb="fortellernettverket"),
        "summary": r(
            sv=(
                "Ett nätverk för berättare på båda sidor om gränsen, som vuxit fram ur projektet: för att "
                "dela erfarenheter, skapa nya sammanhang och nå fler arrangörer."
            ),
            nb=(
                "Et nettverk for fortellere på begge sider av grensen, som har vokst fram i prosjektet: for "
                "å dele erfaringer, skape nye sammenhenger og nå flere arrangører."
            ),
        ),
        "image": r.image("aurora"),
        "image_alt": alt(r, "aurora"),
        "status": ActivityStatus.ONGOING,
        "region": Region.CROSS_BORDER,
        **PROJECT_PERIOD,
        "lead_organisation": r.org("rjh"),
        "contact_person": r.person("maja"),
    }


def storytelling_links(r):
    return {
        "body": [
            f.paragraph_block(
                r(
                    sv=(
                        "<p>Berättarnätverket växte fram när berättare själva såg ett behov av att hitta "
                        "varandra. Berättandet har djupa rötter i vår gemensamma geografi, inte minst i den "
                        "sydsamiska kulturen, och nätverket vill göra fler berättare synliga för "
                        "arrangörer, besöksnäring och publik.</p>"
                    ),
                    nb=(
                        "<p>Fortellernettverket vokste fram da fortellere selv så et behov for å finne "
                        "hverandre. Fortellingen har dype røtter i den felles geografien vår, ikke minst i "
                        "den sørsamiske kulturen, og nettverket vil gjøre flere fortellere synlige for "
                        "arrangører, reiseliv og publikum.</p>"
                    ),
                )
            ),
            f.accordion_block(
                [
                    (
                        r(sv="Vem kan vara med?", nb="Hvem kan være med?"),
                        r(
                            sv=(
                                "<p>Berättare, författare, scenkonstnärer och andra som arbetar med "
                                "berättande i Jämtlands län och Trøndelag.</p>"
                            ),
                            nb=(
                                "<p>Fortellere, forfattere, scenekunstnere og andre som jobber med "
                                "fortelling i Jämtlands län og Trøndelag.</p>"
                            ),
                        ),
                    ),
                    (
                        r(sv="Vad gör nätverket?", nb="Hva gjør nettverket?"),
                        r(
                            sv=(
                                "<p>Nätverket träffas, delar erfarenheter och tips om uppdrag och utvecklar "
                                "gemensamma erbjudanden till arrangörer.</p>"
                            ),
                            nb=(
                                "<p>Nettverket møtes, deler erfaringer og tips om oppdrag og utvikler "
                                "felles tilbud til arrangører.</p>"
                            ),
                        ),
                    ),
                ],
                heading=r(sv="Om nätverket", nb="Om nettverket"),
            ),
            f.people_block(r.persons("maja"), heading=r(sv="Samordnare", nb="Koordinator")),
            contact_us(r, "Vill du vara med i nätverket?", "Vil du være med i nettverket?"),
        ]
    }


# --- Living lab ---------------------------------------------------------------


def living_lab_fields(r):
    return {
        "title": r(sv="Forskning med living lab", nb="Forskning med living lab"),
        "slug": "living-lab",
        "summary": r(
            sv=(
                "Projektet ska bidra till ny kunskap genom forskningsmetoden living lab, med "
                "följeforskning, aktionsforskning och en referensgrupp."
            ),
            nb=(
                "Prosjektet skal bidra til ny kunnskap gjennom forskningsmetoden living lab, med "
                "følgeforskning, aksjonsforskning og en referansegruppe."
            ),
        ),
        "image": r.image("dusk"),
        "image_alt": alt(r, "dusk"),
        "status": ActivityStatus.PLANNED,
        "region": Region.CROSS_BORDER,
        "lead_organisation": r.org("rjh"),
        "contact_person": r.person("sara"),
    }


def living_lab_links(r):
    return {
        "body": [
            f.paragraph_block(
                r(
                    sv=(
                        "<p>Samspel63 ska även bidra till ny kunskap genom forskningsmetoden living lab. "
                        "Projektet arbetar nu med att få sin externa organisation – följeforskning, "
                        "aktionsforskning (living lab) och referensgrupp – på plats.</p>"
                    ),
                    nb=(
                        "<p>Samspel63 skal også bidra til ny kunnskap gjennom forskningsmetoden living lab. "
                        "Prosjektet jobber nå med å få på plass sin eksterne organisering – følgeforskning, "
                        "aksjonsforskning (living lab) og referansegruppe.</p>"
                    ),
                )
            ),
            f.accordion_block(
                [
                    (
                        r(sv="Vad är ett living lab?", nb="Hva er et living lab?"),
                        r(
                            sv=(
                                "<p>En forskningsmetod där forskare, företag och andra aktörer utvecklar "
                                "och prövar nya lösningar tillsammans, i verkliga miljöer. Deltagarna är "
                                "medskapare, inte bara studieobjekt.</p>"
                            ),
                            nb=(
                                "<p>En forskningsmetode der forskere, bedrifter og andre aktører utvikler "
                                "og prøver ut nye løsninger sammen, i virkelige omgivelser. Deltakerne er "
                                "medskapere, ikke bare studieobjekter.</p>"
                            ),
                        ),
                    ),
                    (
                        r(sv="Vad är följeforskning?", nb="Hva er følgeforskning?"),
                        r(
                            sv=(
                                "<p>Följeforskare följer projektet under hela dess gång, ger återkoppling "
                                "och hjälper projektet att lära och justera medan arbetet pågår.</p>"
                            ),
                            nb=(
                                "<p>Følgeforskere følger prosjektet gjennom hele perioden, gir "
                                "tilbakemeldinger og hjelper prosjektet med å lære og justere mens arbeidet "
                                "pågår.</p>"
                            ),
                        ),
                    ),
                ],
                heading=r(sv="Om metoden", nb="Om metoden"),
            ),
            f.people_block(r.persons("sara"), heading=r(sv="Kontakt", nb="Kontakt")),
        ]
    }


NETWORKS = [
    activity("network", network_fields, network_links),
    activity("storytelling", storytelling_fields, storytelling_links),
    activity("living-lab", living_lab_fields, living_lab_links),
]
