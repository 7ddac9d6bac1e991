"""What an accepted person tells the organiser afterwards: the call's own follow-up questions."""

from django import forms

from home.abuse import AbuseProtectedFormMixin
from residencies.forms.questions import QuestionFieldsMixin


class FollowUpForm(AbuseProtectedFormMixin, QuestionFieldsMixin, forms.Form):
    def __init__(self, *args, page, answers=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.add_question_fields(page.intake_follow_up_list())
        if answers and not self.is_bound:
            self.initial.update(self.question_initial(answers))
