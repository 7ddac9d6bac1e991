"""The storyteller editor form (languages as checkboxes) and the join page's fields on the shared form."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from home.choices import Region
from stories.choices import StorytellingLanguage


class StorytellerPageForm(WagtailAdminPageForm):
    languages = forms.MultipleChoiceField(
        label=_("Languages told in"),
        choices=StorytellingLanguage.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("The languages they tell stories in. Tick all that apply."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.initial["languages"] = self.instance.language_codes

    def clean_languages(self):
        return ",".join(self.cleaned_data.get("languages") or [])


JOIN_REGIONS = [
    (Region.JAMTLAND_HARJEDALEN.value, Region.JAMTLAND_HARJEDALEN.label),
    (Region.TRONDELAG.value, Region.TRONDELAG.label),
    (Region.OTHER.value, Region.OTHER.label),
]
# Submission.art_form's length: the ticked slugs, comma-separated, must fit.
ART_FORMS_MAX_LENGTH = 200


def art_form_choices(locale):
    """[(slug, name)]: every art form once, named in `locale`, or in another language until translated."""
    from stories.models import ArtForm

    names = {}
    for art_form in ArtForm.objects.order_by("pk"):
        if art_form.slug not in names or art_form.locale_id == locale.pk:
            names[art_form.slug] = art_form.name
    return sorted(names.items(), key=lambda choice: choice[1].casefold())


class ArtFormsField(forms.MultipleChoiceField):
    """Art forms ticked in the visitor's language; the value is their slugs, comma-separated.

    Slugs are the same in every language, so staff and the draft profile read the same choice
    whichever language the request came in.
    """

    widget = forms.CheckboxSelectMultiple

    def prepare_value(self, value):
        # A stored submission holds the joined string; the checkboxes want a list.
        if isinstance(value, str):
            return [slug for slug in value.split(",") if slug]
        return value

    def has_changed(self, initial, data):
        return super().has_changed(self.prepare_value(initial), data)

    def clean(self, value):
        joined = ",".join(super().clean(value))
        if len(joined) > ART_FORMS_MAX_LENGTH:
            raise forms.ValidationError(_("Please choose fewer art forms."), code="too_many")
        return joined


def join_form_field(page, name, field):
    """The join page's fields on the shared submission form (residencies' `intake_form_field` hook)."""
    if name == "art_form":
        return ArtFormsField(
            label=field.label, required=field.required, choices=art_form_choices(page.locale)
        )
    if name == "region":
        field.choices = [("", _("Choose…")), *JOIN_REGIONS]
    elif name == "presentation":
        field.help_text = _("A few lines about you and the stories you would like to tell.")
    return field
