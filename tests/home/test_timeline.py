"""The editors' timeline: calls opening and closing, decisions and events of one year, month by month."""

from datetime import date, timedelta

import pytest
import recurrence
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from recurrence import Recurrence, Rule
from wagtail.users.models import UserProfile

from events.factories import EventIndexPageFactory, EventPageFactory, local
from residencies.factories import CallIndexPageFactory, ResidencyPageFactory, StudyTripPageFactory
from residencies.models import ResidencyPage, StudyTripPage
from tests.conftest import translate_and_publish
from tests.i18n import tr

pytestmark = pytest.mark.django_db

YEAR = timezone.localdate().year + 1


def prefer(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


@pytest.fixture
def calendar(home_sv):
    return EventIndexPageFactory(parent=home_sv)


@pytest.fixture
def call_index(home_sv):
    index = CallIndexPageFactory(parent=home_sv)
    index.save_revision().publish()
    return index


def make_call(call_index, title, opens, closes, decision=None, factory=ResidencyPageFactory):
    page = factory(
        parent=call_index,
        title=title,
        intake_opens_at=opens,
        intake_closes_at=closes,
        decision_date=decision,
    )
    page.save_revision().publish()
    return page


def timeline(client, year=YEAR):
    response = client.get(reverse("samspel_timeline"), {"year": year} if year is not None else {})
    assert response.status_code == 200
    return response, BeautifulSoup(response.text, "html.parser")


def entries(soup, month):
    """[(kind, datetime attribute, text)] of one month's list."""
    section = soup.find("section", attrs={"aria-labelledby": f"month-{month}"})
    return [
        (li["data-kind"], li.find("time")["datetime"], li.get_text(" ", strip=True))
        for li in section.select("ol > li")
    ]


@pytest.mark.parametrize("language", ["sv", "nb"])
def test_a_year_of_calls_decisions_and_events_month_by_month_in_the_editors_language(
    client, superuser, call_index, calendar, home_nb, locale_nb, language
):
    call = make_call(
        call_index,
        "Residens i Steinkjer",
        local(YEAR, 2, 1, 9),
        local(YEAR, 3, 15, 23, 59),
        decision=date(YEAR, 4, 20),
    )
    call_nb_index = translate_and_publish(call_index, locale_nb, title="Utlysninger", slug="utlysninger")
    call_nb = translate_and_publish(call, locale_nb, title="Residens i Steinkjer NB", slug="residens")
    event = EventPageFactory(parent=calendar, title="Nätverksträff", start=local(YEAR, 3, 3, 18))
    prefer(superuser, language)
    client.force_login(superuser)
    response, soup = timeline(client)

    assert soup.find("h1") and tr(language, "Timeline") in soup.find("h1").get_text()
    headings = [h.get_text(" ", strip=True) for h in soup.select("section h2")]
    assert len(headings) == 12
    assert headings[0] == f"{tr(language, 'January').capitalize()} {YEAR}"
    assert soup.select("section h2 time")[2]["datetime"] == f"{YEAR}-03"

    title = "Residens i Steinkjer NB" if language == "nb" else "Residens i Steinkjer"
    shown = call_nb if language == "nb" else call
    assert [(kind, when) for kind, when, _text in entries(soup, 2)] == [
        ("call-opens", local(YEAR, 2, 1, 9).isoformat())
    ]
    march = entries(soup, 3)
    assert [kind for kind, _when, _text in march] == ["event", "call-closes"]
    assert march[1][1] == local(YEAR, 3, 15, 23, 59).isoformat()
    assert tr(language, "Call closes") in march[1][2] and title in march[1][2]
    assert entries(soup, 4) == [
        ("decisions", f"{YEAR}-04-20", entries(soup, 4)[0][2]),
    ]
    assert tr(language, "Decisions expected") in entries(soup, 4)[0][2]
    assert (
        tr(language, "Nothing this month.")
        in soup.find("section", attrs={"aria-labelledby": "month-5"}).get_text()
    )
    edit_links = {a["href"] for a in soup.select("ol a")}
    assert reverse("wagtailadmin_pages:edit", args=[shown.pk]) in edit_links
    assert reverse("wagtailadmin_pages:edit", args=[event.pk]) in edit_links
    assert call_nb_index.pk  # the Norwegian call lives under the Norwegian index


def test_the_year_filter_and_a_year_it_does_not_understand(client, superuser, call_index):
    make_call(call_index, "Utlysning Alfa", local(YEAR, 5, 1), local(YEAR, 5, 30))
    make_call(call_index, "Utlysning Beta", local(YEAR + 1, 5, 1), local(YEAR + 1, 5, 30))
    client.force_login(superuser)
    _response, soup = timeline(client, YEAR)
    assert "Utlysning Alfa" in soup.text and "Utlysning Beta" not in soup.text
    assert soup.find("a", rel="next")["href"] == f"?year={YEAR + 1}"
    _response, soup = timeline(client, YEAR + 1)
    assert "Utlysning Beta" in soup.text and "Utlysning Alfa" not in soup.text
    _response, soup = timeline(client, "2O26")
    assert soup.find("input", attrs={"name": "year"})["value"] == str(timezone.localdate().year)


def test_a_weekly_event_is_one_entry_a_month_with_its_other_dates(client, superuser, calendar):
    start = local(YEAR, 6, 2, 18)
    EventPageFactory(
        parent=calendar,
        title="Veckoträff",
        start=start,
        recurrence=Recurrence(rrules=[Rule(recurrence.WEEKLY, count=6)]),
        exceptions=[{"date": (start + timedelta(weeks=1)).date(), "cancelled": True}],
    )
    client.force_login(superuser)
    _response, soup = timeline(client)
    june, july = entries(soup, 6), entries(soup, 7)
    assert [kind for kind, _w, _t in june] == ["event"] and [kind for kind, _w, _t in july] == ["event"]
    june_item = soup.find("section", attrs={"aria-labelledby": "month-6"}).find("li")
    # 2, (9 cancelled), 16, 23, 30 June: the first is the entry, the rest its other dates.
    assert [t["datetime"][:10] for t in june_item.find_all("time")] == [
        f"{YEAR}-06-02",
        f"{YEAR}-06-16",
        f"{YEAR}-06-23",
        f"{YEAR}-06-30",
    ]


def test_people_who_may_not_edit_a_page_see_its_dates_without_an_edit_link(
    client, django_user_model, call_index, calendar
):
    from django.contrib.auth.models import Group, Permission

    call = make_call(call_index, "Residens", local(YEAR, 5, 1), local(YEAR, 5, 30))
    event = EventPageFactory(parent=calendar, title="Nätverksträff", start=local(YEAR, 5, 12, 18))
    user = django_user_model.objects.create_user("granskare", "g@example.com", "password")
    group = Group.objects.create(name="Admin only")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    client.force_login(user)
    _response, soup = timeline(client)
    assert [kind for kind, _when, _text in entries(soup, 5)] == ["call-opens", "event", "call-closes"]
    assert "Residens" in soup.text and "Nätverksträff" in soup.text
    assert reverse("wagtailadmin_pages:edit", args=[call.pk]) not in str(soup)
    assert reverse("wagtailadmin_pages:edit", args=[event.pk]) not in str(soup)


def test_the_timeline_is_in_the_admin_menu_and_for_admin_users_only(client, superuser):
    assert client.get(reverse("samspel_timeline")).status_code == 302
    client.force_login(superuser)
    response = client.get(reverse("wagtailadmin_home"))
    assert reverse("samspel_timeline") in response.text


def test_decisions_cannot_be_expected_before_the_call_closes(call_index):
    call = ResidencyPageFactory.build(
        title="Residens",
        slug="residens",
        intake_opens_at=local(YEAR, 2, 1),
        intake_closes_at=local(YEAR, 3, 15, 23, 59),
        decision_date=date(YEAR, 3, 14),
    )
    with pytest.raises(ValidationError) as raised:
        call.clean()
    assert "decision_date" in raised.value.message_dict
    call.decision_date = date(YEAR, 3, 15)
    call.clean()


def test_the_decision_date_follows_the_source_and_translators_cannot_change_it():
    from wagtail_localize.fields import SynchronizedField, get_translatable_fields

    for model in (ResidencyPage, StudyTripPage):
        [field] = [f for f in get_translatable_fields(model) if f.field_name == "decision_date"]
        assert isinstance(field, SynchronizedField) and not field.overridable


def test_the_timeline_costs_the_same_queries_for_two_calls_and_events_as_for_eight(
    client, superuser, call_index, calendar
):
    def add(count, offset):
        for n in range(offset, offset + count):
            month = 1 + n % 12
            factory = StudyTripPageFactory if n % 2 else ResidencyPageFactory
            make_call(
                call_index,
                f"Utlysning {n}",
                local(YEAR, month, 1),
                local(YEAR, month, 20),
                decision=date(YEAR, month, 27),
                factory=factory,
            )
            weekly = (
                {"recurrence": Recurrence(rrules=[Rule(recurrence.WEEKLY, count=3)])} if n % 3 == 0 else {}
            )
            EventPageFactory(parent=calendar, start=local(YEAR, month, 10, 18), **weekly)

    def queries():
        with CaptureQueriesContext(connection) as captured:
            response, soup = timeline(client)
        return len(captured), soup

    client.force_login(superuser)
    add(2, 0)
    queries()  # warm the per-process caches
    few, _soup = queries()
    add(6, 2)
    many, soup = queries()
    assert len(soup.select('li[data-kind="event"]')) >= 8
    assert len(soup.select('li[data-kind="call-closes"]')) == 8
    assert many == few
