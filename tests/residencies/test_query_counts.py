"""The call index, the deadlines feed, the home page and an activity page cost the same number of
queries for 10 calls as for 500, and a call page the same for 10 applications behind it as for 500,
in Swedish and in Norwegian.

Calls go in through home.bulk and submissions through bulk_create, so the 500 cases stay quick;
the page cache is off (`uncached_pages`): these count rendering.
"""

from datetime import timedelta
from itertools import cycle

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from home.bulk import add_live_children
from home.factories import OrganisationFactory, PersonFactory
from residencies.choices import SubmissionStatus
from residencies.consent import CONSENT_VERSION
from residencies.factories import attachments, criteria, questions
from residencies.models import Intake, ResidencyPage, StudyTripPage, Submission

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("uncached_pages")]

SMALL, LARGE = 10, 500


def _call(n, locale_id, related, translation_key=None):
    """Open, upcoming and closed calls of both types, with a host and a contact person."""
    host, contact, activity = related
    now = timezone.now()
    opens = now + timedelta(days=[-5, 3, -40][n % 3])
    closes = opens + timedelta(days=20)
    common = {
        "title": f"Utlysning {n}",
        "slug": f"utlysning-{n}",
        "summary": "En utlysning.",
        "locale_id": locale_id,
        "intake_places": 2,
        "intake_opens_at": opens,
        "intake_closes_at": closes,
        "contact_person": contact,
        "activity": activity,
        "criteria": criteria(("Kvalitet", 2)),
        "intake_questions": questions(("long_text", "Vad vill du utveckla?", True)),
    }
    if n % 2:
        page = StudyTripPage(destination="Trondheim", **common)
    else:
        page = ResidencyPage(host=host, place="Steinkjer", **common)
    if translation_key:
        page.translation_key = translation_key
    return page


def add_calls(index, count, start, activity=None):
    """`count` calls under the Swedish `index` and their Norwegian versions under `index.nb`.

    Both versions name the Swedish activity, as the synchronised field does in translations."""
    related = (OrganisationFactory(), PersonFactory(), activity)
    numbers = range(start, start + count)
    made = []
    for model in (ResidencyPage, StudyTripPage):
        swedish = [c for c in (_call(n, index.locale_id, related) for n in numbers) if type(c) is model]
        swedish = add_live_children(index, swedish)
        add_live_children(
            index.nb,
            [_call(n, index.nb.locale_id, related, s.translation_key) for n, s in _numbered(swedish)],
        )
        made += swedish
    # Some decisions on closed reviewed calls, so the decided status is part of the count.
    add_submissions(made, 2)
    return made


def _numbered(pages):
    return [(int(p.slug.rsplit("-", 1)[1]), p) for p in pages]


def add_submissions(pages, count, start=0):
    """`count` submissions (mixed statuses, some decisions released) to each page's list."""
    statuses = cycle(
        [
            SubmissionStatus.RECEIVED,
            SubmissionStatus.CONFIRMED,
            SubmissionStatus.WAITING,
            SubmissionStatus.REJECTED,
        ]
    )
    now = timezone.now()
    rows = []
    for page in pages:
        intake = Intake.for_page(page)
        for n in range(start, start + count):
            status = next(statuses)
            rows.append(
                Submission(
                    intake=intake,
                    status=status,
                    reference=f"Q-{intake.pk}-{n}",
                    name=f"Sökande {n}",
                    email=f"sokande{n}@example.com",
                    country="SE",
                    region="jamtland-harjedalen",
                    art_form="Dans",
                    consent_text="Jag samtycker.",
                    consent_version=CONSENT_VERSION,
                    language="sv" if n % 2 else "nb",
                    created_at=now - timedelta(minutes=n),
                    decided_at=now if status != SubmissionStatus.RECEIVED else None,
                    decision_released_at=now if status == SubmissionStatus.REJECTED else None,
                )
            )
    Submission.objects.bulk_create(rows)


def count_queries(client, url, warm=True):
    if warm:  # once, with the 10: the 500 add no images of their own
        client.get(url)
    cache.clear()  # the same start every time: a feed built from the database, not its kept body
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured.captured_queries), response


def listing_counts(client, call_index, activity, cards):
    warm = cards == SMALL
    counts = {}
    for language, index, activity_page in (("sv", call_index, activity), ("nb", call_index.nb, activity.nb)):
        counts[language, "call index"], response = count_queries(client, index.url, warm)
        assert response.text.count("Utlysning ") >= cards
        with translation.override(language):
            feed = reverse("events_deadlines_feed")
        counts[language, "deadlines feed"], response = count_queries(client, feed, warm)
        assert response.content.count(b"BEGIN:VEVENT") >= cards * 2 // 3
        counts[language, "home"], _response = count_queries(client, f"/{language}/", warm)
        counts[language, "activity"], response = count_queries(client, activity_page.url, warm)
        assert response.text.count("Utlysning ") >= min(cards, 3)
    return counts


@pytest.fixture
def activity(programme, locale_nb):
    from home.factories import ActivityPageFactory
    from tests.conftest import translate_and_publish

    page = ActivityPageFactory(parent=programme, title="Residensprogrammet", slug="residens")
    page.nb = translate_and_publish(page, locale_nb, slug="residens")
    return page


def test_call_index_deadlines_feed_home_and_activity_do_not_grow_from_10_to_500_calls(
    client, call_index, activity
):
    add_calls(call_index, SMALL, 0, activity)
    small = listing_counts(client, call_index, activity, SMALL)
    add_calls(call_index, LARGE - SMALL, SMALL, activity)
    assert ResidencyPage.objects.count() + StudyTripPage.objects.count() == 2 * LARGE
    large = listing_counts(client, call_index, activity, LARGE)
    assert large == small, f"{SMALL} calls: {small}, {LARGE} calls: {large}"


@pytest.fixture
def open_calls(call_index, locale_nb):
    """An open residency and an open study trip, with attachments and follow-up, in both languages."""
    from tests.conftest import translate_and_publish

    contact, host = PersonFactory(), OrganisationFactory()
    pages = []
    for model, extra in ((ResidencyPage, {"host": host}), (StudyTripPage, {"destination": "Røros"})):
        page = _call(0, call_index.locale_id, (host, contact, None))
        fields = {f: getattr(page, f) for f in ("intake_opens_at", "intake_closes_at", "contact_person")}
        page = model(
            title=f"Öppen {model.__name__}",
            slug=model.__name__.lower(),
            summary="Öppen.",
            intake_places=3,
            criteria=criteria(("Kvalitet", 2), ("Samarbete", 1)),
            intake_questions=questions(
                ("long_text", "Vad?", True), ("choice", "Period", True, ["Vår", "Höst"])
            ),
            attachment_requests=attachments(("CV", True)),
            follow_up_questions=questions(("text", "Kost", True)),
            **fields,
            **extra,
        )
        call_index.add_child(instance=page)
        page.save_revision().publish()
        page.nb = translate_and_publish(page, locale_nb, slug=page.slug)
        pages.append(page)
    return pages


def test_call_pages_do_not_grow_from_10_to_500_submissions_in_either_language(client, open_calls):
    def measure():
        counts = {}
        for page in open_calls:
            for language, version in (("sv", page), ("nb", page.nb)):
                counts[type(page).__name__, language], response = count_queries(client, version.url)
                assert 'name="email"' in response.text  # open: the form is on the page
        return counts

    add_submissions(open_calls, SMALL)
    small = measure()
    add_submissions(open_calls, LARGE - SMALL, start=SMALL)
    assert Submission.objects.count() == 2 * LARGE
    large = measure()
    assert large == small, f"{SMALL} submissions: {small}, {LARGE}: {large}"


def _statements(captured, text):
    return sum(text in query["sql"] for query in captured.captured_queries)


def test_the_application_form_works_out_its_rules_places_and_privacy_notice_once(
    client, residency, residency_nb
):
    """The form view and the call page it renders share the rules page, the places and the form."""
    for page in (residency, residency_nb):
        url = page.url + "register/"
        client.get(url)
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        assert response.status_code == 200 and 'name="email"' in response.text
        # The rules page is one query: its translation source comes along as a subquery.
        assert _statements(captured, 'FROM "wagtail_localize_translationsource"') == 1
        assert _statements(captured, 'FROM "residencies_intake"') <= 1
        assert _statements(captured, 'FROM "residencies_submission"') <= 1
        # The privacy notice's address comes from the shared chrome, not a settings lookup of its own.
        assert _statements(captured, 'FROM "home_sitesettings"') <= 1


def test_an_accepted_application_post_costs_a_fixed_number_of_queries_and_indexes_no_references(
    client, residency, django_capture_on_commit_callbacks
):
    from tests.residencies.conftest import call_post, cv_slot, pdf_upload

    url = residency.url + "register/"
    client.get(url)
    data = call_post(residency)
    data[f"file_{cv_slot(residency)}"] = pdf_upload()
    with CaptureQueriesContext(connection) as captured, django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, data)
    assert response.status_code == 302
    assert Submission.objects.filter(email=data["email"]).exists()
    # Submissions and their mails are records, not content: nothing to index for a usage view.
    assert _statements(captured, "wagtailcore_referenceindex") == 0
    sql = [query["sql"] for query in captured.captured_queries]
    locked = next(n for n, text in enumerate(sql) if "FOR UPDATE" in text)
    logged = next(n for n, text in enumerate(sql) if 'INSERT INTO "wagtailcore_modellogentry"' in text)
    # From taking the list's lock to the history entry, its last write; the rest waits for it.
    assert logged - locked <= CEILING_LOCKED
    assert len(sql) <= CEILING_POST


CEILING_LOCKED = 13
CEILING_POST = 41
