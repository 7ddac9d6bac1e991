"""Event pages and the event calendar page render in both languages."""

import pytest

pytestmark = pytest.mark.django_db


def test_event_index_renders_in_swedish_and_norwegian(client, calendar, make_event, translate):
    event = make_event(title="Kulturfrukost i Östersund")
    translate(event, title="Kulturfrokost i Östersund")
    sv = client.get(calendar.url)
    nb = client.get(calendar.nb.url)
    assert sv.status_code == 200 and nb.status_code == 200
    assert "Kulturfrukost i Östersund" in sv.text
    assert "Kulturfrokost i Östersund" in nb.text
    assert '<html lang="nb"' in nb.text


def test_event_page_renders_in_swedish_and_norwegian(client, calendar, make_event, translate):
    event = make_event(title="Nätverksträff")
    event_nb = translate(event, title="Nettverkstreff")
    sv = client.get(event.url)
    nb = client.get(event_nb.url)
    assert sv.status_code == 200, sv.content[:2000]
    assert nb.status_code == 200
    assert "<h1>Nätverksträff</h1>" in sv.text
    assert "<h1>Nettverkstreff</h1>" in nb.text
