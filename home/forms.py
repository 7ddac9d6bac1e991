from django import forms
from django.utils.translation import gettext_lazy as _

from home.abuse import AbuseProtectedFormMixin

CONTACT_CONSENT_TEXT = _(
    "I agree that Samspel63 keeps my name, e-mail address and message in order to "
    "answer me, as described in the privacy notice."
)


class ContactForm(AbuseProtectedFormMixin, forms.Form):
    name = forms.CharField(label=_("Your name"), max_length=200)
    email = forms.EmailField(label=_("Your e-mail address"))
    message = forms.CharField(label=_("Message"), max_length=5000, widget=forms.Textarea(attrs={"rows": 6}))
    consent = forms.BooleanField(
        label=CONTACT_CONSENT_TEXT,
        error_messages={"required": _("We can only answer if you agree to the privacy notice.")},
    )

    def clean_message(self):
        message = self.cleaned_data["message"].strip()
        if not message:
            raise forms.ValidationError(_("Write a message."))
        return message
