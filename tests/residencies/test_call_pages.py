"""Call pages and their index as visitors see them, in both languages, with constant query counts."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from residencies.choices import CallStatus
from residencies.factories import ResidencyPageFactory, StudyTripPageFactory, SubmissionFactory
from residencies.models import Intake
from residencies.queries import open_call_deadlines
from residencies.services.calls import call_status
from tests.conftest import translate_and_publish

pytestmark = pytest.mark.django_db


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def test_every_call_page_type_renders_in_both_languages(
    client, call_index, residency, residency_nb, study_trip, locale_nb
):
    trip_nb = translate_and_publish(study_trip, locale_nb, title="Studietur til Trondheim", slug="studietur")
    for page, lang in [
        (call_index, "sv"),
        (call_index.nb, "nb"),
        (residency, "sv"),
        (residency_nb, "nb"),
        (study_trip, "sv"),
        (trip_nb, "nb"),
    ]:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert f'lang="{lang}"' in response.text and page.title in response.text


def test_the_call_page_carries_the_form_in_the_visitors_language(client, residency, locale_nb):
    import copy

    raw = copy.deepcopy(residency.intake_questions.raw_data)
    raw[0]["value"]["label"] = "Hva vil du utvikle?"
    nb = translate_and_publish(
        residency, locale_nb, title="Residens NB", slug="residens-nb", intake_questions=raw
    )
    response = client.get(nb.url)
    form = response.context["form"]
    assert 'lang="nb"' in response.text and response.context["form_action"].endswith(
        "/nb/utlysninger/residens-nb/register/"
    )
    key = residency.intake_questions_list()[0][0]
    assert form.fields[f"q_{key}"].label == "Hva vil du utvikle?"  # same key, Norwegian label
    assert "Hva vil du utvikle?" in response.text
    # The file limits are shown before anything is uploaded.
    cv = form.fields[f"file_{nb.intake_attachment_slots()[0][0]}"]
    assert "10" in str(cv.help_text) and "25" in str(cv.help_text)
    assert cv.widget.attrs["accept"] == "application/pdf,image/png,image/jpeg,image/webp"


def test_a_closed_call_says_so_and_shows_no_form(client, residency):
    residency.intake_opens_at = timezone.now() - timedelta(days=30)
    residency.intake_closes_at = timezone.now() - timedelta(minutes=1)
    publish(residency)
    response = client.get(residency.url)
    assert response.context.get("form") is None
    assert response.context["call_status"] == CallStatus.CLOSED
    assert "<form" not in response.text.split('id="apply"')[1]


def test_an_upcoming_call_shows_when_it_opens(client, residency):
    residency.intake_opens_at = timezone.now() + timedelta(days=3)
    publish(residency)
    response = client.get(residency.url)
    assert response.context["call_status"] == CallStatus.UPCOMING and response.context.get("form") is None


def test_index_lists_open_calls_first_by_deadline_then_upcoming_then_closed(client, call_index):
    now = timezone.now()
    closed = ResidencyPageFactory(
        parent=call_index,
        title="Stängd",
        intake_opens_at=now - timedelta(days=9),
        intake_closes_at=now - timedelta(days=1),
    )
    late = ResidencyPageFactory(parent=call_index, title="Sen", intake_closes_at=now + timedelta(days=20))
    soon = StudyTripPageFactory(parent=call_index, title="Snart", intake_closes_at=now + timedelta(days=2))
    upcoming = ResidencyPageFactory(
        parent=call_index,
        title="Kommande",
        intake_opens_at=now + timedelta(days=5),
        intake_closes_at=now + timedelta(days=30),
    )
    response = client.get(call_index.url)
    assert [c.title for c in response.context["calls"]] == [
        soon.title,
        late.title,
        upcoming.title,
        closed.title,
    ]
    assert response.text.index("Snart") < response.text.index("Sen") < response.text.index("Stängd")


def test_status_is_derived_closed_then_decided_once_decisions_are_released(residency):
    from residencies import services

    application = services.submit(
        residency, {"name": "A", "email": "a@example.com"}, language="sv", draft=True
    )
    services.cancel(application)
    real = SubmissionFactory(page=residency)
    later = timezone.now() + timedelta(days=30)
    assert call_status(residency, now=later) == CallStatus.CLOSED
    services.decide(real, "confirmed")
    assert call_status(residency, now=later) == CallStatus.CLOSED  # decided but not told
    services.release_decisions(real.intake)
    assert call_status(residency, now=later) == CallStatus.DECIDED
    assert call_status(residency) == CallStatus.OPEN


def test_the_home_page_shows_open_calls_first_with_deadlines(client, home_sv, call_index, residency):
    upcoming = ResidencyPageFactory(
        parent=call_index,
        title="Kommande residens",
        intake_opens_at=timezone.now() + timedelta(days=5),
        intake_closes_at=timezone.now() + timedelta(days=30),
    )
    response = client.get(home_sv.url)
    (section,) = [s for s in response.context["sections"] if s.key == "calls"]
    assert [c.title for c in section.items] == [residency.title, upcoming.title]
    assert section.more_url == call_index.url
    html = response.text
    assert html.index(residency.title) < html.index(upcoming.title)
    assert "<time datetime=" in html


def test_the_activity_page_shows_its_calls_in_its_language(client, programme, residency, locale_nb):
    from home.factories import ActivityPageFactory

    activity = ActivityPageFactory(parent=programme, title="Residens", slug="residens-aktivitet")
    publish(activity)
    activity_nb = translate_and_publish(activity, locale_nb, title="Residenser", slug="residenser")
    residency.activity = activity
    publish(residency)
    translate_and_publish(residency, locale_nb, title="Residens NB", slug="residens-nb")
    sections = client.get(activity.url).context["sections"]
    assert [c.title for c in sections[0].items] == [residency.title]
    sections_nb = client.get(activity_nb.url).context["sections"]
    assert [c.title for c in sections_nb[0].items] == ["Residens NB"]


def test_open_call_deadlines_gives_open_and_upcoming_calls_with_zone_and_a_shared_key(
    call_index, residency, residency_nb, locale_nb
):
    now = timezone.now()
    ResidencyPageFactory(
        parent=call_index,
        title="Stängd",
        intake_opens_at=now - timedelta(days=9),
        intake_closes_at=now - timedelta(days=1),
    )
    upcoming = ResidencyPageFactory(
        parent=call_index,
        title="Kommande",
        intake_opens_at=now + timedelta(days=5),
        intake_closes_at=now + timedelta(days=30),
        intake_zone="Europe/Oslo",
    )
    deadlines = open_call_deadlines(residency.locale)
    assert [(d.title, d.status, d.tz) for d in deadlines] == [
        (residency.title, "open", "Europe/Stockholm"),
        (upcoming.title, "upcoming", "Europe/Oslo"),
    ]
    assert deadlines[0].closes_at == residency.intake_closes_at and deadlines[0].url.endswith(residency.url)
    (nb,) = open_call_deadlines(locale_nb)
    assert nb.key == deadlines[0].key and nb.title == residency_nb.title


def test_open_call_deadlines_leaves_out_drafts_and_private_calls(call_index, residency):
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(page=residency, restriction_type="login")
    unpublished = ResidencyPageFactory(parent=call_index, title="Opublicerad")
    unpublished.unpublish()
    assert open_call_deadlines(residency.locale) == []


def test_the_home_pages_calls_read_only_open_and_upcoming_ones_and_count_no_decisions(
    call_index, residency, image, locale_sv
):
    from residencies.queries import home_calls

    now = timezone.now()
    for n in range(3):
        ResidencyPageFactory(
            parent=call_index,
            title=f"Stängd {n}",
            slug=f"stangd-{n}",
            intake_opens_at=now - timedelta(days=9),
            intake_closes_at=now - timedelta(days=1),
            image=image,
            image_alt="Fjäll",
        )
    with CaptureQueriesContext(connection) as captured:
        calls = home_calls(locale_sv)
    assert [c.title for c in calls] == [residency.title]
    sqls = [q["sql"] for q in captured.captured_queries]
    assert not [sql for sql in sqls if "residencies_submission" in sql]  # no closed call to decide about


def _make_calls(parent, count, start=0, image=None):
    for n in range(start, start + count):
        factory = ResidencyPageFactory if n % 2 else StudyTripPageFactory
        factory(parent=parent, title=f"Utlysning {n}", slug=f"utlysning-{n}", image=image, image_alt="Fjäll")


def _queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


# Rendering is counted, not the page cache (`uncached_pages`); each count follows a warming visit, as
# every write retires the shared chrome (home.chrome) and the first visit after it prepares it again.


@pytest.mark.usefixtures("uncached_pages")
def test_call_index_queries_do_not_grow_with_the_number_of_calls(client, call_index, image):
    _make_calls(call_index, 10, image=image)
    client.get(call_index.url)  # warm caches (site root paths, content types, renditions, chrome)
    ten = _queries(client, call_index.url)
    _make_calls(call_index, 30, start=10, image=image)
    client.get(call_index.url)
    assert _queries(client, call_index.url) == ten


@pytest.mark.usefixtures("uncached_pages")
def test_call_page_queries_do_not_grow_with_the_number_of_applications(client, residency):
    for _ in range(10):
        SubmissionFactory(page=residency)
    client.get(residency.url)
    ten = _queries(client, residency.url)
    for _ in range(30):
        SubmissionFactory(page=residency, status="confirmed")
    assert Intake.objects.get().submissions.count() == 40
    client.get(residency.url)
    assert _queries(client, residency.url) == ten
