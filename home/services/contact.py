"""Contact messages: kept first, then staff are told by e-mail once the row is committed."""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from home.forms import CONTACT_CONSENT_TEXT
from home.models import ContactMessage


def submit_contact_message(*, page, name, email, message, language, consent=True):
    from home.tasks import notify_staff_of_contact_message

    with translation.override(language):
        consent_text = str(CONTACT_CONSENT_TEXT)
    with transaction.atomic():
        contact_message = ContactMessage.objects.create(
            page=page,
            name=name,
            email=email,
            message=message,
            language=language,
            consent_text=consent_text,
        )
        transaction.on_commit(lambda: notify_staff_of_contact_message.enqueue(contact_message.pk))
    return contact_message


# --- Personal data: export, erasure and retention (see home.personal_data) ----------------------


def contact_retention_days():
    """The privacy notice promises twelve months; deployments may shorten it in settings."""
    return getattr(settings, "SAMSPEL_CONTACT_RETENTION_DAYS", 365)


class ContactMessageSource:
    """Contact messages, for the personal-data registry. Nothing in them is reported to funders."""

    key = "contact"
    label = _("Contact messages")

    def messages(self, email):
        return ContactMessage.objects.filter(email__iexact=email).select_related("page")

    def export(self, email):
        records = [
            {
                "received": message.created_at,
                "page": message.page.title if message.page else "",
                "name": message.name,
                "email": message.email,
                "message": message.message,
                "language": message.language,
                "consent_text": message.consent_text,
            }
            for message in self.messages(email)
        ]
        return records, []

    def erase(self, email, now):
        return ContactMessage.objects.filter(email__iexact=email).delete()[0]

    def purge_expired(self, now):
        cutoff = now - timedelta(days=contact_retention_days())
        return ContactMessage.objects.filter(created_at__lt=cutoff).delete()[0]

    def schedule(self, now):
        from home.personal_data import PurgeRow

        oldest = ContactMessage.objects.order_by("created_at").values_list("created_at", flat=True).first()
        if oldest is None:
            return []
        days = contact_retention_days()
        return [
            PurgeRow(
                kind=str(_("Contact messages")),
                label=ngettext(
                    "Each message %(days)s day after it arrived; the oldest first",
                    "Each message %(days)s days after it arrived; the oldest first",
                    days,
                )
                % {"days": days},
                count=ContactMessage.objects.count(),
                purge_on=oldest + timedelta(days=days),
            )
        ]
