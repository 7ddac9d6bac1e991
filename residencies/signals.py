"""More places published on a first-come page go straight to its waiting lists."""

from wagtail.signals import page_published

from residencies.models import Intake, IntakeSettingsMixin


def promote_after_publish(sender, instance, **kwargs):
    if not isinstance(instance, IntakeSettingsMixin):
        return
    from residencies.services import promote_waiting

    intakes = Intake.objects.filter(translation_key=instance.translation_key)
    if not intakes.exists():
        return
    rules = intakes.first().rules_page()
    intakes.exclude(label=rules.title[:255]).update(label=rules.title[:255])
    for intake in intakes:
        promote_waiting(intake)


def connect():
    page_published.connect(promote_after_publish, dispatch_uid="residencies_promote_after_publish")
