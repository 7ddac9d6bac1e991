"""The development activities of the programme: study trips, residencies, seminars and Ovasjon.

Periods are given only where the texts support them (home.demo.content.programme).
"""

from home import factories as f
from home.choices import ActivityStatus, Region
from home.demo.content.media import alt
from home.demo.content.programme import PROJECT_PERIOD, activity, contact_us

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
            contact_us(r, "Intresserad av nästa resa?", "Interessert i neste tur?"),
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
            contact_us(r, "Har du en idé att utveckla?", "Har du en idé du vil utvikle?"),
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
            contact_us(r, "Vill ditt företag vara med?", "Vil bedriften din være med?"),
        ]
    }


DEVELOPMENT = [
    activity("study-trips", study_trips_fields, study_trips_links),
    activity("residencies", residencies_fields, residencies_links),
    activity("seminars", seminars_fields, seminars_links),
    activity("ovasjon", ovasjon_fields, ovasjon_links),
]
