"""Demo events in Swedish and Norwegian: `load_demo_events(home_sv, home_nb, activities)`.

Called by the demo content command. Dates are relative to today, so the calendar always has
something coming up. `activities` maps demo keys ("network", "seminars", "study-trips",
"ovasjon", "storytelling") to the Swedish ActivityPage, or to {"sv": page, "nb": page};
missing keys are skipped. Returns the Swedish EventIndexPage.
"""

import copy
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import recurrence
from django.utils import timezone
from recurrence import Recurrence, Rule

from events.choices import EventStatus
from events.factories import EventCategoryFactory, EventIndexPageFactory, EventPageFactory, VenueFactory
from home.choices import Country, Region
from residencies.choices import IntakePolicy, SubmissionStatus

STOCKHOLM, OSLO = ZoneInfo("Europe/Stockholm"), ZoneInfo("Europe/Oslo")

CATEGORIES = {
    # key: (slug, sv, nb)
    "kulturfrukost": ("kulturfrukost", "Kulturfrukost", "Kulturfrokost"),
    "seminar": ("seminarium", "Seminarium", "Seminar"),
    "network": ("natverkstraff", "Nätverksträff", "Nettverkstreff"),
    "workshop": ("workshop", "Workshop", "Verksted"),
    "study-trip": ("studieresa", "Studieresa", "Studietur"),
    "festival": ("festivalprogram", "Festivalprogram", "Festivalprogram"),
}

VENUES = {
    # key: (sv name, nb name, address, postcode, town sv, town nb, country, lat, lon)
    "jamtli": (
        "Jamtli",
        "Jamtli",
        "Museiplan",
        "831 31",
        "Östersund",
        "Östersund",
        Country.SWEDEN,
        "63.1844",
        "14.6560",
    ),
    "dampsaga": (
        "Dampsaga kulturhus",
        "Dampsaga kulturhus",
        "Sjøfartsgata 2A",
        "7714",
        "Steinkjer",
        "Steinkjer",
        Country.NORWAY,
        "64.0128",
        "11.4918",
    ),
    "are": (
        "Kulturhuset i Åre",
        "Kulturhuset i Åre",
        "Årevägen 1",
        "837 52",
        "Åre",
        "Åre",
        Country.SWEDEN,
        "63.3990",
        "13.0810",
    ),
}


def _translated_snippet(instance, locale, **fields):
    translation = instance.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save()
    return translation


def _publish_translation(page, locale, **fields):
    translation = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return translation


def _activity(activities, key):
    page = (activities or {}).get(key)
    if isinstance(page, dict):
        page = page.get("sv")
    return page


def _next_weekday(day, weekday, nth=1):
    """The nth `weekday` (0 = Monday) of the month after `day`'s month."""
    first = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    offset = (weekday - first.weekday()) % 7
    return first + timedelta(days=offset + 7 * (nth - 1))


def load_demo_events(home_sv, home_nb, activities=None):
    locale_nb = home_nb.locale
    categories = {}
    for key, (slug, sv, nb) in CATEGORIES.items():
        category = EventCategoryFactory(name=sv, slug=slug, locale=home_sv.locale)
        _translated_snippet(category, locale_nb, name=nb)
        categories[key] = category
    venues = {}
    for key, (sv, nb, address, postcode, town_sv, town_nb, country, lat, lon) in VENUES.items():
        venue = VenueFactory(
            name=sv,
            address=address,
            postcode=postcode,
            town=town_sv,
            country=country,
            latitude=lat,
            longitude=lon,
            locale=home_sv.locale,
        )
        _translated_snippet(venue, locale_nb, name=nb, town=town_nb)
        venues[key] = venue

    index = EventIndexPageFactory(
        parent=home_sv,
        title="Evenemang",
        slug="evenemang",
        introduction=(
            "<p>Seminarier, nätverksträffar och workshoppar i Samspel63 – "
            "i Jämtland Härjedalen och Trøndelag.</p>"
        ),
    )
    _publish_translation(
        index,
        locale_nb,
        title="Arrangementer",
        slug="arrangementer",
        introduction=(
            "<p>Seminarer, nettverkstreff og verksteder i Samspel63 – i Jämtland Härjedalen og Trøndelag.</p>"
        ),
    )

    today = timezone.localdate()
    for spec in _event_specs(today, categories, venues, activities):
        nb = spec.pop("nb")
        registration = spec.pop("registration", None)
        if registration:
            spec.update(_registration_fields(registration))
        event = EventPageFactory(parent=index, **spec)
        if registration:
            nb["intake_questions"] = _norwegian_questions(event, registration["questions"])
        _publish_translation(event, locale_nb, **nb)
        if registration:
            _fill(event, registration)
    return index


# --- Registration ---------------------------------------------------------------------------------


def _registration_fields(registration):
    blocks = []
    for block_type, label_sv, _label_nb, required, *choices in registration["questions"]:
        value = {"label": label_sv, "help_text": "", "required": required}
        if block_type == "choice":
            value["choices"] = list(choices[0])
        blocks.append((block_type, value))
    return {
        "intake_policy": IntakePolicy.FIRST_COME,
        "intake_places": registration["places"],
        "intake_waiting_list": True,
        "intake_notify_email": "evenemang@samspel63.se",
        "intake_questions": blocks,
    }


def _norwegian_questions(event, questions):
    """The Swedish questions with Norwegian labels, keeping every block and choice id (the answers' keys)."""
    raw = copy.deepcopy(event.intake_questions.raw_data)
    for block, (_type, _label_sv, label_nb, _required, *choices) in zip(raw, questions, strict=True):
        block["value"]["label"] = label_nb
        if choices:
            for item, text in zip(block["value"]["choices"], choices[1], strict=True):
                item["value"] = text
    return raw


def _fill(event, registration):
    """Registrations for the event's first date: `taken` with a place, `waiting` on the waiting list."""
    from events.services.occurrences import next_occurrences
    from residencies.factories import SubmissionFactory
    from residencies.models import Intake

    first = next_occurrences(event, limit=1)[0]
    intake = Intake.for_page(event, first.start if event.is_recurring else None)
    people = iter(PEOPLE * 3)
    for n in range(registration["taken"] + registration["waiting"]):
        name, country, language = next(people)
        SubmissionFactory(
            intake=intake,
            status=SubmissionStatus.CONFIRMED if n < registration["taken"] else SubmissionStatus.WAITING,
            name=name,
            email=f"demo{n}.{event.pk}@example.com",
            organisation="Samspel63 demo",
            country=country,
            region="",
            art_form="",
            language=language,
            created_at=timezone.now() - timedelta(hours=registration["taken"] + registration["waiting"] - n),
            reference=f"DEMO-{event.pk}-{n:03d}",
        )


PEOPLE = [
    ("Anna Berg", "SE", "sv"),
    ("Kari Nordmann", "NO", "nb"),
    ("Erik Lund", "SE", "sv"),
    ("Ingrid Haugen", "NO", "nb"),
    ("Sara Olsson", "SE", "sv"),
    ("Ola Bakken", "NO", "nb"),
    ("Maja Persson", "SE", "sv"),
    ("Jonas Dahl", "other", "sv"),
    ("Siri Moen", "NO", "nb"),
    ("Lars Holm", "SE", "sv"),
    ("Eva Strand", "SE", "sv"),
    ("Nils Aas", "NO", "nb"),
]


def _at(day, hour, minute=0, zone=STOCKHOLM):
    return datetime.combine(day, time(hour, minute), zone)


def _event_specs(today, categories, venues, activities):
    breakfast = _next_weekday(today, 3)  # first Thursday of next month
    festival = date(today.year + (1 if today.month >= 6 else 0), 6, 12)
    network = today + timedelta(days=(1 - today.weekday()) % 7 + 14)  # a Tuesday in two to three weeks
    workshop = today + timedelta(days=(2 - today.weekday()) % 7 + 21)
    trip = today + timedelta(days=(0 - today.weekday()) % 7 + 35)
    return [
        {
            "title": "Kulturfrukost",
            "slug": "kulturfrukost",
            "summary": "Frukost och samtal för kulturföretagare. Varje månad en ny gäst och ett nytt ämne.",
            "start": _at(breakfast, 8),
            "end": _at(breakfast, 9, 30),
            "recurrence": Recurrence(rrules=[Rule(recurrence.MONTHLY, byday=[recurrence.TH(1)], count=8)]),
            "venue": venues["jamtli"],
            "category": categories["kulturfrukost"],
            "activity": _activity(activities, "network"),
            "region": Region.JAMTLAND_HARJEDALEN,
            "spoken_languages": "sv",
            "exceptions": [
                {
                    "date": _next_weekday(_next_weekday(breakfast, 3), 3),
                    "cancelled": True,
                    "note": "Sommaruppehåll",
                },
                {"date": _next_weekday(breakfast, 3), "note": "Denna gång i hörsalen."},
            ],
            "nb": {
                "title": "Kulturfrokost",
                "slug": "kulturfrokost",
                "summary": "Frokost og samtale for kulturnæringen. Hver måned en ny gjest og et nytt tema.",
            },
        },
        {
            "title": "Seminarium på Hilmarfestivalen: Kultur som näring över gränsen",
            "slug": "seminarium-hilmarfestivalen",
            "summary": "Samspel63:s seminarieprogram på Hilmarfestivalen i Steinkjer.",
            "start": _at(festival, 13, zone=OSLO),
            "end": _at(festival, 16, zone=OSLO),
            "time_zone": "Europe/Oslo",
            "venue": venues["dampsaga"],
            "category": categories["seminar"],
            "activity": _activity(activities, "seminars"),
            "region": Region.TRONDELAG,
            "spoken_languages": "sv,no",
            "nb": {
                "title": "Seminar på Hilmarfestivalen: Kultur som næring over grensen",
                "slug": "seminar-hilmarfestivalen",
                "summary": "Samspel63s seminarprogram på Hilmarfestivalen i Steinkjer.",
            },
        },
        {
            "title": "Nätverksträff över gränsen",
            "slug": "natverkstraff",
            "summary": (
                "Kulturaktörer från Jämtland Härjedalen och Trøndelag möts. Delta på plats eller digitalt."
            ),
            "start": _at(network, 15),
            "end": _at(network, 17),
            "recurrence": Recurrence(rrules=[Rule(recurrence.MONTHLY, interval=2, count=4)]),
            "venue": venues["are"],
            "online_url": "https://samspel63.se/digitalt-mote",
            "category": categories["network"],
            "activity": _activity(activities, "network"),
            "region": Region.CROSS_BORDER,
            "spoken_languages": "sv,no",
            # Each date its own list; the first date is nearly full.
            "registration": {
                "places": 20,
                "taken": 18,
                "waiting": 0,
                "questions": [
                    (
                        "choice",
                        "Hur deltar du?",
                        "Hvordan deltar du?",
                        True,
                        ["På plats i Åre", "Digitalt"],
                        ["På stedet i Åre", "Digitalt"],
                    ),
                    ("text", "Matallergier", "Matallergier", False),
                ],
            },
            "nb": {
                "title": "Nettverkstreff over grensen",
                "slug": "nettverkstreff",
                "summary": (
                    "Kulturaktører fra Jämtland Härjedalen og Trøndelag møtes. "
                    "Delta på stedet eller digitalt."
                ),
            },
        },
        {
            "title": "Workshop: produktutveckling för kulturföretag",
            "slug": "workshop-produktutveckling",
            "summary": "En dag om att utveckla och prissätta kulturupplevelser, med övningar i grupp.",
            "start": _at(workshop, 9),
            "end": _at(workshop, 16),
            "venue": venues["jamtli"],
            "category": categories["workshop"],
            "activity": _activity(activities, "ovasjon"),
            "spoken_languages": "sv",
            "is_free": False,
            "price": "300",
            "price_currency": "SEK",
            "price_note": "Lunch ingår.",
            # Fully booked, with a waiting list.
            "registration": {
                "places": 12,
                "taken": 12,
                "waiting": 2,
                "questions": [
                    ("text", "Ditt företag eller din verksamhet", "Din bedrift eller virksomhet", False),
                    ("yes_no", "Äter du vegetariskt?", "Spiser du vegetarisk?", False),
                ],
            },
            "nb": {
                "title": "Verksted: produktutvikling for kulturbedrifter",
                "slug": "verksted-produktutvikling",
                "summary": "En dag om å utvikle og prise kulturopplevelser, med gruppeøvelser.",
                "price_note": "Lunsj er inkludert.",
            },
        },
        {
            "title": "Studieresa till Trøndelag",
            "slug": "studieresa-trondelag",
            "summary": "Tre dagar med besök hos kulturföretag och arrangörer i Trøndelag.",
            "all_day": True,
            "start": _at(trip, 0),
            "end": _at(trip + timedelta(days=2), 0),
            "venue": venues["dampsaga"],
            "category": categories["study-trip"],
            "activity": _activity(activities, "study-trips"),
            "region": Region.TRONDELAG,
            "spoken_languages": "sv,no",
            "is_free": False,
            "price": "1500",
            "price_currency": "SEK",
            "price_note": "Resa och logi ingår.",
            "nb": {
                "title": "Studietur til Trøndelag",
                "slug": "studietur-trondelag",
                "summary": "Tre dager med besøk hos kulturbedrifter og arrangører i Trøndelag.",
                "price_note": "Reise og overnatting er inkludert.",
            },
        },
        {
            "title": "Berättarkväll",
            "slug": "berattarkvall",
            "summary": "Berättare från nätverket delar berättelser från gränsbygden.",
            "start": _at(network + timedelta(days=9), 19),
            "end": _at(network + timedelta(days=9), 21),
            "status": EventStatus.MOVED_ONLINE,
            "online_url": "https://samspel63.se/berattarkvall",
            "category": categories["festival"],
            "activity": _activity(activities, "storytelling"),
            "spoken_languages": "sv,no,sma",
            "nb": {
                "title": "Fortellerkveld",
                "slug": "fortellerkveld",
                "summary": "Fortellere fra nettverket deler historier fra grensebygdene.",
            },
        },
    ]
