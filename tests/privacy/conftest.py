"""One of each kind of intake (an event, a call, the network) and a contact page, in both languages.

The fixtures come from the apps' own conftests, so these tests build pages exactly as those do.
"""

import pytest

from home.factories import ContactPageFactory
from home.models import SiteSettings
from stories.factories import JoinNetworkPageFactory
from tests.conftest import translate_and_publish
from tests.events.conftest import (  # noqa: F401  (fixtures)
    answers_post,
    calendar,
    make_event,
    translate,
    venue,
    weekly,
    workshop,
)
from tests.residencies.conftest import (  # noqa: F401  (fixtures)
    call_index,
    call_post,
    cv_slot,
    pdf_upload,
    private_media,
    residency,
    residency_nb,
)
from tests.stories.conftest import art_forms, directory  # noqa: F401  (fixtures)

STAFF_ADDRESS = "info@samspel63.example"


@pytest.fixture(autouse=True)
def swedish_by_default():
    from django.utils import translation

    with translation.override("sv"):
        yield


@pytest.fixture
def join(directory, art_forms, locale_nb):  # noqa: F811
    page = JoinNetworkPageFactory(parent=directory, intake_notify_email="natverket@example.com")
    page.nb = translate_and_publish(page, locale_nb, title="Bli med i nettverket", slug="bli-med")
    return page


def join_post(n=1, **extra):
    return {
        "name": f"Kim Berg {n}",
        "email": f"kim{n}@example.com",
        "region": "trondelag",
        "art_form": ["musik"],
        "presentation": "Jag berättar om flottningen.",
        "consent": "on",
        **extra,
    }


@pytest.fixture
def privacy_page(site, locale_nb):
    """A privacy notice in both languages, chosen in the site settings."""
    from home.factories import ContentPageFactory

    page = ContentPageFactory(parent=site.home_sv, title="Dataskydd", slug="dataskydd")
    page.nb = translate_and_publish(page, locale_nb, title="Personvern", slug="personvern")
    settings_obj = SiteSettings.for_site(site)
    settings_obj.privacy_page = page
    settings_obj.contact_email = STAFF_ADDRESS
    settings_obj.save()
    return page


@pytest.fixture
def contact(site, locale_nb, privacy_page):
    page = ContactPageFactory(parent=site.home_sv, title="Kontakt", slug="kontakt")
    page.nb = translate_and_publish(page, locale_nb, title="Kontakt oss", slug="kontakt")
    return page


def contact_post(n=1, **extra):
    return {
        "name": f"Eva Eriksson {n}",
        "email": f"eva{n}@example.se",
        "message": "Hej! Jag vill veta mer.",
        "consent": "on",
        **extra,
    }
