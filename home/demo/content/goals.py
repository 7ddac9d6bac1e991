"""The child page of "Om projektet" / "Om prosjektet" about the project's goals.

Texts from the project's own descriptions (prosjektbeskrivelse, delrapport); where a passage
exists in one language only, the other is a translation.
"""

from home import factories as f
from home.demo.content.media import alt
from home.demo.spec import PageSpec


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


GOALS = PageSpec("goals", f.ContentPageFactory, "about", goals_fields, goals_links)
