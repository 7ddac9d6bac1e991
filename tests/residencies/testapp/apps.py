from django.apps import AppConfig


class TestAppConfig(AppConfig):
    name = "tests.residencies.testapp"
    label = "residencies_testapp"
    default_auto_field = "django.db.models.BigAutoField"
