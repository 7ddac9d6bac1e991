from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ResidenciesConfig(AppConfig):
    name = "residencies"
    verbose_name = _("Calls and applications")

    def ready(self):
        from residencies import signals

        signals.connect()
