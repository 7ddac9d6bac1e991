"""The public registration / application form: the page's fixed fields, questions, files and consent.

Modes:
- NEW: the form on the page; the visitor may send it, or save a draft (only name,
  e-mail and consent required then).
- DRAFT: a saved draft reopened through the private link; save again or send.
- EDIT: a sent submission changed through the private link before the deadline.
The e-mail address is fixed once a submission exists: it is who the private link belongs to.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from home.abuse import AbuseProtectedFormMixin
from home.choices import Country, Region
from residencies import uploads
from residencies.consent import CONSENT_TEXT
from residencies.forms.questions import QuestionFieldsMixin

NEW, DRAFT, EDIT = "new", "draft", "edit"
ALWAYS_REQUIRED = ("name", "email")


def _choices(choices):
    return [("", _("Choose…"))] + list(choices)


# Every fixed field a page type may ask for; it picks with IntakeSettingsMixin.intake_fields.
FIXED_FIELDS = {
    "name": lambda: forms.CharField(label=_("Name"), max_length=200),
    "email": lambda: forms.EmailField(label=_("E-mail address"), max_length=254),
    "organisation": lambda: forms.CharField(label=_("Organisation"), max_length=200),
    "organisation_number": lambda: forms.CharField(label=_("Organisation number"), max_length=40),
    "country": lambda: forms.ChoiceField(label=_("Country"), choices=_choices(Country.choices)),
    "region": lambda: forms.ChoiceField(label=_("Region"), choices=_choices(Region.choices)),
    "phone": lambda: forms.CharField(label=_("Phone"), max_length=40),
    "art_form": lambda: forms.CharField(label=_("Art form"), max_length=200),
    "presentation": lambda: forms.CharField(
        label=_("Presentation"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("A few lines about you and your work."),
    ),
}
ACCEPT = ",".join(kind.content_type for kind in uploads.ALLOWED_KINDS)


def limits_text():
    return _("PDF, PNG, JPEG or WEBP; at most %(each)s per file and %(total)s together.") % {
        "each": filesizeformat(uploads.max_file_size()),
        "total": filesizeformat(uploads.max_total_size()),
    }


class MultipleFileInput(forms.FileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ACCEPT}))
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        if not data:
            super().clean(None, initial)  # raises "required" when it must
            return []
        items = data if isinstance(data, list | tuple) else [data]
        return [super(MultipleFileField, self).clean(item, initial) for item in items]


class SubmissionForm(AbuseProtectedFormMixin, QuestionFieldsMixin, forms.Form):
    """Built for one page in the visitor's language; `submission_data()` is what the services take.

    `kept` are files already held for this form (temporary uploads of an earlier failed
    post, or a submission's stored files): each has `.slot`, `.size` and `.original_name`.
    """

    def __init__(
        self, *args, page, mode=NEW, saving_draft=False, kept=(), submission=None, privacy_url="", **kwargs
    ):
        if submission is not None and "initial" not in kwargs:
            kwargs["initial"] = self._initial_from(page, submission)
        super().__init__(*args, **kwargs)
        self.page = page
        self.mode = mode
        self.relaxed = saving_draft and mode in (NEW, DRAFT)
        self.kept = list(kept)
        labels = page.intake_field_labels
        for name in page.intake_fields:
            field = FIXED_FIELDS[name]()
            field.label = labels.get(name, field.label)
            field = page.intake_form_field(name, field)
            field.required = name in ALWAYS_REQUIRED or (
                name in page.intake_required_fields and not self.relaxed
            )
            if name == "email" and mode != NEW:
                field.disabled = True
                field.help_text = _("The private link belongs to this address, so it cannot be changed.")
            self.fields[name] = field
        self.add_question_fields(page.intake_questions_list(), relaxed=self.relaxed)
        if submission is not None and "initial" not in kwargs:
            self.initial.update(self.question_initial(submission.answers))
        self._add_file_fields()
        if mode == NEW:
            self.fields["consent"] = forms.BooleanField(
                label=CONSENT_TEXT,
                error_messages={"required": _("We can only take your registration if you agree.")},
            )
            self.set_privacy_url(privacy_url)

    def set_privacy_url(self, url):
        """Link the consent box to the privacy notice at `url` (a post that is accepted never shows it)."""
        if "consent" in self.fields:
            self.fields["consent"].help_text = (
                format_html('<a href="{}">{}</a>', url, _("Read the privacy notice")) if url else ""
            )
            # A bound field copies the help text when it is made, and validating makes them.
            self._bound_fields_cache.pop("consent", None)

    @staticmethod
    def _initial_from(page, submission):
        initial = {name: getattr(submission, name) for name in page.intake_fields}
        return initial

    # --- Files -----------------------------------------------------------------------

    def _add_file_fields(self):
        self.slot_fields = {}
        slots = self.page.intake_attachment_slots()
        held = {item.slot for item in self.kept}
        for key, label, help_text, required in slots:
            name = f"file_{key}"
            hint = f"{help_text} {limits_text()}".strip() if help_text else limits_text()
            self.fields[name] = forms.FileField(
                label=label,
                required=required and key not in held and not self.relaxed,
                help_text=hint,
                widget=forms.FileInput(attrs={"accept": ACCEPT}),
            )
            self.slot_fields[name] = key
        if not slots and self.page.intake_max_files:
            self.fields["attachments"] = MultipleFileField(
                label=_("Attachments"),
                required=False,
                help_text=_("Up to %(count)d files.") % {"count": self.page.intake_max_files}
                + " "
                + limits_text(),
            )

    @property
    def rows(self):
        """[(bound field, files already held for it)] in form order, for the template."""
        rows = []
        for bound in self:
            if bound.name in self.slot_fields:
                held = [item for item in self.kept if item.slot == self.slot_fields[bound.name]]
            elif bound.name == "attachments":
                held = [item for item in self.kept if not item.slot]
            else:
                held = []
            rows.append((bound, held))
        return rows

    def clean(self):
        cleaned = super().clean()
        for name in self.slot_fields:
            uploaded = cleaned.get(name)
            if uploaded:
                try:
                    uploads.validate_upload(uploaded)
                except ValidationError as error:
                    self.add_error(name, error)
        new = self.new_files()
        replaced = {getattr(f, "slot", "") for f in new if getattr(f, "slot", "")}
        staying = [item for item in self.kept if item.slot not in replaced]
        if len(staying) + len(new) > self.page.intake_file_limit:
            self.add_error(
                "attachments" if "attachments" in self.fields else None,
                _("You can attach at most %(count)d files.") % {"count": self.page.intake_file_limit},
            )
        elif sum(item.size for item in staying) + sum(f.size for f in new) > uploads.max_total_size():
            self.add_error(
                None,
                _("The files together may be at most %(limit)s.")
                % {"limit": filesizeformat(uploads.max_total_size())},
            )
        return cleaned

    def clean_attachments(self):
        files = self.cleaned_data.get("attachments") or []
        errors = []
        for uploaded in files:
            try:
                uploads.validate_upload(uploaded)
            except ValidationError as error:
                errors.extend(error.messages)
        if errors:
            raise ValidationError(errors)
        return files

    def new_files(self):
        """Uploads of this post that passed their own checks, each tagged with its `.slot`.

        Valid even when the form as a whole is not: they are the files a failed post keeps.
        """
        valid = []
        for name, slot in self.slot_fields.items():
            uploaded = self.files.get(self.add_prefix(name))
            if uploaded and not self._file_error(uploaded):
                uploaded.slot = slot
                valid.append(uploaded)
        if "attachments" in self.fields:
            for uploaded in self.files.getlist(self.add_prefix("attachments")):
                if not self._file_error(uploaded):
                    uploaded.slot = ""
                    valid.append(uploaded)
        return valid

    @staticmethod
    def _file_error(uploaded):
        try:
            uploads.validate_upload(uploaded)
        except ValidationError:
            return True
        return False

    # --- Data for the services -------------------------------------------------------

    def submission_data(self):
        names = [n for n in self.page.intake_fields if not (n == "email" and self.mode != NEW)]
        data = {name: self.cleaned_data.get(name, "") for name in names}
        data["answers"] = self.answers()
        return data

    @property
    def files_list(self):
        return self.new_files()
