from django.db import models
from django.utils.translation import gettext_lazy as _


class ContactMessage(models.Model):
    """A message sent through a contact page, kept for staff in the admin."""

    page = models.ForeignKey(
        "home.ContactPage",
        verbose_name=_("contact page"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="messages",
    )
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("e-mail"))
    message = models.TextField(_("message"), max_length=5000)
    language = models.CharField(_("language"), max_length=10)
    consent_text = models.TextField(_("consent text shown"))
    created_at = models.DateTimeField(_("received"), auto_now_add=True)

    class Meta:
        verbose_name = _("contact message")
        verbose_name_plural = _("contact messages")
        ordering = ["-created_at"]
        # Lives here because a permission needs a model; it covers every app's personal data
        # (home.personal_data), not only contact messages.
        permissions = [("manage_personal_data", _("Can export and erase anyone's personal data"))]

    def __str__(self):
        return f"{self.name} <{self.email}>"
