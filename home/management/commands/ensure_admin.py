"""Create the admin login `make run` prints, once.

Reads DJANGO_SUPERUSER_USERNAME / DJANGO_SUPERUSER_PASSWORD / DJANGO_SUPERUSER_EMAIL
as Django's createsuperuser does; without a password one is generated and kept in
.admin-password (git-ignored) so every later `make run` prints the same login.
"""

import os
import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

PASSWORD_FILE = Path(settings.BASE_DIR) / ".admin-password"


class Command(BaseCommand):
    help = "Create the admin user if missing and print how to log in."

    def handle(self, *args, **options):
        User = get_user_model()
        username = os.environ.get("DJANGO_SUPERUSER_USERNAME", "admin")
        email = os.environ.get("DJANGO_SUPERUSER_EMAIL", "admin@example.com")
        password = os.environ.get("DJANGO_SUPERUSER_PASSWORD")
        user = User.objects.filter(username=username).first()
        if password is None:
            if user is not None and PASSWORD_FILE.exists():
                password = PASSWORD_FILE.read_text().strip()
            else:
                password = secrets.token_urlsafe(12)
                PASSWORD_FILE.write_text(password + "\n")
                PASSWORD_FILE.chmod(0o600)
        if user is None:
            user = User.objects.create_superuser(username=username, email=email, password=password)
        elif not user.check_password(password):
            user.set_password(password)
            user.save(update_fields=["password"])
        self.stdout.write(
            self.style.SUCCESS(
                "\nAdmin login: http://127.0.0.1:8000/admin/\n"
                f"  username: {username}\n  password: {password}\n"
            )
        )
