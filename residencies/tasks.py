"""Background work: mail leaves here, after the transaction that wrote it has committed."""

from django_tasks import task


@task()
def send_outgoing_email(mail_id):
    from residencies.services.emails import deliver

    return deliver(mail_id)
