""" "Om projektet" / "Om prosjektet" (its child page about the goals: home.demo.content.goals).

Texts from the project's own descriptions (om-prosjektet, prosjektbeskrivelse,
delrapport); where a passage exists in one language only, the other is a translation.
"""

from home import factories as f
from home.demo.content.media import alt
from home.demo.spec import PageSpec


def about_fields(r):
    return {
        "title": r(sv="Om projektet", nb="Om prosjektet"),
        "slug": r(sv="om-projektet", nb="om-prosjektet"),
        "show_in_menus": True,
        "summary": r(
            sv=(
                "Samspel63 stärker små och medelstora kulturföretag i Jämtlands län och Trøndelag fylke – "
                "över ämnesgränser, geografiska gränser och branscher."
            ),
            nb=(
                "Samspel63 styrker små og mellomstore kulturbedrifter i Jämtlands län og Trøndelag fylke – "
                "på tvers av fagområder, geografiske grenser og bransjer."
            ),
        ),
        "image": r.image("fjord"),
        "image_alt": alt(r, "fjord"),
    }


def about_links(r):
    contact = f.page_link(r.page("contact"), r(sv="kontaktformuläret", nb="kontaktskjemaet"))
    programme = f.page_link(r.page("programme"), r(sv="Programmet", nb="Programmet"))
    return {
        "body": [
            f.heading_block(
                r(
                    sv="Samspel63 – en lösning på kulturbranschens utmaningar",
                    nb="Samspel63 – en løsning på kulturbransjens utfordringer",
                )
            ),
            f.paragraph_block(
                r(
                    sv=(
                        "<p>Samspel63 är en satsning som möter kulturbranschens utmaningar på ett effektivt "
                        "och samlat sätt. Projektet riktar sig till små och medelstora kulturföretag i "
                        "Jämtlands län och Trøndelag fylke som vill utveckla och professionalisera sin "
                        "verksamhet. Samspel – att spela tillsammans – är ett spännande sätt att arbeta "
                        "tillsammans, både med och utan musikinstrument. I projektet arbetar vi tillsammans "
                        "över ämnesgränser, över geografiska gränser och över branschgränser för att stärka "
                        "kulturentreprenörerna i Mittnorden.</p><p>Projektet är utformat med aktiviteter "
                        "som gör att aktörerna, i olika branscher och i olika roller, tillsammans skaffar "
                        "sig den kunskap de behöver om varandras villkor och förutsättningar. Att man "
                        "skapar de organisations- och samverkansstrukturer och mötesplatser som saknas, "
                        "utvecklar och paketerar de produkter och tjänster som efterfrågas samt bygger de "
                        "affärsrelationer som krävs för långsiktigt hållbara affärsmodeller.</p>"
                    ),
                    nb=(
                        "<p>Samspel63 er en satsning som møter kulturbransjens utfordringer på en effektiv "
                        "og samlet måte. Prosjektet retter seg mot små og middels store kulturbedrifter i "
                        "Jämtlands län og Trøndelag fylke, som ønsker å utvikle og profesjonalisere sin "
                        "virksomhet. Samspill – å spille sammen – er en spennende måte å jobbe sammen på, "
                        "både med og uten musikkinstrumenter. I prosjektet jobber vi sammen på tvers av "
                        "fagområder, på tvers av geografiske grenser og på tvers av bransjer, for å styrke "
                        "kulturentreprenørene i Midt-Norden.</p><p>Prosjektet er utformet med aktiviteter "
                        "som gjør at aktørene, i ulike bransjer og i ulike roller, sammen skaffer seg den "
                        "kunnskapen de trenger om hverandres vilkår og forutsetninger. Slik skaper man de "
                        "organisasjons- og samarbeidsstrukturene og møteplassene som mangler, utvikler og "
                        "pakker de produktene og tjenestene som etterspørres, og bygger de "
                        "forretningsrelasjonene som trengs for langsiktig bærekraftige "
                        "forretningsmodeller.</p>"
                    ),
                )
            ),
            f.fact_box_block(
                [
                    (
                        r(sv="Period", nb="Periode"),
                        r(sv="1 april 2023 – 31 mars 2026", nb="1. april 2023 – 31. mars 2026"),
                    ),
                    (
                        r(sv="Projektägare", nb="Prosjekteiere"),
                        r(
                            sv=(
                                "Region Jämtland Härjedalen (Sverige) och Stiftinga Hilmar Alexandersen "
                                "(Norge)"
                            ),
                            nb=(
                                "Region Jämtland Härjedalen (Sverige) og Stiftinga Hilmar Alexandersen "
                                "(Norge)"
                            ),
                        ),
                    ),
                    (
                        r(sv="Samarbetspartner", nb="Samarbeidspartnere"),
                        "Tindved kulturnæringshage, Visit Innherred / Explorativ AS",
                    ),
                    (
                        r(sv="Finansiärer", nb="Tilskuddsytere"),
                        "Trøndelag fylkeskommune, Region Jämtland Härjedalen, Interreg Sverige-Norge",
                    ),
                    (
                        r(sv="Målgrupp", nb="Målgruppe"),
                        r(
                            sv="Små och medelstora kulturföretag i Jämtlands län och Trøndelag",
                            nb="Små og mellomstore kulturbedrifter i Jämtlands län og Trøndelag",
                        ),
                    ),
                    (
                        r(sv="Mål", nb="Mål"),
                        r(sv="100 kulturföretag stärks", nb="100 kulturbedrifter styrkes"),
                    ),
                ],
                heading=r(sv="Fakta om projektet", nb="Fakta om prosjektet"),
            ),
            f.heading_block(r(sv="Målet med projektet", nb="Målet med prosjektet")),
            f.paragraph_block(
                r(
                    sv=(
                        "<p>Projektets mål är att synliggöra, förbättra och stärka kulturella och kreativa "
                        "branschernas villkor, roller, värden och kompetenser för hållbar ekonomisk "
                        "utveckling och konkurrenskraft i Jämtlands län och Trøndelag fylke. Vi vill stärka "
                        "kunskapen i kulturbranschen och i samhället i stort om de kulturella och kreativa "
                        "näringarnas värde, och arbeta fram en insikt om att de är en självklar och "
                        "jämbördig del av det långsiktigt hållbara näringslivet i Jämtland och "
                        "Trøndelag.</p><p>De snabba förändringarna i samhället och deras följder gör att "
                        "många måste anpassa sig och tänka nytt för att överleva och växa.</p>"
                    ),
                    nb=(
                        "<p>Målet med prosjektet er å synliggjøre, forbedre og styrke de kulturelle og "
                        "kreative næringenes vilkår, roller, verdier og kompetanse for bærekraftig "
                        "økonomisk utvikling og konkurransekraft i Jämtlands län og Trøndelag fylke. Vi vil "
                        "styrke kunnskapen i kulturbransjen og i samfunnet generelt om de kulturelle og "
                        "kreative næringenes verdi og jobbe på plass en innsikt om at de er en selvsagt og "
                        "likeverdig del av det langsiktige bærekraftige næringslivet i "
                        "Jämtland/Trøndelag.</p><p>De hurtige endringene i samfunnet og konsekvensene av "
                        "disse, gjør at mange må tilpasse seg og tenke nytt for å overleve og oppnå "
                        "vekst.</p>"
                    ),
                )
            ),
            f.quote_block(
                r(
                    sv=(
                        "Omställning och anpassning kräver den kreativa förmågan att föreställa sig och "
                        "skapa en framtid som vi ännu inte ser och att skapa en ny och hållbar "
                        "framtidsberättelse. Kan den förnyelsen nås genom att tänka nytt om samarbete och "
                        "samspel över ämnesgränser, geografiska gränser och branscher?"
                    ),
                    nb=(
                        "Overgang og tilpasning krever kreativ evne til å forestille seg og skape en "
                        "fremtid som vi ennå ikke ser for å skape en ny og bærekraftig fremtidshistorie. "
                        "Kan denne nyskapingen oppnås ved å tenke nytt om samarbeid og samspill på tvers av "
                        "fagområder, geografiske grenser og bransjer?"
                    ),
                ),
                attribution=r(sv="Ur projektbeskrivningen", nb="Fra prosjektbeskrivelsen"),
            ),
            f.call_to_action_block(
                heading=r(sv="Tre mål och långsiktiga effekter", nb="Tre mål og langsiktige effekter"),
                text=r(
                    sv=(
                        "Läs om projektets mål, de resultat som ska leva vidare och effekterna vi arbetar "
                        "för."
                    ),
                    nb="Les om prosjektets mål, resultatene som skal leve videre og effektene vi jobber for.",
                ),
                page=r.page("goals"),
                button_label=r(sv="Projektets mål", nb="Prosjektets mål"),
            ),
            f.heading_block(
                r(
                    sv="Projektägare, samarbetspartner och finansiärer",
                    nb="Prosjekteiere, samarbeidspartnere og tilskuddsytere",
                )
            ),
            f.paragraph_block(
                r(
                    sv=(
                        "<p>Samspel63 är ett samarbetsprojekt som ägs av Region Jämtland Härjedalen och "
                        "Stiftinga Hilmar Alexandersen. Region Jämtland Härjedalen är svensk projektägare "
                        "och norsk projektägare är Stiftinga Hilmar Alexandersen. Finansiärer är Region "
                        "Jämtland Härjedalen, Interreg Sverige-Norge och Trøndelags fylkeskommune. "
                        "Samspel63 har finansiering mellan 1 april 2023 och 31 mars 2026.</p>"
                    ),
                    nb=(
                        "<p>Prosjektet Samspel63 er et samarbeidsprosjekt eid av Region Jämtland Härjedalen "
                        "og Stiftinga Hilmar Alexandersen som går fra 2023 til 2026. Region Jämtland "
                        "Härjedalen er svensk prosjekteier, og Stiftinga Hilmar Alexandersen er norsk "
                        "prosjekteier. Tilskuddsytere er Trøndelag fylkeskommune, Region Jämtland "
                        "Härjedalen og Interreg Sverige-Norge. Samspel63 har finansiering fra 1. april 2023 "
                        "til 31. mars 2026.</p>"
                    ),
                )
            ),
            f.logos_block(r.orgs("rjh", "hilmar"), heading=r(sv="Projektägare", nb="Prosjekteiere")),
            f.logos_block(
                r.orgs("tindved", "innherred"), heading=r(sv="Samarbetspartner", nb="Samarbeidspartnere")
            ),
            f.logos_block(
                r.orgs("trondelag", "rjh-funder", "interreg"),
                heading=r(sv="Finansiärer", nb="Tilskuddsytere / ekstern finansiering"),
            ),
            f.people_block(
                r.persons("karin", "ola", "maja"), heading=r(sv="Projektgruppen", nb="Prosjektgruppen")
            ),
            f.accordion_block(
                [
                    (
                        r(sv="Vem kan delta i Samspel63?", nb="Hvem kan delta i Samspel63?"),
                        r(
                            sv=(
                                "<p>Projektet riktar sig till små och medelstora kulturföretag i Jämtlands "
                                "län och Trøndelag som vill utveckla och professionalisera sin verksamhet – "
                                "till exempel konstnärer, musiker, berättare, producenter, tekniker och "
                                "arrangörer.</p>"
                            ),
                            nb=(
                                "<p>Prosjektet retter seg mot små og mellomstore kulturbedrifter i "
                                "Jämtlands län og Trøndelag som ønsker å utvikle og profesjonalisere "
                                "virksomheten sin – for eksempel kunstnere, musikere, fortellere, "
                                "produsenter, teknikere og arrangører.</p>"
                            ),
                        ),
                    ),
                    (
                        r(sv="Varför ett samarbete över gränsen?", nb="Hvorfor et samarbeid over grensen?"),
                        r(
                            sv=(
                                "<p>Var för sig är länet och fylket för små, men tillsammans och med ett "
                                "nytt gränsöverskridande samarbete kan utmaningarna hanteras.</p>"
                            ),
                            nb=(
                                "<p>Hver for seg er länet og fylket for små, men sammen og med et nytt "
                                "grenseoverskridende samarbeid kan utfordringene håndteres.</p>"
                            ),
                        ),
                    ),
                    (
                        r(
                            sv="Hur får jag veta om nya aktiviteter?",
                            nb="Hvordan får jeg vite om nye aktiviteter?",
                        ),
                        r(
                            sv=(
                                "<p>Utvecklingsprogram, produktutvecklingsresidens, nätverksträffar och "
                                f"studieresor presenteras under {programme}. Du kan också fråga oss via "
                                f"{contact}.</p>"
                            ),
                            nb=(
                                "<p>Utviklingsprogram, produktutviklingsresidenser, nettverkssamlinger og "
                                f"studieturer presenteres under {programme}. Du kan også spørre oss via "
                                f"{contact}.</p>"
                            ),
                        ),
                    ),
                    (
                        r(sv="Vad händer när projektet är slut?", nb="Hva skjer når prosjektet er slutt?"),
                        r(
                            sv=(
                                "<p>De två projektägande organisationerna ansvarar tillsammans för att "
                                "förvalta resultatet med hemsida, stötta de nätverk som vuxit fram och ta "
                                "nya utvecklingssatsningar vidare.</p>"
                            ),
                            nb=(
                                "<p>De to prosjekteierne har sammen ansvar for å forvalte resultatene med "
                                "nettsiden, støtte nettverkene som har vokst fram, og ta nye "
                                "utviklingssatsinger videre.</p>"
                            ),
                        ),
                    ),
                ],
                heading=r(sv="Vanliga frågor", nb="Ofte stilte spørsmål"),
            ),
            f.call_to_action_block(
                heading=r(sv="Vill du veta mer?", nb="Vil du vite mer?"),
                text=r(
                    sv="Hör av dig till projektgruppen med frågor eller idéer.",
                    nb="Ta kontakt med prosjektgruppen med spørsmål eller ideer.",
                ),
                page=r.page("contact"),
                button_label=r(sv="Kontakta oss", nb="Kontakt oss"),
            ),
        ]
    }


ABOUT = PageSpec("about", f.ContentPageFactory, "home", about_fields, about_links)
