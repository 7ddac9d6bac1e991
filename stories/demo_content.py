# Prose reads better unwrapped; these lines are texts, not code.
# ruff: noqa: E501
"""Demo texts for stories, news and the network, in Swedish and Norwegian side by side.

Every storyteller is invented (note the surnames). The news items retell what the programme's public interim
report (delrapport) says; nothing here names a real person.
"""

from datetime import date

from home.choices import Region

INDEXES = {
    "stories": {
        "sv": {
            "title": "Berättelser",
            "slug": "berattelser",
            "introduction": "<p>Berättelser från nätverket: om hantverk, musik, film och platser på båda sidor om gränsen.</p>",
        },
        "nb": {
            "title": "Historier",
            "slug": "historier",
            "introduction": "<p>Historier fra nettverket: om håndverk, musikk, film og steder på begge sider av grensen.</p>",
        },
    },
    "news": {
        "sv": {"title": "Nyheter", "slug": "nyheter", "introduction": "<p>Nytt från Samspel63.</p>"},
        "nb": {"title": "Nyheter", "slug": "nyheter", "introduction": "<p>Nytt fra Samspel63.</p>"},
    },
    "directory": {
        "sv": {
            "title": "Berättare i nätverket",
            "slug": "berattare",
            "introduction": "<p>Berättare, konstnärer och kulturföretagare i Jämtland Härjedalen och Trøndelag som delar sina berättelser.</p>",
        },
        "nb": {
            "title": "Fortellere i nettverket",
            "slug": "fortellere",
            "introduction": "<p>Fortellere, kunstnere og kulturbedrifter i Jämtland Härjedalen og Trøndelag som deler historiene sine.</p>",
        },
    },
    "join": {
        "sv": {
            "title": "Gå med i berättarnätverket",
            "slug": "ga-med",
            "introduction": "<p>Berättar du genom din konst, ditt hantverk eller ditt företag? Berätta kort om dig själv, så hör vi av oss.</p>",
        },
        "nb": {
            "title": "Bli med i fortellernettverket",
            "slug": "bli-med",
            "introduction": "<p>Forteller du gjennom kunsten, håndverket eller bedriften din? Fortell kort om deg selv, så tar vi kontakt.</p>",
        },
    },
}

ART_FORMS = [
    ("berattande", "Berättande", "Fortelling"),
    ("musik", "Musik", "Musikk"),
    ("hantverk", "Hantverk", "Håndverk"),
    ("film", "Film", "Film"),
    ("scenkonst", "Scenkonst", "Scenekunst"),
    ("besoksnaring", "Besöksnäring", "Reiseliv"),
]

# Fictional people. Colours are for the generated initials portraits.
STORYTELLERS = [
    {
        "key": "elin",
        "name": "Elin Sägnesson",
        "slug": "elin-sagnesson",
        "colour": "#8a5a3b",
        "municipality": "Östersund",
        "region": Region.JAMTLAND_HARJEDALEN,
        "languages": "sv,sma",
        "art_forms": ["berattande", "scenkonst"],
        "website": "https://example.org/elin",
        "summary": {
            "sv": "Berättare som tar med sig sägner från fjällen ut på scen.",
            "nb": "Forteller som tar med seg sagn fra fjellet ut på scenen.",
        },
        "bio": {
            "sv": "<p>Elin har berättat i tjugo år, för skolklasser och på festivaler. Hon arbetar med sydsamiska och svenska berättelser.</p>",
            "nb": "<p>Elin har fortalt i tjue år, for skoleklasser og på festivaler. Hun arbeider med sørsamiske og svenske historier.</p>",
        },
    },
    {
        "key": "jonas",
        "name": "Jonas Filmberg",
        "slug": "jonas-filmberg",
        "colour": "#45718f",
        "municipality": "Åre",
        "region": Region.JAMTLAND_HARJEDALEN,
        "languages": "sv,en",
        "art_forms": ["film", "besoksnaring"],
        "website": "",
        "summary": {
            "sv": "Filmare som gör korta dokumentärer om folk som driver företag i fjällbyarna.",
            "nb": "Filmskaper som lager korte dokumentarer om folk som driver bedrift i fjellbygdene.",
        },
        "bio": {
            "sv": "<p>Jonas driver en liten produktionsfirma och samarbetar gärna över gränsen.</p>",
            "nb": "<p>Jonas driver et lite produksjonsselskap og samarbeider gjerne over grensen.</p>",
        },
    },
    {
        "key": "ingrid",
        "name": "Ingrid Vevstad",
        "slug": "ingrid-vevstad",
        "colour": "#52796f",
        "municipality": "Steinkjer",
        "region": Region.TRONDELAG,
        "languages": "no",
        "art_forms": ["hantverk", "berattande"],
        "website": "https://example.org/ingrid",
        "summary": {
            "sv": "Textilkonstnär som väver berättelser om gårdarna i Inntrøndelag.",
            "nb": "Tekstilkunstner som vever historier om gårdene i Inntrøndelag.",
        },
        "bio": {
            "sv": "<p>Ingrid har sin verkstad i en gammal ladugård och tar emot besökare på sommaren.</p>",
            "nb": "<p>Ingrid har verkstedet sitt i en gammel driftsbygning og tar imot besøkende om sommeren.</p>",
        },
    },
    {
        "key": "per",
        "name": "Per Olav Felestad",
        "slug": "per-olav-felestad",
        "colour": "#6d5a7e",
        "municipality": "Levanger",
        "region": Region.TRONDELAG,
        "languages": "no,sv",
        "art_forms": ["musik"],
        "website": "",
        "summary": {
            "sv": "Musiker som samlar gamla visor från båda sidor om riksgränsen.",
            "nb": "Musiker som samler gamle viser fra begge sider av riksgrensen.",
        },
        "bio": {
            "sv": "<p>Per Olav spelar fiol och sjunger, och leder en visgrupp med medlemmar från Meråker och Duved.</p>",
            "nb": "<p>Per Olav spiller fele og synger, og leder en visegruppe med medlemmer fra Meråker og Duved.</p>",
        },
    },
]

STORIES = [
    {
        "slug": "sagnerna-fran-fjallet",
        "date": date(2024, 11, 12),
        "photo": "dusk",
        "region": Region.JAMTLAND_HARJEDALEN,
        "municipality": "Östersund",
        "storytellers": ["elin"],
        "art_forms": ["berattande"],
        "activity": "storytelling",
        "sv": {
            "title": "Sägnerna från fjället",
            "summary": "Elin berättar om hur en gammal sägen blev en föreställning som turnerat på båda sidor om gränsen.",
            "body": [
                "Det började med en sägen som min mormor berättade, om en väg över fjället som bara syntes i månsken.",
                "När vi träffades i berättarnätverket fick jag höra att samma sägen finns i Meråker, fast vägen går åt andra hållet.",
            ],
            "quote": "Gränsen går mellan länderna, inte mellan berättelserna.",
        },
        "nb": {
            "title": "Sagnene fra fjellet",
            "summary": "Elin forteller hvordan et gammelt sagn ble en forestilling som har turnert på begge sider av grensen.",
            "body": [
                "Det begynte med et sagn som mormoren min fortalte, om en vei over fjellet som bare syntes i måneskinn.",
                "Da vi møttes i fortellernettverket, fikk jeg høre at det samme sagnet finnes i Meråker, bare at veien går den andre veien.",
            ],
            "quote": "Grensen går mellom landene, ikke mellom historiene.",
        },
    },
    {
        "slug": "vavda-gardar",
        "date": date(2025, 2, 3),
        "photo": "autumn",
        "region": Region.TRONDELAG,
        "municipality": "Steinkjer",
        "storytellers": ["ingrid"],
        "art_forms": ["hantverk"],
        "activity": "network",
        "sv": {
            "title": "Vävda gårdar",
            "summary": "Ingrid väver gårdarnas historia i ull, och i vinter fick hon besök av hantverkare från Jämtland.",
            "body": [
                "Varje bonad börjar med ett samtal vid köksbordet på en gård.",
                "Besöket från Jämtland gav nya idéer om hur verkstaden kan ta emot grupper.",
            ],
            "quote": "Ullen minns mer än vi tror.",
        },
        "nb": {
            "title": "Vevde gårder",
            "summary": "Ingrid vever gårdenes historie i ull, og i vinter fikk hun besøk av håndverkere fra Jämtland.",
            "body": [
                "Hvert teppe begynner med en samtale ved kjøkkenbordet på en gård.",
                "Besøket fra Jämtland ga nye ideer om hvordan verkstedet kan ta imot grupper.",
            ],
            "quote": "Ulla husker mer enn vi tror.",
        },
    },
    {
        "slug": "visor-over-gransen",
        "date": date(2025, 4, 22),
        "photo": "summer",
        "region": Region.CROSS_BORDER,
        "municipality": "Meråker och Duved",
        "storytellers": ["per", "elin"],
        "art_forms": ["musik", "berattande"],
        "activity": "seminars",
        "sv": {
            "title": "Visor över gränsen",
            "summary": "En visgrupp med medlemmar från båda länderna sjöng sig igenom seminarieprogrammet på Hilmarfestivalen.",
            "body": [
                "Vi hade tre repetitioner, två språk och en gemensam melodi.",
                "Efter konserten kom publiken fram och berättade sina egna versioner.",
            ],
            "quote": "Samma vals, två texter.",
        },
        "nb": {
            "title": "Viser over grensen",
            "summary": "En visegruppe med medlemmer fra begge land sang seg gjennom seminarprogrammet på Hilmarfestivalen.",
            "body": [
                "Vi hadde tre øvelser, to språk og en felles melodi.",
                "Etter konserten kom publikum bort og fortalte sine egne versjoner.",
            ],
            "quote": "Samme vals, to tekster.",
        },
    },
]

# Told in Swedish only: the Norwegian listing offers it under "Also in Swedish".
SWEDISH_ONLY_STORY = {
    "slug": "filmen-om-byn",
    "date": date(2025, 5, 30),
    "photo": "winter",
    "region": Region.JAMTLAND_HARJEDALEN,
    "municipality": "Åre",
    "storytellers": ["jonas"],
    "art_forms": ["film", "besoksnaring"],
    "activity": "storytelling",
    "sv": {
        "title": "Filmen om byn",
        "summary": "Jonas filmade en vinter i en fjällby där tre småföretag delar på en gammal skola.",
        "body": [
            "Skolan stängde för tio år sedan. Nu finns där en keramikverkstad, ett bageri och ett litet kontor för guider.",
            "Filmen visades först i byn, sedan på en nätverksträff i Östersund.",
        ],
        "quote": "Vi delar på värmen och på idéerna.",
    },
}

NEWS = [
    {
        "slug": "delrapporten",
        "date": date(2024, 1, 15),
        "photo": "winter",
        "activity": None,
        "sv": {
            "title": "Delrapporten: de första åtta månaderna",
            "summary": "Samspel63 har lämnat sin första delrapport. Målet är att 100 kulturföretag ska stärkas fram till 2026.",
            "body": [
                "Under projektets första åtta och en halv månad har arbetet handlat om att få den interna organisationen på plats och om att genomföra de första aktiviteterna.",
                "En första enkel webbsida har publicerats på samspel63.se och samspel63.no, och projektet har bidragit till framväxten av ett berättarnätverk.",
            ],
        },
        "nb": {
            "title": "Delrapporten: de første åtte månedene",
            "summary": "Samspel63 har levert sin første delrapport. Målet er at 100 kulturbedrifter skal styrkes fram til 2026.",
            "body": [
                "I prosjektets første åtte og en halv måned har arbeidet handlet om å få den interne organisasjonen på plass og om å gjennomføre de første aktivitetene.",
                "En første enkel nettside er publisert på samspel63.se og samspel63.no, og prosjektet har bidratt til at et fortellernettverk har vokst fram.",
            ],
        },
    },
    {
        "slug": "seminarier-pa-hilmarfestivalen",
        "date": date(2023, 9, 20),
        "photo": "midsummer",
        "activity": "seminars",
        "sv": {
            "title": "Seminarier, residens och studieresa på Hilmarfestivalen",
            "summary": "I samband med Hilmarfestivalen 2023 ordnade Samspel63 en studieresa, två produktutvecklingsresidens och flera seminarier.",
            "body": [
                "Festivalens seminarieprogram samlade kulturföretagare från Jämtland Härjedalen och Trøndelag.",
                "Två produktutvecklingsresidens och en studieresa genomfördes samtidigt.",
            ],
        },
        "nb": {
            "title": "Seminarer, residens og studietur på Hilmarfestivalen",
            "summary": "I forbindelse med Hilmarfestivalen 2023 arrangerte Samspel63 en studietur, to produktutviklingsresidenser og flere seminarer.",
            "body": [
                "Festivalens seminarprogram samlet kulturbedrifter fra Jämtland Härjedalen og Trøndelag.",
                "To produktutviklingsresidenser og en studietur ble gjennomført samtidig.",
            ],
        },
    },
    {
        "slug": "berattarnatverket-vaxer",
        "date": date(2025, 3, 10),
        "photo": "aurora",
        "activity": "storytelling",
        "sv": {
            "title": "Berättarnätverket växer",
            "summary": "Nu finns berättare från båda sidor om gränsen i nätverket. Vill du vara med?",
            "body": [
                "Berättarnätverket samlar konstnärer, hantverkare och företagare som berättar om sina platser.",
                "Anmäl intresse på sidan Gå med i berättarnätverket.",
            ],
        },
        "nb": {
            "title": "Fortellernettverket vokser",
            "summary": "Nå er det fortellere fra begge sider av grensen i nettverket. Vil du være med?",
            "body": [
                "Fortellernettverket samler kunstnere, håndverkere og bedrifter som forteller om stedene sine.",
                "Meld interesse på siden Bli med i fortellernettverket.",
            ],
        },
    },
]
