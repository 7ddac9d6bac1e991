"""Mail about submissions: written into OutgoingEmail inside the caller's transaction, sent after commit.

The language is the submission's, never the request's: a staff member releasing
decisions in Swedish still sends the Norwegian applicant a Norwegian mail.
"""

import logging
import re
from datetime import timedelta
from functools import partial

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import F
from django.template.loader import render_to_string
from django.urls import NoReverseMatch
from django.utils import timezone, translation

from residencies.answers import answer_rows
from residencies.choices import DecisionKind, EmailKind, EmailStatus
from residencies.models import OutgoingEmail
from residencies.services.tokens import make_token

logger = logging.getLogger(__name__)

# A send that never reported back (a killed worker) is retried after this long.
STALE_SENDING_AFTER = timedelta(minutes=15)


def submission_link(submission, page=None):
    """The absolute private link where the person sees, and can cancel, their submission."""
    page = page or submission.intake.page_in(submission.language)
    if page is None or not hasattr(page, "reverse_subpage"):
        return ""
    base = page.get_full_url()
    if not base:
        return ""
    try:
        route = page.reverse_subpage("intake_submission", kwargs={"token": make_token(submission)})
    except NoReverseMatch:
        return ""
    return base.rstrip("/") + "/" + route.lstrip("/")


def render_email(kind, context, language):
    """(subject, body) from emails/submissions/<kind>.txt, whose first line is the subject."""
    with translation.override(language):
        text = render_to_string(f"emails/submissions/{kind}.txt", context)
    subject, _sep, body = text.strip().partition("\n")
    return " ".join(subject.split())[:255], body.strip() + "\n"


def queue_email(submission, kind, *, to=None, reply_to="", language=None, rules=None):
    """Write the mail now (same transaction as the change it reports) and send it after commit.

    `language` is the submission's unless given (the organiser's mail is in the page's language).
    `rules` is the list's rules page (Intake.rules_page), when the caller has it already.
    """
    language = language or submission.language
    intake = submission.intake
    # Translations share the rules page's class: knowing it, each page is one query.
    model = type(rules) if rules is not None and type(rules) is rules.specific_class else None
    page = intake.page_in(language, model)
    rules = rules or intake.rules_page() or page
    closes_at = rules.intake_window(intake.occurrence)[1] if rules is not None else None
    link_page = page if language == submission.language else intake.page_in(submission.language, model)
    context = {
        "submission": submission,
        "page": page,
        "link": submission_link(submission, link_page),
        "position": submission.waiting_position(),
        "occurrence": submission.intake.occurrence,
        "answers": answer_rows(submission, page),
        "site_name": settings.WAGTAIL_SITE_NAME,
        "admin_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + "/admin/",
        "closes_at": closes_at,
        "zone": rules.intake_tzinfo if rules is not None else None,
        "zone_label": rules.get_intake_zone_display() if rules is not None else "",
    }
    edited = decision_template(kind, language)
    if edited is not None:
        subject, body = render_decision_template(edited, context)
    else:
        subject, body = render_email(kind, context, language)
    mail = OutgoingEmail.objects.create(
        submission=submission,
        kind=kind,
        language=language,
        to=to or submission.email,
        reply_to=reply_to,
        subject=subject,
        body=body,
    )
    transaction.on_commit(partial(enqueue, mail.pk), robust=True)
    return mail


def decision_template(kind, language):
    """The staff-edited words for a decision mail in this language, or None (then the built-in text)."""
    if kind not in DecisionKind.values:
        return None
    from residencies.models import DecisionEmailTemplate

    return (
        DecisionEmailTemplate.objects.filter(kind=kind, locale__language_code=language)
        .only("subject", "body")
        .first()
    )


PLACEHOLDER = re.compile(r"\{(name|call|reference|link)\}")


def render_decision_template(template, context):
    """Fill {name} {call} {reference} {link}; any other braces are left as the editor wrote them."""
    submission, page = context["submission"], context["page"]
    values = {
        "name": submission.name,
        "call": page.title if page is not None else "",
        "reference": submission.reference or "",
        "link": context["link"],
    }

    def fill(text):
        return PLACEHOLDER.sub(lambda match: values[match.group(1)], text)

    subject = " ".join(fill(template.subject).split())[:255]
    return subject, fill(template.body).strip() + "\n"


def enqueue(mail_id):
    from residencies.tasks import send_outgoing_email

    send_outgoing_email.enqueue(mail_id)


def deliver(mail_id):
    """Send one mail unless someone else is sending or has sent it; record the outcome."""
    now = timezone.now()
    claimed = OutgoingEmail.objects.filter(
        pk=mail_id, status__in=[EmailStatus.PENDING, EmailStatus.FAILED]
    ).update(status=EmailStatus.SENDING, attempts=F("attempts") + 1, updated_at=now)
    if not claimed:
        return "skipped"
    mail = OutgoingEmail.objects.get(pk=mail_id)
    message = EmailMessage(
        mail.subject, mail.body, None, [mail.to], reply_to=[mail.reply_to] if mail.reply_to else None
    )
    for filename, content, mimetype in attachments_for(mail):
        message.attach(filename, content, mimetype)
    try:
        message.send(fail_silently=False)
    except Exception as error:  # any backend failure: keep the mail for a retry
        # The error's class only: SMTP errors quote the recipient's address, and logs outlive erasure.
        logger.warning("Sending outgoing e-mail %s failed: %s", mail_id, type(error).__name__)
        OutgoingEmail.objects.filter(pk=mail_id).update(
            status=EmailStatus.FAILED, last_error=repr(error)[:2000], updated_at=timezone.now()
        )
        return "failed"
    OutgoingEmail.objects.filter(pk=mail_id).update(
        status=EmailStatus.SENT, sent_at=timezone.now(), last_error="", updated_at=timezone.now()
    )
    return "sent"


def attachments_for(mail):
    """The files the owner page adds to this mail (an event's .ics), built from the page as it is now.

    Built at sending time, so a retry carries the current date and place. A page that cannot
    build its file must not hold back the mail itself: the text says everything that matters.
    """
    if mail.kind == EmailKind.ORGANISER:
        return []
    try:
        page = mail.submission.intake.page_in(mail.language)
        return list(page.intake_email_attachments(mail.submission, mail.kind)) if page is not None else []
    except Exception:
        logger.exception("Building the attachments of outgoing e-mail %s failed", mail.pk)
        return []


def retry_unsent(max_attempts=10):
    """Send every pending or failed mail again; free sends a dead worker left behind. -> counts."""
    stale = timezone.now() - STALE_SENDING_AFTER
    OutgoingEmail.objects.filter(status=EmailStatus.SENDING, updated_at__lt=stale).update(
        status=EmailStatus.FAILED, last_error="Interrupted while sending.", updated_at=timezone.now()
    )
    ids = OutgoingEmail.objects.filter(
        status__in=[EmailStatus.PENDING, EmailStatus.FAILED], attempts__lt=max_attempts
    ).values_list("pk", flat=True)
    results = {"sent": 0, "failed": 0, "skipped": 0}
    for mail_id in list(ids):
        results[deliver(mail_id)] += 1
    return results
