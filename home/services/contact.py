"""Contact messages: kept first, then staff are told by e-mail once the row is committed."""

from django.db import transaction
from django.utils import translation

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
