import pytest

from tests.home.html import html_lang


@pytest.mark.django_db
def test_home_page_renders_in_swedish_and_norwegian(client, site):
    sv = client.get("/sv/")
    nb = client.get("/nb/")
    assert sv.status_code == 200
    assert nb.status_code == 200
    assert html_lang(sv.text) == "sv"
    assert html_lang(nb.text) == "nb"
    assert "Kultur över gränsen" in sv.text
    assert "Kultur over grensen" in nb.text
