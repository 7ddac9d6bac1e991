"""The privacy notice, written for what this site actually stores.

The contact form keeps name, e-mail, message, language, the consent text shown and
the time (home.models.ContactMessage); registrations and applications keep answers,
attachments, consent, language and status. The notice is a draft for the owners'
data protection officers to confirm (controller, retention) before launch.
"""

from home import factories as f
from home.demo.spec import PageSpec


def privacy_fields(r):
    return {
        "title": r(sv="Integritetspolicy", nb="Personvernerklæring"),
        "slug": r(sv="integritetspolicy", nb="personvernerklaering"),
        "show_in_menus": False,
        "summary": r(
            sv=(
                "Så behandlar Samspel63 personuppgifter på den här webbplatsen: vad vi sparar, varför, hur "
                "länge och vilka rättigheter du har."
            ),
            nb=(
                "Slik behandler Samspel63 personopplysninger på dette nettstedet: hva vi lagrer, hvorfor, "
                "hvor lenge og hvilke rettigheter du har."
            ),
        ),
    }


def privacy_links(r):
    return {
        "body": [
            f.fact_box_block(
                [
                    (
                        r(sv="Personuppgiftsansvarig", nb="Behandlingsansvarlig"),
                        r(
                            sv="Region Jämtland Härjedalen, svensk projektägare av Samspel63",
                            nb="Region Jämtland Härjedalen, svensk prosjekteier av Samspel63",
                        ),
                    ),
                    (r(sv="Kontakt", nb="Kontakt"), "info@samspel63.example"),
                    (
                        r(sv="Tillsynsmyndighet", nb="Tilsynsmyndighet"),
                        r(
                            sv="Integritetsskyddsmyndigheten (IMY), Sverige",
                            nb="Integritetsskyddsmyndigheten (IMY), Sverige, eller Datatilsynet, Norge",
                        ),
                    ),
                ],
                heading=r(sv="I korthet", nb="Kort fortalt"),
            ),
            f.paragraph_block(
                r(
                    sv=(
                        "<p>Samspel63 ägs av Region Jämtland Härjedalen och Stiftinga Hilmar Alexandersen. "
                        "Vi samlar bara in de personuppgifter vi behöver för att svara på frågor, ordna "
                        "aktiviteter och hantera ansökningar, och vi behandlar dem enligt "
                        "dataskyddsförordningen (GDPR).</p>"
                    ),
                    nb=(
                        "<p>Samspel63 eies av Region Jämtland Härjedalen og Stiftinga Hilmar Alexandersen. "
                        "Vi samler bare inn de personopplysningene vi trenger for å svare på spørsmål, "
                        "arrangere aktiviteter og behandle søknader, og vi behandler dem i samsvar med "
                        "personvernforordningen (GDPR).</p>"
                    ),
                )
            ),
            f.heading_block(r(sv="Vad vi sparar och varför", nb="Hva vi lagrer og hvorfor")),
            f.heading_block(r(sv="Kontaktformuläret", nb="Kontaktskjemaet"), level="h3"),
            f.paragraph_block(
                r(
                    sv=(
                        "<p>När du skriver till oss sparar vi ditt namn, din e-postadress, ditt meddelande, "
                        "vilket språk du skrev på, när meddelandet kom och den samtyckestext du godkände. "
                        "Meddelandet skickas också som e-post till projektets inkorg. Vi använder "
                        "uppgifterna bara för att svara dig. Rättslig grund: ditt samtycke.</p>"
                    ),
                    nb=(
                        "<p>Når du skriver til oss, lagrer vi navnet ditt, e-postadressen din, meldingen "
                        "din, hvilket språk du skrev på, når meldingen kom inn, og samtykketeksten du "
                        "godtok. Meldingen sendes også som e-post til prosjektets innboks. Vi bruker "
                        "opplysningene bare til å svare deg. Rettslig grunnlag: ditt samtykke.</p>"
                    ),
                )
            ),
            f.heading_block(
                r(sv="Anmälningar till aktiviteter", nb="Påmeldinger til aktiviteter"), level="h3"
            ),
            f.paragraph_block(
                r(
                    sv=(
                        "<p>När du anmäler dig till ett seminarium, en nätverksträff eller en studieresa "
                        "sparar vi dina svar i anmälningsformuläret, ditt språk, ditt samtycke och anmälans "
                        "status (bekräftad, på väntelista eller avbokad). Vi använder uppgifterna för att "
                        "planera aktiviteten, skicka bekräftelser och praktisk information och för att "
                        "redovisa deltagandet till projektets finansiärer. Rättslig grund: ditt samtycke "
                        "och vårt uppdrag att genomföra och redovisa projektet.</p>"
                    ),
                    nb=(
                        "<p>Når du melder deg på et seminar, en nettverkssamling eller en studietur, lagrer "
                        "vi svarene dine i påmeldingsskjemaet, språket ditt, samtykket ditt og statusen for "
                        "påmeldingen (bekreftet, på venteliste eller avmeldt). Vi bruker opplysningene til "
                        "å planlegge aktiviteten, sende bekreftelser og praktisk informasjon og rapportere "
                        "deltakelsen til prosjektets tilskuddsytere. Rettslig grunnlag: ditt samtykke og "
                        "vårt oppdrag med å gjennomføre og rapportere prosjektet.</p>"
                    ),
                )
            ),
            f.heading_block(
                r(
                    sv="Ansökningar till residens och studieresor",
                    nb="Søknader til residenser og studieturer",
                ),
                level="h3",
            ),
            f.paragraph_block(
                r(
                    sv=(
                        "<p>När du söker en plats sparar vi dina svar, filer du bifogar, ditt språk, ditt "
                        "samtycke och ansökans status. Ansökningarna läses av projektets bedömningsgrupp, "
                        "som beslutar utifrån de kriterier som står i utlysningen. Rättslig grund: ditt "
                        "samtycke.</p>"
                    ),
                    nb=(
                        "<p>Når du søker om en plass, lagrer vi svarene dine, filer du legger ved, språket "
                        "ditt, samtykket ditt og statusen for søknaden. Søknadene leses av prosjektets "
                        "vurderingsgruppe, som avgjør ut fra kriteriene i utlysningen. Rettslig grunnlag: "
                        "ditt samtykke.</p>"
                    ),
                )
            ),
            f.heading_block(r(sv="Cookies", nb="Informasjonskapsler"), level="h3"),
            f.paragraph_block(
                r(
                    sv=(
                        "<p>Webbplatsen använder bara cookies som behövs för att den ska fungera: för att "
                        "komma ihåg ditt språkval och för att skydda formulären mot missbruk. Vi använder "
                        "inga cookies för statistik eller marknadsföring.</p>"
                    ),
                    nb=(
                        "<p>Nettstedet bruker bare informasjonskapsler som trengs for at det skal fungere: "
                        "for å huske språkvalget ditt og for å beskytte skjemaene mot misbruk. Vi bruker "
                        "ingen informasjonskapsler til statistikk eller markedsføring.</p>"
                    ),
                )
            ),
            f.heading_block(r(sv="Vem som ser uppgifterna", nb="Hvem som ser opplysningene")),
            f.paragraph_block(
                r(
                    sv=(
                        "<p>Projektets medarbetare hos de två projektägarna och, för ansökningar, "
                        "bedömningsgruppen. Vi säljer aldrig personuppgifter och lämnar bara ut dem när "
                        "lagen kräver det, till exempel vid finansiärernas kontroll av projektet.</p>"
                    ),
                    nb=(
                        "<p>Prosjektets medarbeidere hos de to prosjekteierne og, for søknader, "
                        "vurderingsgruppen. Vi selger aldri personopplysninger og utleverer dem bare når "
                        "loven krever det, for eksempel ved tilskuddsyternes kontroll av prosjektet.</p>"
                    ),
                )
            ),
            f.accordion_block(
                [
                    (
                        r(sv="Meddelanden via kontaktformuläret", nb="Meldinger via kontaktskjemaet"),
                        r(
                            sv="<p>Raderas tolv månader efter att de kom in.</p>",
                            nb="<p>Slettes tolv måneder etter at de kom inn.</p>",
                        ),
                    ),
                    (
                        r(sv="Anmälningar och ansökningar", nb="Påmeldinger og søknader"),
                        r(
                            sv=(
                                "<p>Namn, kontaktuppgifter, svar och bifogade filer raderas ett år efter "
                                "evenemanget eller efter att ansökningstiden gått ut; en förfrågan om att "
                                "gå med i nätverket ett år efter beslutet. Kvar blir bara uppgifter utan "
                                "namn (land, region, konstform, status och datum), som vi redovisar till "
                                "finansiärerna. Du kan när som helst be oss radera dina uppgifter "
                                "tidigare.</p>"
                            ),
                            nb=(
                                "<p>Navn, kontaktopplysninger, svar og vedlagte filer slettes ett år etter "
                                "arrangementet eller etter at søknadsfristen gikk ut; en forespørsel om å "
                                "bli med i nettverket ett år etter avgjørelsen. Igjen blir bare opplysninger "
                                "uten navn (land, region, kunstform, status og datoer), som vi rapporterer "
                                "til tilskuddsyterne. Du kan når som helst be oss slette opplysningene dine "
                                "tidligere.</p>"
                            ),
                        ),
                    ),
                ],
                heading=r(sv="Hur länge vi sparar uppgifterna", nb="Hvor lenge vi lagrer opplysningene"),
            ),
            f.heading_block(r(sv="Dina rättigheter", nb="Dine rettigheter")),
            f.paragraph_block(
                r(
                    sv=(
                        "<p>Enligt dataskyddsförordningen har du rätt att</p><ul><li>få veta vilka "
                        "uppgifter vi har om dig och få en kopia av dem,</li><li>få felaktiga uppgifter "
                        "rättade,</li><li>få uppgifter raderade eller behandlingen "
                        "begränsad,</li><li>invända mot behandlingen och få ut dina uppgifter i ett "
                        "maskinläsbart format,</li><li>när som helst återkalla ditt samtycke, utan att det "
                        "påverkar behandlingen innan dess.</li></ul><p>Är du missnöjd med hur vi behandlar "
                        "dina uppgifter kan du klaga hos Integritetsskyddsmyndigheten (IMY) i Sverige eller "
                        "Datatilsynet i Norge.</p>"
                    ),
                    nb=(
                        "<p>Etter personvernforordningen har du rett til å</p><ul><li>få vite hvilke "
                        "opplysninger vi har om deg, og få en kopi av dem,</li><li>få uriktige opplysninger "
                        "rettet,</li><li>få opplysninger slettet eller behandlingen "
                        "begrenset,</li><li>protestere mot behandlingen og få utlevert opplysningene dine i "
                        "et maskinlesbart format,</li><li>når som helst trekke tilbake samtykket ditt, uten "
                        "at det påvirker behandlingen før det.</li></ul><p>Er du misfornøyd med hvordan vi "
                        "behandler opplysningene dine, kan du klage til Datatilsynet i Norge eller "
                        "Integritetsskyddsmyndigheten (IMY) i Sverige.</p>"
                    ),
                )
            ),
            f.call_to_action_block(
                heading=r(sv="Frågor om dina personuppgifter?", nb="Spørsmål om personopplysningene dine?"),
                text=r(
                    sv="Skriv till oss, så hjälper vi dig att ta del av, rätta eller radera dina uppgifter.",
                    nb=(
                        "Skriv til oss, så hjelper vi deg med å få innsyn i, rette eller slette "
                        "opplysningene dine."
                    ),
                ),
                page=r.page("contact"),
                button_label=r(sv="Kontakta oss", nb="Kontakt oss"),
            ),
            f.paragraph_block(
                r(
                    sv=(
                        "<p><i>Utkast i demoinnehållet: texten ska granskas av projektägarnas "
                        "dataskyddsombud innan webbplatsen publiceras.</i></p>"
                    ),
                    nb=(
                        "<p><i>Utkast i demoinnholdet: teksten skal gjennomgås av prosjekteiernes "
                        "personvernombud før nettstedet publiseres.</i></p>"
                    ),
                )
            ),
        ]
    }


PRIVACY = PageSpec("privacy", f.ContentPageFactory, "home", privacy_fields, privacy_links)
