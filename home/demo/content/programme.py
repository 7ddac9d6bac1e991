"""The programme index and its activities, as the interim report (delrapport) lists them.

Periods are given only where the texts support them: strands that run through the
whole project carry the funded period. No text states a budget, so none is set.
"""

import datetime

from home import factories as f
from home.choices import ActivityStatus, Region
from home.demo.content.media import alt
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


def _contact_us(r, heading_sv, heading_nb):
    return f.call_to_action_block(
        heading=r(sv=heading_sv, nb=heading_nb),
        text=r(
            sv="Skriv till oss, så berättar vi mer och hör av oss när nästa omgång öppnar.",
            nb="Skriv til oss, så forteller vi mer og tar kontakt når neste runde åpner.",
        ),
        page=r.page("contact"),
        button_label=r(sv="Kontakta oss", nb="Kontakt oss"),
    )


# --- Studieresor / Studieturer ---------------------------------------------


def study_trips_fields(r):
    return {
        "title": r(sv="Studieresor", nb="Studieturer"),
        "slug": r(sv="studieresor", nb="studieturer"),
        "summary": r(
            sv=(
                "Kulturföretagare reser över gränsen för att se hur andra arbetar och knyta nya kontakter. "
                "Den första studieresan gjordes i samband med Hilmarfestivalen 2023."
            ),
            nb=(
                "Kulturnæringsdrivende reiser over grensen for å se hvordan andre jobber og knytte nye "
                "kontakter. Den første studieturen ble gjennomført i forbindelse med Hilmarfestivalen 2023."
            ),
        ),
        "image": r.image("autumn"),
        "image_alt": alt(r, "autumn"),
        "status": ActivityStatus.ONGOING,
        "region": Region.CROSS_BORDER,
        **PROJECT_PERIOD,
        "lead_organisation": r.org("rjh"),
        "contact_person": r.person("karin"),
    }


def study_trips_links(r):
    return {
        "body": [
            f.paragraph_block(
                r(
                    sv=(
                        "<p>Att se hur andra gör är ett av de snabbaste sätten att lära. På studieresorna "
                        "möter kulturföretagare kollegor, arrangörer och uppdragsgivare på andra sidan "
                        "gränsen och tar del av deras villkor och förutsättningar.</p><p>I samband med "
                        "Hilmarfestivalen 2023 genomförde Samspel63 en första studieresa. Under våren 2024 "
                        "erbjuder projektet nya studieresor.</p>"
                    ),
                    nb=(
                        "<p>Å se hvordan andre gjør det, er en av de raskeste måtene å lære på. På "
                        "studieturene møter kulturnæringsdrivende kolleger, arrangører og oppdragsgivere på "
                        "den andre siden av grensen og blir kjent med deres vilkår og "
                        "forutsetninger.</p><p>I forbindelse med Hilmarfestivalen 2023 gjennomførte "
                        "Samspel63 en første studietur. Våren 2024 tilbyr prosjektet nye studieturer.</p>"
                    ),
                )
            ),
            f.accordion_block(
                [
                    (
                        r(sv="Vem kan följa med?", nb="Hvem kan bli med?"),
                        r(
                            sv=(
                                "<p>Studieresorna är till för kulturföretag i Jämtlands län och Trøndelag. "
                                "Antalet platser är begränsat.</p>"
                            ),
                            nb=(
                                "<p>Studieturene er for kulturbedrifter i Jämtlands län og Trøndelag. "
                                "Antall plasser er begrenset.</p>"
                            ),
                        ),
                    ),
                    (
                        r(sv="Hur anmäler jag mig?", nb="Hvordan melder jeg meg på?"),
                        r(
                            sv=(
                                "<p>Nya resor annonseras på den här sidan och i kalendern. Du anmäler dig "
                                "på webbplatsen när resan är publicerad.</p>"
                            ),
                            nb=(
                                "<p>Nye turer blir kunngjort på denne siden og i kalenderen. Du melder deg "
                                "på nettstedet når turen er publisert.</p>"
                            ),
                        ),
                    ),
                ],
                heading=r(sv="Om studieresorna", nb="Om studieturene"),
            ),
            _contact_us(r, "Intresserad av nästa resa?", "Interessert i neste tur?"),
        ]
    }


# --- Produktutvecklingsresidens / Produktutviklingsresidenser ---------------


def residencies_fields(r):
    return {
        "title": r(sv="Produktutvecklingsresidens", nb="Produktutviklingsresidenser"),
        "slug": r(sv="produktutvecklingsresidens", nb="produktutviklingsresidenser"),
        "summary": r(
            sv=(
                "Tid och rum att utveckla en produkt eller tjänst tillsammans med andra kreatörer. De två "
                "första residensen hölls i samband med Hilmarfestivalen 2023."
            ),
            nb=(
                "Tid og rom til å utvikle et produkt eller en tjeneste sammen med andre kreatører. De to "
                "første residensene ble holdt i forbindelse med Hilmarfestivalen 2023."
            ),
        ),
        "image": r.image("midsummer"),
        "image_alt": alt(r, "midsummer"),
        "status": ActivityStatus.ONGOING,
        "region": Region.CROSS_BORDER,
        **PROJECT_PERIOD,
        "lead_organisation": r.org("hilmar"),
        "contact_person": r.person("ola"),
    }


def residencies_links(r):
    return {
        "body": [
            f.heading_block(r(sv="Så fungerar ett residens", nb="Slik fungerer en residens")),
            f.paragraph_block(
                r(
                    sv=(
                        "<p>Ett produktutvecklingsresidens ger tid att arbeta fokuserat med en idé: en "
                        "föreställning som ska kunna säljas till fler arrangörer, ett upplevelsepaket för "
                        "besöksnäringen eller en ny tjänst till andra företag. Deltagarna arbetar "
                        "tillsammans med kreatörer från båda sidor om gränsen och paketerar det som "
                        "efterfrågas.</p><p>I samband med Hilmarfestivalen 2023 genomfördes två "
                        "produktutvecklingsresidens. Samma arbetssätt prövades när kreatörer från både "
                        "Sverige och Norge under en intensiv utvecklingsvecka tog fram identitet, webb och "
                        "kommunikationsstrategi för Samspel63.</p>"
                    ),
                    nb=(
                        "<p>En produktutviklingsresidens gir tid til å jobbe fokusert med en idé: en "
                        "forestilling som skal kunne selges til flere arrangører, en opplevelsespakke for "
                        "reiselivet eller en ny tjeneste til andre bedrifter. Deltakerne jobber sammen med "
                        "kreatører fra begge sider av grensen og pakker det som etterspørres.</p><p>I "
                        "forbindelse med Hilmarfestivalen 2023 ble det gjennomført to "
                        "produktutviklingsresidenser. Den samme arbeidsformen ble prøvd ut da kreatører fra "
                        "både Sverige og Norge i løpet av en intensiv utviklingsuke utviklet identitet, "
                        "nettsted og kommunikasjonsstrategi for Samspel63.</p>"
                    ),
                )
            ),
            f.fact_box_block(
                [
                    (r(sv="Residens 2023", nb="Residenser 2023"), "2"),
                    (
                        r(sv="Plats", nb="Sted"),
                        r(sv="Hilmarfestivalen, Steinkjer", nb="Hilmarfestivalen, Steinkjer"),
                    ),
                    (r(sv="Nästa omgång", nb="Neste runde"), r(sv="Våren 2024", nb="Våren 2024")),
                ],
                heading=r(sv="I korthet", nb="Kort fortalt"),
            ),
            _contact_us(r, "Har du en idé att utveckla?", "Har du en idé du vil utvikle?"),
        ]
    }


# --- Seminarieprogram på Hilmarfestivalen -------------------------------------


def seminars_fields(r):
    return {
        "title": r(sv="Seminarieprogram på Hilmarfestivalen", nb="Seminarprogram på Hilmarfestivalen"),
        "slug": r(sv="seminarieprogram-hilmarfestivalen", nb="seminarprogram-hilmarfestivalen"),
        "summary": r(
            sv=(
                "Samspel63 bidrog med ett antal programpunkter i seminarieprogrammet på Hilmarfestivalen "
                "2023, om kulturens villkor som näring och om samarbete över gränsen."
            ),
            nb=(
                "Samspel63 bidro med flere programposter i seminarprogrammet på Hilmarfestivalen 2023, om "
                "kulturens vilkår som næring og om samarbeid over grensen."
            ),
        ),
        "image": r.image("spring"),
        "image_alt": alt(r, "spring"),
        "status": ActivityStatus.COMPLETED,
        "region": Region.TRONDELAG,
        "lead_organisation": r.org("hilmar"),
        "contact_person": r.person("ola"),
    }


def seminars_links(r):
    return {
        "body": [
            f.paragraph_block(
                r(
                    sv=(
                        "<p>I samband med Hilmarfestivalen 2023 genomförde Samspel63 ett antal aktiviteter: "
                        "en studieresa, två produktutvecklingsresidens och ett antal programpunkter i "
                        "festivalens seminarieprogram. Seminarierna samlade kulturföretagare, arrangörer "
                        "och andra som arbetar med kultur som näring.</p>"
                    ),
                    nb=(
                        "<p>I forbindelse med Hilmarfestivalen 2023 gjennomførte Samspel63 flere "
                        "aktiviteter: en studietur, to produktutviklingsresidenser og flere programposter i "
                        "festivalens seminarprogram. Seminarene samlet kulturnæringsdrivende, arrangører og "
                        "andre som jobber med kultur som næring.</p>"
                    ),
                )
            ),
            f.quote_block(
                r(
                    sv=(
                        "Kulturen som är en förutsättning för kvarstannare, inflyttare, besökare och "
                        "etableringar tas ofta inte in i helhetsbilden och riskerar att falla mellan "
                        "stolarna när resurser ska prioriteras."
                    ),
                    nb=(
                        "Kulturen, som er en forutsetning for at folk blir boende, flytter til, besøker og "
                        "etablerer seg, blir ofte ikke tatt med i helhetsbildet og risikerer å falle mellom "
                        "to stoler når ressursene skal prioriteres."
                    ),
                ),
                attribution=r(
                    sv="Ur projektbeskrivningen för Samspel63", nb="Fra prosjektbeskrivelsen for Samspel63"
                ),
            ),
            f.heading_block(r(sv="Frågor som projektet driver", nb="Spørsmål prosjektet jobber med")),
            f.paragraph_block(
                r(
                    sv=(
                        "<ul><li>Kulturbranschen mellan näringspolitik och "
                        "kulturpolitik</li><li>Affärsmodeller och betalningsvilja för "
                        "kultur</li><li>Samarbete med besöksnäring, handel och evenemang</li></ul>"
                    ),
                    nb=(
                        "<ul><li>Kulturbransjen mellom næringspolitikk og "
                        "kulturpolitikk</li><li>Forretningsmodeller og betalingsvilje for "
                        "kultur</li><li>Samarbeid med reiseliv, handel og arrangementer</li></ul>"
                    ),
                )
            ),
        ]
    }


# --- Ovasjon ------------------------------------------------------------------


def ovasjon_fields(r):
    return {
        "title": r(sv="Utvecklingsprogrammet Ovasjon", nb="Utviklingsprogrammet Ovasjon"),
        "slug": "ovasjon",
        "summary": r(
            sv=(
                "Fem kulturföretag från Jämtland Härjedalen testar utvecklingsprogrammet Ovasjon, som redan "
                "är uppskattat bland företagen i Tindved kulturnæringshage i Steinkjer."
            ),
            nb=(
                "Fem kulturbedrifter fra Jämtland Härjedalen tester utviklingsprogrammet Ovasjon, som "
                "allerede er godt likt blant bedriftene i Tindved kulturnæringshage i Steinkjer."
            ),
        ),
        "image": r.image("winter"),
        "image_alt": alt(r, "winter"),
        "status": ActivityStatus.ONGOING,
        "region": Region.CROSS_BORDER,
        "lead_organisation": r.org("tindved"),
        "contact_person": r.person("erik"),
    }


def ovasjon_links(r):
    return {
        "body": [
            f.paragraph_block(
                r(
                    sv=(
                        "<p>Just nu testar fem kulturföretag från Jämtland Härjedalen utvecklingsprogrammet "
                        "Ovasjon, som redan erbjuds och är uppskattat av företag som är anslutna till "
                        "Tindved kulturnæringshage i Steinkjer.</p><p>Att ett beprövat program från ena "
                        "sidan gränsen prövas på den andra är samspel i praktiken: företagen får ta del av "
                        "ett arbetssätt som redan fungerar, och programmet får nya erfarenheter att växa "
                        "med. Under våren 2024 erbjuder projektet nya utvecklingsprogram.</p>"
                    ),
                    nb=(
                        "<p>Akkurat nå tester fem kulturbedrifter fra Jämtland Härjedalen "
                        "utviklingsprogrammet Ovasjon, som allerede tilbys og er godt likt blant bedriftene "
                        "som er tilknyttet Tindved kulturnæringshage i Steinkjer.</p><p>At et velprøvd "
                        "program fra den ene siden av grensen blir prøvd ut på den andre, er samspill i "
                        "praksis: bedriftene får ta del i en arbeidsform som allerede fungerer, og "
                        "programmet får nye erfaringer å vokse med. Våren 2024 tilbyr prosjektet nye "
                        "utviklingsprogram.</p>"
                    ),
                )
            ),
            f.people_block(r.persons("erik", "karin"), heading=r(sv="Kontaktpersoner", nb="Kontaktpersoner")),
            _contact_us(r, "Vill ditt företag vara med?", "Vil bedriften din være med?"),
        ]
    }


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
            _contact_us(r, "Berätta om ert initiativ", "Fortell om initiativet deres"),
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
            _contact_us(r, "Vill du vara med i nätverket?", "Vil du være med i nettverket?"),
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


def _activity(key, fields, links):
    return PageSpec(key, f.ActivityPageFactory, "programme", fields, links)


PROGRAMME = PageSpec("programme", f.ProgrammeIndexPageFactory, "home", programme_fields)
ACTIVITIES = [
    _activity("study-trips", study_trips_fields, study_trips_links),
    _activity("residencies", residencies_fields, residencies_links),
    _activity("seminars", seminars_fields, seminars_links),
    _activity("ovasjon", ovasjon_fields, ovasjon_links),
    _activity("network", network_fields, network_links),
    _activity("storytelling", storytelling_fields, storytelling_links),
    _activity("living-lab", living_lab_fields, living_lab_links),
]
