"""The event editor: the recurrence widget works in Wagtail, times are read in the event's zone."""

from datetime import UTC, datetime

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield
from wagtail.users.models import UserProfile

from events.models import EventPage
from tests.i18n import tr

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, superuser):
    client.force_login(superuser)
    return client


def profile(user, **fields):
    user_profile = UserProfile.get_for_user(user)
    for name, value in fields.items():
        setattr(user_profile, name, value)
    user_profile.save()


def test_edit_view_renders_the_recurrence_widget_with_our_scripts(editor, make_event):
    event = make_event()
    response = editor.get(reverse("wagtailadmin_pages:edit", args=[event.pk]))
    assert response.status_code == 200
    html = response.text
    assert 'class="recurrence-widget"' in html
    catalog = html.index(reverse("events_recurrence_catalog"))
    assert catalog < html.index("recurrence/js/recurrence.js") < html.index("events/js/recurrence-wagtail.js")
    # The stock init script looks for Django admin's #container and warns in Wagtail.
    assert "recurrence-widget.init.js" not in html
    assert 'name="spoken_languages"' in html and 'type="checkbox"' in html


def test_every_widget_script_and_stylesheet_exists():
    from django.contrib.staticfiles import finders

    from events.widgets import WagtailRecurrenceWidget

    media = WagtailRecurrenceWidget().media
    files = [path for path in media._js if not path.startswith("/")] + [
        path for paths in media._css.values() for path in paths
    ]
    assert files
    for path in files:
        assert finders.find(path), path


def test_widget_strings_follow_the_editors_language(editor, superuser):
    profile(superuser, preferred_language="nb")
    nb = editor.get(reverse("events_recurrence_catalog"))
    profile(superuser, preferred_language="sv")
    sv = editor.get(reverse("events_recurrence_catalog"))
    assert nb["Content-Type"].startswith("text/javascript")
    assert '"Monday": "mandag"' in nb.text
    assert '"Monday": "måndag"' in sv.text
    assert "w.pgettext = function" in sv.text


def test_recurrence_catalog_is_for_editors_only(client):
    response = client.get(reverse("events_recurrence_catalog"))
    assert response.status_code in (302, 403)


def event_form(index, **overrides):
    data = {
        "title": "Kulturfrukost",
        "slug": "kulturfrukost",
        "summary": "",
        "image_alt": "",
        "start": "2030-03-05 18:00",
        "end": "2030-03-05 20:00",
        "time_zone": "Europe/Oslo",
        "recurrence": "RRULE:FREQ=WEEKLY;COUNT=4;BYDAY=TU\nEXDATE:20300311T230000Z",
        "status": "scheduled",
        "online_url": "",
        "region": "",
        "is_free": "on",
        "price": "",
        "price_currency": "SEK",
        "price_note": "",
        "body": streamfield([]),
        "intake_policy": "none",
        "intake_places": "",
        "intake_opens_at": "",
        "intake_closes_at": "",
        "registration_closes_hours_before": "0",
        "intake_zone": "Europe/Stockholm",
        "intake_notify_email": "",
        "intake_retention_days": "365",
        "intake_questions": streamfield([]),
        "occurrence_exceptions": inline_formset(
            [{"date": "2030-03-19", "cancelled": "on", "note": "Sportlov"}]
        ),
        "comments": inline_formset([]),
        "action-publish": "action-publish",
    }
    data.update(overrides)
    # A list is posted as repeated values, which nested_form_data would number instead.
    return nested_form_data(data) | {"spoken_languages": ["sv", "no"]}


def test_creating_an_event_in_the_admin_reads_times_in_the_event_zone(editor, superuser, calendar):
    # The editor's own zone differs from the event's: the event's zone decides.
    profile(superuser, current_time_zone="America/New_York")
    url = reverse("wagtailadmin_pages:add", args=["events", "eventpage", calendar.pk])
    response = editor.post(url, event_form(calendar))
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    event = EventPage.objects.get(slug="kulturfrukost")
    assert event.live
    assert event.start == datetime(2030, 3, 5, 17, 0, tzinfo=UTC)  # 18:00 in Oslo
    assert event.spoken_language_codes == ["sv", "no"]
    assert [(e.date.isoformat(), e.cancelled, e.note) for e in event.occurrence_exceptions.all()] == [
        ("2030-03-19", True, "Sportlov")
    ]
    from events.services.occurrences import occurrences

    dates = [(o.start.strftime("%m-%d %H:%M"), o.cancelled) for o in occurrences(event)]
    assert dates == [("03-05 18:00", False), ("03-19 18:00", True), ("03-26 18:00", False)]
    edit = editor.get(reverse("wagtailadmin_pages:edit", args=[event.pk]))
    assert 'value="2030-03-05 18:00"' in edit.text


def test_exclusion_rules_are_refused_with_a_clear_message(editor, calendar):
    url = reverse("wagtailadmin_pages:add", args=["events", "eventpage", calendar.pk])
    response = editor.post(url, event_form(calendar, recurrence="RRULE:FREQ=WEEKLY\nEXRULE:FREQ=MONTHLY"))
    assert response.status_code == 200
    expected = tr("sv", "Exclusion rules are not supported. Exclude single dates instead.")
    assert expected in str(response.context["form"].errors["recurrence"])
    assert not EventPage.objects.filter(slug="kulturfrukost").exists()


def test_registration_is_set_in_its_own_tab_and_the_deadline_is_read_in_its_zone(editor, superuser, calendar):
    profile(superuser, current_time_zone="America/New_York")
    url = reverse("wagtailadmin_pages:add", args=["events", "eventpage", calendar.pk])
    form = editor.get(url)
    assert 'name="intake_policy"' in form.text and 'name="registration_closes_hours_before"' in form.text
    question = ("text", {"label": "Allergier", "help_text": "", "required": False})
    data = event_form(
        calendar,
        intake_policy="first_come",
        intake_places="10",
        intake_waiting_list="on",
        intake_closes_at="2030-03-04 12:00",
        intake_zone="Europe/Oslo",
        intake_questions=streamfield([question]),
    )
    response = editor.post(url, data)
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    event = EventPage.objects.get(slug="kulturfrukost")
    assert event.intake_policy == "first_come" and event.intake_places == 10
    assert event.intake_closes_at == datetime(2030, 3, 4, 11, 0, tzinfo=UTC)  # 12:00 in Oslo
    assert [value["label"] for _key, _type, value in event.intake_questions_list()] == ["Allergier"]


def test_reviewed_applications_are_not_offered_for_events(editor, calendar):
    url = reverse("wagtailadmin_pages:add", args=["events", "eventpage", calendar.pk])
    response = editor.post(url, event_form(calendar, intake_policy="reviewed"))
    assert response.status_code == 200 and "intake_policy" in response.context["form"].errors
