"""Form fields for an editor's questions, and the way answers go in and out of them."""

from django import forms
from django.utils.translation import gettext_lazy as _

from residencies.answers import choice_labels

YES_NO = [("yes", _("Yes")), ("no", _("No"))]


def question_field(block_type, value, required=None):
    common = {
        "label": value["label"],
        "help_text": value["help_text"],
        "required": value["required"] if required is None else required,
    }
    if block_type == "long_text":
        return forms.CharField(max_length=5000, widget=forms.Textarea(attrs={"rows": 5}), **common)
    if block_type == "choice":
        return forms.ChoiceField(
            choices=list(choice_labels(value).items()), widget=forms.RadioSelect, **common
        )
    if block_type == "yes_no":
        return forms.ChoiceField(choices=YES_NO, widget=forms.RadioSelect, **common)
    return forms.CharField(max_length=500, **common)


class QuestionFieldsMixin:
    """Adds `q_<key>` fields for a list of questions and reads them back as {key: answer}."""

    def add_question_fields(self, questions, relaxed=False):
        self.question_fields = {}
        for key, block_type, value in questions:
            field_name = f"q_{key}"
            self.fields[field_name] = question_field(block_type, value, required=False if relaxed else None)
            self.question_fields[field_name] = (key, block_type)

    def question_initial(self, answers):
        initial = {}
        for field_name, (key, block_type) in self.question_fields.items():
            if key in answers:
                answer = answers[key]
                initial[field_name] = ("yes" if answer else "no") if block_type == "yes_no" else answer
        return initial

    def answers(self):
        answers = {}
        for field_name, (key, block_type) in self.question_fields.items():
            value = self.cleaned_data.get(field_name)
            if value in (None, ""):
                continue
            answers[key] = value == "yes" if block_type == "yes_no" else value
        return answers

    def is_radio(self, field_name):
        return isinstance(self.fields[field_name].widget, forms.RadioSelect)
