from .contact import ContactMessage
from .pages import ActivityPage, ContactPage, ContentPage, HomePage, ProgrammeIndexPage
from .site_settings import FooterText, SiteSettings
from .snippets import Organisation, Person

__all__ = [
    "ActivityPage",
    "ContactMessage",
    "ContactPage",
    "ContentPage",
    "FooterText",
    "HomePage",
    "Organisation",
    "Person",
    "ProgrammeIndexPage",
    "SiteSettings",
]
