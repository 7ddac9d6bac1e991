"""Demo calls in Swedish and Norwegian: `load_demo_calls(home_sv, home_nb, activities)`.

From the interim report (delrapport): product-development residencies and study trips,
offered again in the coming period. The residency is open now; the study trip opens
soon. Dates are relative to today. `activities` maps "residencies" and "study-trips"
to the Swedish ActivityPage or to {"sv": page, "nb": page}; missing keys are skipped.
Returns the Swedish CallIndexPage.
"""

import copy
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.utils import timezone

from home.choices import TimeZone
from home.models import Organisation
from residencies.choices import DecisionKind, IntakePolicy
from residencies.factories import (
    CallIndexPageFactory,
    ResidencyPageFactory,
    StudyTripPageFactory,
    attachments,
    criteria,
    questions,
)
from residencies.models import DecisionEmailTemplate

STOCKHOLM, OSLO = ZoneInfo("Europe/Stockholm"), ZoneInfo("Europe/Oslo")


def _at(days, zone, hour=23, minute=59):
    day = timezone.localdate() + timedelta(days=days)
    return datetime.combine(day, time(hour, minute), tzinfo=zone)


def _sv(activities, key):
    page = (activities or {}).get(key)
    return page.get("sv") if isinstance(page, dict) else page


def _translate_raw(raw, mapping):
    """The Swedish StreamField data with its texts swapped for Norwegian ones; block ids kept."""
    if isinstance(raw, str):
        return mapping.get(raw, raw)
    if isinstance(raw, list):
        return [_translate_raw(item, mapping) for item in raw]
    if isinstance(raw, dict):
        return {k: (v if k in ("id", "type") else _translate_raw(v, mapping)) for k, v in raw.items()}
    return raw


def _translate(page, locale, fields, streams=()):
    """Translate as editors do (copy_for_translation), keeping the question and criterion keys."""
    translated = page.copy_for_translation(locale).specific
    mapping = fields.pop("_strings", {})
    for name, value in fields.items():
        setattr(translated, name, value)
    for name in streams:
        if not hasattr(page, name):
            continue
        raw = copy.deepcopy(getattr(page, name).get_prep_value())
        setattr(translated, name, _translate_raw(raw, mapping))
    translated.save_revision().publish()
    translated.refresh_from_db()
    return translated


STREAMS = ("criteria", "intake_questions", "attachment_requests", "follow_up_questions", "itinerary")


def load_demo_calls(home_sv, home_nb, activities):
    index = CallIndexPageFactory(
        parent=home_sv,
        title="Utlysningar",
        slug="utlysningar",
        introduction=(
            "<p>Här söker du till Samspel63:s produktutvecklingsresidens och studieresor. Öppna "
            "utlysningar står först, med sista ansökningsdag.</p>"
        ),
    )
    index.save_revision().publish()
    index_nb = _translate(
        index,
        home_nb.locale,
        {
            "title": "Utlysninger",
            "slug": "utlysninger",
            "introduction": (
                "<p>Her søker du på Samspel63s produktutviklingsresidenser og studieturer. Åpne "
                "utlysninger står først, med søknadsfrist.</p>"
            ),
        },
    )
    residency = _residency(index, activities)
    _translate(residency, home_nb.locale, _residency_nb(), STREAMS)
    trip = _study_trip(index, activities)
    _translate(trip, home_nb.locale, _study_trip_nb(), STREAMS)
    _decision_templates(home_sv.locale, home_nb.locale)
    index.nb = index_nb
    return index


def _residency(index, activities):
    activity = _sv(activities, "residencies")
    page = ResidencyPageFactory(
        parent=index,
        title="Produktutvecklingsresidens i Steinkjer",
        slug="produktutvecklingsresidens-steinkjer",
        summary=(
            "Fem dagar för att utveckla en föreställning, ett upplevelsepaket eller en tjänst tillsammans "
            "med kreatörer från båda sidor om gränsen."
        ),
        activity=activity,
        contact_person=activity.contact_person if activity else None,
        host=Organisation.objects.filter(locale=index.locale, name__icontains="Tindved").first(),
        place="Tindved Kulturhage, Steinkjer",
        period_start=timezone.localdate() + timedelta(days=60),
        period_end=timezone.localdate() + timedelta(days=64),
        intake_policy=IntakePolicy.REVIEWED,
        intake_places=4,
        intake_opens_at=_at(-7, STOCKHOLM, 9, 0),
        intake_closes_at=_at(21, STOCKHOLM),
        intake_zone=TimeZone.STOCKHOLM,
        decision_date=timezone.localdate() + timedelta(days=35),
        offered=(
            "<ul><li>Kost och logi under hela residenset</li><li>Arbetsplats och teknik</li>"
            "<li>En mentor från besöksnäringen</li><li>Resa tur och retur</li></ul>"
        ),
        expected=(
            "<p>Du deltar alla fem dagar, delar med dig av ditt arbete och berättar om resultatet på "
            "nästa nätverksträff.</p>"
        ),
        eligibility=(
            "<p>Kulturföretagare och kreatörer i Jämtland Härjedalen och Trøndelag, med en idé till en "
            "produkt eller tjänst som kan säljas till fler.</p>"
        ),
        body=[],
        criteria=criteria(
            ("Nya köpare och ny publik", 3),
            ("Samarbete över gränsen", 2),
            ("Genomförbarhet", 1),
        ),
        intake_questions=questions(
            ("long_text", "Vad vill du utveckla?", True),
            ("long_text", "Vem ska köpa eller uppleva den?", True),
            ("yes_no", "Har du samarbetat över gränsen tidigare?", False),
        ),
        attachment_requests=attachments(("CV eller företagspresentation", True), ("Arbetsprover", False)),
        follow_up_questions=questions(
            ("text", "Resväg och ankomsttid", True),
            ("text", "Kost och allergier", False),
            ("long_text", "Fakturauppgifter", True),
        ),
    )
    page.save_revision().publish()
    return page


def _residency_nb():
    return {
        "title": "Produktutviklingsresidens i Steinkjer",
        "slug": "produktutviklingsresidens-steinkjer",
        "summary": (
            "Fem dager til å utvikle en forestilling, en opplevelsespakke eller en tjeneste sammen med "
            "kreatører fra begge sider av grensen."
        ),
        "offered": (
            "<ul><li>Kost og losji under hele residensen</li><li>Arbeidsplass og teknikk</li>"
            "<li>En mentor fra reiselivet</li><li>Reise tur-retur</li></ul>"
        ),
        "expected": (
            "<p>Du deltar alle fem dagene, deler arbeidet ditt og forteller om resultatet på neste "
            "nettverkstreff.</p>"
        ),
        "eligibility": (
            "<p>Kulturnæringsdrivende og kreatører i Jämtland Härjedalen og Trøndelag, med en idé til et "
            "produkt eller en tjeneste som kan selges til flere.</p>"
        ),
        "_strings": {
            "Nya köpare och ny publik": "Nye kjøpere og nytt publikum",
            "Samarbete över gränsen": "Samarbeid over grensen",
            "Genomförbarhet": "Gjennomførbarhet",
            "Vad vill du utveckla?": "Hva vil du utvikle?",
            "Vem ska köpa eller uppleva den?": "Hvem skal kjøpe eller oppleve den?",
            "Har du samarbetat över gränsen tidigare?": "Har du samarbeidet over grensen før?",
            "CV eller företagspresentation": "CV eller bedriftspresentasjon",
            "Arbetsprover": "Arbeidsprøver",
            "Resväg och ankomsttid": "Reiserute og ankomsttid",
            "Kost och allergier": "Kosthold og allergier",
            "Fakturauppgifter": "Fakturaopplysninger",
        },
    }


def _study_trip(index, activities):
    activity = _sv(activities, "study-trips")
    page = StudyTripPageFactory(
        parent=index,
        title="Studieresa till Hilmarfestivalen",
        slug="studieresa-hilmarfestivalen",
        summary=(
            "Tre dagar i Steinkjer: möt arrangörer, kolleger och uppdragsgivare på Hilmarfestivalen och se "
            "hur de arbetar."
        ),
        activity=activity,
        contact_person=activity.contact_person if activity else None,
        destination="Steinkjer, Trøndelag",
        trip_start=timezone.localdate() + timedelta(days=75),
        trip_end=timezone.localdate() + timedelta(days=77),
        intake_policy=IntakePolicy.FIRST_COME,
        intake_places=12,
        intake_waiting_list=True,
        intake_opens_at=_at(10, OSLO, 9, 0),
        intake_closes_at=_at(40, OSLO),
        intake_zone=TimeZone.OSLO,
        eligibility="<p>Kulturföretagare i Jämtland Härjedalen och Trøndelag.</p>",
        costs_covered=(
            "<p>Programmet betalar buss från Östersund, två nätter på hotell och festivalpass. Du betalar "
            "själv lunch och middag.</p>"
        ),
        itinerary=[
            ("day", {"day": "Dag 1", "title": "Resa och välkomstmiddag", "description": ""}),
            ("day", {"day": "Dag 2", "title": "Seminarier och möten med arrangörer", "description": ""}),
            ("day", {"day": "Dag 3", "title": "Festivalbesök och hemresa", "description": ""}),
        ],
        criteria=[],
        intake_questions=questions(("text", "Kost och allergier", False)),
        attachment_requests=[],
        follow_up_questions=[],
    )
    page.save_revision().publish()
    return page


def _study_trip_nb():
    return {
        "title": "Studietur til Hilmarfestivalen",
        "slug": "studietur-hilmarfestivalen",
        "summary": (
            "Tre dager i Steinkjer: møt arrangører, kolleger og oppdragsgivere på Hilmarfestivalen og se "
            "hvordan de jobber."
        ),
        "destination": "Steinkjer, Trøndelag",
        "eligibility": "<p>Kulturnæringsdrivende i Jämtland Härjedalen og Trøndelag.</p>",
        "costs_covered": (
            "<p>Programmet betaler buss fra Östersund, to netter på hotell og festivalpass. Du betaler selv "
            "lunsj og middag.</p>"
        ),
        "_strings": {
            "Dag 1": "Dag 1",
            "Resa och välkomstmiddag": "Reise og velkomstmiddag",
            "Dag 2": "Dag 2",
            "Seminarier och möten med arrangörer": "Seminarer og møter med arrangører",
            "Dag 3": "Dag 3",
            "Festivalbesök och hemresa": "Festivalbesøk og hjemreise",
            "Kost och allergier": "Kosthold og allergier",
        },
    }


DECISION_TEXTS = {
    "sv": {
        DecisionKind.ACCEPTED: (
            "Du har fått en plats: {call}",
            "Hej {name},\n\nVi är glada att kunna berätta att du har fått en plats i {call}. Ge oss de "
            "praktiska uppgifterna (resa, datum, kost, fakturering) via din länk:\n{link}\n\n"
            "Referensnummer: {reference}\n\nVänliga hälsningar,\nSamspel63",
        ),
        DecisionKind.WAITING: (
            "Du står på reservlistan: {call}",
            "Hej {name},\n\nTack för din ansökan till {call}. Vi kan inte erbjuda dig en plats ännu, men du "
            "står på reservlistan. Blir en plats ledig hör vi av oss.\n{link}\n\nReferensnummer: "
            "{reference}\n\nVänliga hälsningar,\nSamspel63",
        ),
        DecisionKind.REJECTED: (
            "Om din ansökan: {call}",
            "Hej {name},\n\nTack för din ansökan till {call}. Vi fick många goda ansökningar och kan "
            "tyvärr inte erbjuda dig en plats den här gången.\n\nReferensnummer: {reference}\n\n"
            "Vänliga hälsningar,\nSamspel63",
        ),
    },
    "nb": {
        DecisionKind.ACCEPTED: (
            "Du har fått plass: {call}",
            "Hei {name},\n\nVi er glade for å kunne fortelle at du har fått plass på {call}. Gi oss de "
            "praktiske opplysningene (reise, datoer, kosthold, fakturering) via lenken din:\n{link}\n\n"
            "Referansenummer: {reference}\n\nVennlig hilsen\nSamspel63",
        ),
        DecisionKind.WAITING: (
            "Du står på reservelisten: {call}",
            "Hei {name},\n\nTakk for søknaden din til {call}. Vi kan ikke tilby deg plass ennå, men du står "
            "på reservelisten. Blir en plass ledig, tar vi kontakt.\n{link}\n\nReferansenummer: "
            "{reference}\n\nVennlig hilsen\nSamspel63",
        ),
        DecisionKind.REJECTED: (
            "Om søknaden din: {call}",
            "Hei {name},\n\nTakk for søknaden din til {call}. Vi fikk mange gode søknader og kan dessverre "
            "ikke tilby deg plass denne gangen.\n\nReferansenummer: {reference}\n\nVennlig hilsen\nSamspel63",
        ),
    },
}


def _decision_templates(locale_sv, locale_nb):
    for kind in DecisionKind:
        subject, body = DECISION_TEXTS["sv"][kind]
        source = DecisionEmailTemplate.objects.create(locale=locale_sv, kind=kind, subject=subject, body=body)
        subject, body = DECISION_TEXTS["nb"][kind]
        translated = source.copy_for_translation(locale_nb)
        translated.subject, translated.body = subject, body
        translated.save()
