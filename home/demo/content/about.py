""" "Om projektet" / "Om prosjektet" and its child page about the project's goals.

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


def goals_fields(r):
    return {
        "title": r(sv="Projektets mål", nb="Prosjektets mål"),
        "slug": r(sv="projektets-mal", nb="prosjektets-mal"),
        "summary": r(
            sv=(
                "Tre projektmål, resultat som lever vidare efter 2026 och långsiktiga effekter för kulturen "
                "och regionen."
            ),
            nb=(
                "Tre prosjektmål, resultater som lever videre etter 2026 og langsiktige effekter for "
                "kulturen og regionen."
            ),
        ),
        "image": r.image("summer"),
        "image_alt": alt(r, "summer"),
    }


def goals_links(r):
    return {
        "body": [
            f.heading_block(r(sv="Bakgrund", nb="Bakgrunn")),
            f.paragraph_block(
                r(
                    sv=(
                        "<p>Kulturbranschen är en del av näringslivet som är eftersatt och dåligt stöttat "
                        "jämfört med andra branscher. Stöttande strukturer såsom näringslivssamordnare i "
                        "kommuner och innovationsorganisationer har svårt att både nå och att förstå de "
                        "kulturella företagen, vilket gör att kulturbranschen i praktiken inte får del av "
                        "den hjälp som når andra branscher.</p><ul><li>Dagens affärsmodeller är komplexa "
                        "och utmanande för kulturföretagare.</li><li>Ökande efterfrågan men samtidigt låg "
                        "betalningsvilja när det gäller kulturaktiviteter.</li><li>Andra delar av "
                        "näringslivet, som hotell, handel, restaurang och sportevenemang, är beroende av "
                        "att det finns kulturaktiviteter i anslutning, men är inte med och betalar för att "
                        "kulturen ska erbjudas.</li><li>Omstarts- och återhämtningsbehov för de kulturella "
                        "och kreativa branscherna efter coronapandemin.</li></ul><p>Var för sig är länet "
                        "och fylket för små men tillsammans och med ett nytt gränsöverskridande samarbete "
                        "kan utmaningarna hanteras. Syftet med Samspel63 är att skapa en ny berättelse om "
                        "kulturella och kreativa branscher som en självklar och jämbördig del av det "
                        "långsiktigt hållbara näringslivet i Jämtlands län och Trøndelag fylke.</p>"
                    ),
                    nb=(
                        "<p>Kulturbransjen er en del av næringslivet som er forsømt og dårlig støttet "
                        "sammenlignet med andre bransjer. Støttestrukturer som næringslivskoordinatorer i "
                        "kommunene og innovasjonsorganisasjoner har vanskelig for både å nå og å forstå de "
                        "kulturelle bedriftene, og derfor får kulturbransjen i praksis ikke del i den "
                        "hjelpen som når andre bransjer.</p><ul><li>Dagens forretningsmodeller er komplekse "
                        "og utfordrende for kulturnæringsdrivende.</li><li>Økende etterspørsel, men "
                        "samtidig lav betalingsvilje når det gjelder kulturaktiviteter.</li><li>Andre deler "
                        "av næringslivet, som hotell, handel, restaurant og idrettsarrangementer, er "
                        "avhengige av at det finnes kulturaktiviteter i nærheten, men er ikke med og "
                        "betaler for at kulturen skal tilbys.</li><li>Behov for omstart og gjenoppretting i "
                        "de kulturelle og kreative bransjene etter koronapandemien.</li></ul><p>Hver for "
                        "seg er länet og fylket for små, men sammen og med et nytt grenseoverskridende "
                        "samarbeid kan utfordringene håndteres. Formålet med Samspel63 er å skape en ny "
                        "fortelling om kulturelle og kreative bransjer som en selvsagt og likeverdig del av "
                        "det langsiktig bærekraftige næringslivet i Jämtlands län og Trøndelag fylke.</p>"
                    ),
                )
            ),
            f.heading_block(r(sv="Projektmål", nb="Prosjektmål")),
            f.paragraph_block(
                r(
                    sv=(
                        "<p>Projektet ska</p><ol><li>bidra till att aktörer inom kulturnäringarna i "
                        "Trøndelag och Jämtlands län blir mer professionella, når högre lönsamhet och mer "
                        "entreprenöriella arbetsformer,</li><li>förbättra förutsättningarna för att andra "
                        "branscher ska kunna ta del av dessa tjänster, både i den egna verksamheten och "
                        "genom att göra det möjligt för samhället att ta del av dem,</li><li>synliggöra "
                        "kulturnäringarnas villkor, roller, värdeskapande och kompetenser för att "
                        "nå:</li></ol><ul><li>affärsutveckling och innovation</li><li>hållbar ekonomisk "
                        "utveckling</li><li>social delaktighet och hållbarhet</li><li>ökad miljömässig "
                        "hållbarhet i tjänsteutbudet.</li></ul>"
                    ),
                    nb=(
                        "<p>Prosjektet skal</p><ol><li>bidra til at aktører innen kulturnæringene i "
                        "Trøndelag og Jämtlands län blir mer profesjonelle, oppnår høyere lønnsomhet og mer "
                        "entreprenørielle arbeidsformer,</li><li>forbedre forutsetningene for at andre "
                        "bransjer skal kunne ta del i disse tjenestene, både i egen virksomhet og "
                        "tilrettelegge for at samfunnet skal kunne ta del i dem,</li><li>synliggjøre "
                        "kulturnæringenes vilkår, roller, verdiskaping og kompetanser, for å "
                        "oppnå:</li></ol><ul><li>forretningsutvikling og innovasjon</li><li>bærekraftig "
                        "økonomisk utvikling</li><li>sosial delaktighet og bærekraft</li><li>økt "
                        "miljømessig bærekraft i tjenestetilbudet.</li></ul>"
                    ),
                )
            ),
            f.fact_box_block(
                [
                    (r(sv="Kulturföretag som stärks", nb="Kulturbedrifter som styrkes"), "100"),
                    (r(sv="Projektperiod", nb="Prosjektperiode"), "2023–2026"),
                    (
                        r(sv="Geografi", nb="Geografi"),
                        r(sv="Jämtlands län och Trøndelag fylke", nb="Jämtlands län og Trøndelag fylke"),
                    ),
                ],
                heading=r(sv="Målet i siffror", nb="Målet i tall"),
            ),
            f.heading_block(r(sv="Resultat", nb="Resultater")),
            f.paragraph_block(
                r(
                    sv=(
                        "<p>Efter projektets avslutande kommer de två projektägande organisationerna att "
                        "tillsammans ansvara för att förvalta resultatet med hemsida, stötta de nätverk som "
                        "vuxit fram och vara redo att i fortsatt gemensam satsning, eller tillsammans med "
                        "andra, ta nya utvecklingssatsningar vidare. De stöttar också utvecklingen av de "
                        "nya organisationer som projektet mobiliserat och som själva skulle kunna driva och "
                        "utveckla satsningar.</p><p>Att de organisationerna skulle vara i sin fulla kraft "
                        "efter ett treårigt projekt är inte rimligt med tanke på utgångspunkten, men "
                        "avgörande utvecklingssteg kommer att ha tagits, och projektägarna kommer att "
                        "finnas för att stötta dessa steg och ta reda på vad som behövs längs den fortsatta "
                        "vägen.</p>"
                    ),
                    nb=(
                        "<p>Etter at prosjektet er avsluttet, skal de to prosjekteierne sammen ha ansvar "
                        "for å forvalte resultatene med nettsiden, støtte nettverkene som har vokst fram, "
                        "og være klare til å ta nye utviklingssatsinger videre, i en fortsatt felles "
                        "satsing eller sammen med andre. De støtter også utviklingen av de nye "
                        "organisasjonene som prosjektet har mobilisert, og som selv kan drive og utvikle "
                        "satsinger.</p><p>Det er ikke realistisk at disse organisasjonene er i full kraft "
                        "etter et treårig prosjekt, gitt utgangspunktet, men avgjørende utviklingssteg vil "
                        "være tatt, og prosjekteierne vil være der for å støtte disse stegene og finne ut "
                        "hva som trengs på veien videre.</p>"
                    ),
                )
            ),
            f.heading_block(r(sv="Långsiktiga effekter", nb="Langsiktige effekter")),
            f.paragraph_block(
                r(
                    sv=(
                        "<ul><li>Att små och medelstora företag inom kulturbranschen ser Jämtlands län och "
                        "Trøndelag fylke som en plats att leva, verka och utvecklas på.</li><li>Att "
                        "Jämtlands län och Trøndelag fylke är en mer attraktiv plats och destination för "
                        "bofasta och besökare, företag och etableringar, kvarboende och "
                        "inflyttare.</li><li>Att de kulturella branscherna självklart ses som en näring och "
                        "värderas och prioriteras utifrån sitt avgörande värde i samhället.</li><li>Att "
                        "bofasta, besökare och företag känner till, känner tillit till och vill berätta "
                        "vidare den berättelse om en hållbar framtid som de hört i Jämtlands län och "
                        "Trøndelag fylke.</li><li>Att vi kommit närmare den regionala utvecklingsstrategins "
                        "målbild: en nytänkande och hållbar region att leva, verka och utvecklas i, med "
                        "kultur i världsklass, där konst och kultur är en självklar del av den regionala "
                        "utvecklingen och av all utbildning.</li><li>Att resultaten i form av nätverk, "
                        "affärsrelationer, utbildningar och webbplattform nyttjas av målgruppen – både de "
                        "som deltagit i projektet och andra som kommer till efter projektets slut.</li></ul>"
                    ),
                    nb=(
                        "<ul><li>At små og mellomstore bedrifter i kulturbransjen ser Jämtlands län og "
                        "Trøndelag fylke som et sted å leve, virke og utvikle seg.</li><li>At Jämtlands län "
                        "og Trøndelag fylke er et mer attraktivt sted og reisemål for fastboende og "
                        "besøkende, bedrifter og etableringer, de som blir boende og de som flytter "
                        "hit.</li><li>At de kulturelle bransjene selvsagt blir sett på som en næring, og "
                        "blir verdsatt og prioritert ut fra sin avgjørende verdi i samfunnet.</li><li>At "
                        "fastboende, besøkende og bedrifter kjenner til, har tillit til og vil fortelle "
                        "videre fortellingen om en bærekraftig framtid som de har hørt i Jämtlands län og "
                        "Trøndelag fylke.</li><li>At vi har kommet nærmere målbildet i den regionale "
                        "utviklingsstrategien: en nytenkende og bærekraftig region å leve, virke og utvikle "
                        "seg i, med kultur i verdensklasse, der kunst og kultur er en selvsagt del av den "
                        "regionale utviklingen og av all utdanning.</li><li>At resultatene i form av "
                        "nettverk, forretningsrelasjoner, opplæring og nettplattform blir brukt av "
                        "målgruppen – både de som har deltatt i prosjektet, og andre som kommer til etter "
                        "at prosjektet er avsluttet.</li></ul>"
                    ),
                )
            ),
            f.heading_block(r(sv="Den sydsamiska kulturen", nb="Den sørsamiske kulturen"), level="h3"),
            f.paragraph_block(
                r(
                    sv=(
                        "<p>Att Jämtlands län har en bredd av talangfulla individer inom litterär, "
                        "konstnärlig och artistisk verksamhet, och att det bland dessa är särskilt "
                        "synliggjort att den världsunika sydsamiska urfolkskulturen med sin historia, "
                        "samtid och utveckling är en viktig del av vårt kulturarv tvärs över den gemensamma "
                        "geografin.</p>"
                    ),
                    nb=(
                        "<p>At Jämtlands län har en bredde av talentfulle personer innen litterær, "
                        "kunstnerisk og artistisk virksomhet, og at det blant disse er særlig synliggjort "
                        "at den verdensunike sørsamiske urfolkskulturen, med sin historie, samtid og "
                        "utvikling, er en viktig del av kulturarven vår på tvers av den felles "
                        "geografien.</p>"
                    ),
                )
            ),
            f.image_block(
                r.image("aurora"),
                alt(r, "aurora"),
                caption=r(sv="Platshållarbild.", nb="Plassholderbilde."),
                credit=r(
                    sv="Illustration: genererad för demoinnehållet",
                    nb="Illustrasjon: generert for demoinnholdet",
                ),
            ),
            f.call_to_action_block(
                heading=r(sv="Från mål till aktiviteter", nb="Fra mål til aktiviteter"),
                text=r(
                    sv="Se hur målen blir studieresor, residens, utvecklingsprogram och nätverk.",
                    nb="Se hvordan målene blir til studieturer, residenser, utviklingsprogram og nettverk.",
                ),
                page=r.page("programme"),
                button_label=r(sv="Till programmet", nb="Til programmet"),
            ),
        ]
    }


ABOUT = PageSpec("about", f.ContentPageFactory, "home", about_fields, about_links)
GOALS = PageSpec("goals", f.ContentPageFactory, "about", goals_fields, goals_links)
