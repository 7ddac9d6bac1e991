"""Background work of the home app. Mail never goes out inside a request's transaction."""

from email.utils import formataddr

from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation
from django_tasks import task
from wagtail.models import Site


def _site_for(contact_message):
    # The site the message was sent through: a Norwegian domain may have its own inbox.
    if contact_message.page is not None:
        site = contact_message.page.get_site()
        if site is not None:
            return site
    return Site.objects.filter(is_default_site=True).first()


@task()
def notify_staff_of_contact_message(message_id):
    from home.models import ContactMessage, SiteSettings

    contact_message = ContactMessage.objects.select_related("page").get(pk=message_id)
    site = _site_for(contact_message)
    recipient = SiteSettings.for_site(site).contact_email if site else ""
    if not recipient:
        return "no recipient"
    # Staff read the message in the language it was written in.
    with translation.override(contact_message.language):
        subject = render_to_string("emails/contact_message_subject.txt", {"message": contact_message}).strip()
        body = render_to_string("emails/contact_message.txt", {"message": contact_message})
    # Headers are one line each: a name typed with line breaks must not add headers.
    name = " ".join(contact_message.name.split())
    # "Reply" in the staff's mail program answers the visitor.
    EmailMessage(
        subject=" ".join(subject.split()),
        body=body,
        to=[recipient],
        reply_to=[formataddr((name, contact_message.email))],
    ).send(fail_silently=False)
    return "sent"
