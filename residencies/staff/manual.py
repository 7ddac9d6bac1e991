"""Staff pages to add a person to a first-come list and to move a registration to another date.

Both check who may act and call residencies.services (add_by_staff, move); neither counts
places nor sets a status itself.
"""

from django import forms
from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from home.choices import Country
from residencies import services
from residencies.choices import IntakePolicy
from residencies.models import Intake
from residencies.staff.actions import inspect_url, require_decider, visible_submission
from residencies.views.public import occurrence_slug, parse_occurrence

LANGUAGES = [("sv", "svenska"), ("nb", "norsk")]


def occurrence_choices(rules, keep=None):
    """[(slug, label)] of the dates staff may choose; `keep` (a date already chosen) stays on the list."""
    choices = [
        (occurrence_slug(when), label) for when, label in rules.intake_occurrence_choices(timezone.now())
    ]
    if keep is not None and occurrence_slug(keep) not in dict(choices):
        label = timezone.localtime(keep).strftime("%Y-%m-%d %H:%M")
        choices.insert(0, (occurrence_slug(keep), label))
    return choices


class AddForm(forms.Form):
    occurrence = forms.ChoiceField(label=gettext_lazy("Date"))
    name = forms.CharField(label=gettext_lazy("Name"), max_length=200)
    email = forms.EmailField(label=gettext_lazy("E-mail address"), max_length=254)
    organisation = forms.CharField(label=gettext_lazy("Organisation"), max_length=200, required=False)
    country = forms.ChoiceField(
        label=gettext_lazy("Country"), choices=[("", "–"), *Country.choices], required=False
    )
    language = forms.ChoiceField(
        label=gettext_lazy("Language of the e-mails"), choices=LANGUAGES, initial="sv"
    )
    override = forms.BooleanField(label=gettext_lazy("Give a place even if all are taken"), required=False)

    def __init__(self, *args, occurrences=None, **kwargs):
        super().__init__(*args, **kwargs)
        if occurrences is None:
            del self.fields["occurrence"]
        else:
            self.fields["occurrence"].choices = occurrences


def _rules(key):
    rules = Intake(translation_key=key).rules_page()
    if rules is None or rules.intake_policy != IntakePolicy.FIRST_COME:
        raise Http404
    return rules


def add(request, key):
    """Register someone by hand on one list (for a repeating event: on the date chosen)."""
    require_decider(request)
    rules = _rules(key)
    chosen = parse_occurrence(request.GET.get("occurrence", ""))
    occurrences = occurrence_choices(rules, keep=chosen) if rules.intake_per_occurrence else None
    initial = {"occurrence": occurrence_slug(chosen)} if chosen else {}
    form = AddForm(request.POST or None, occurrences=occurrences, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        occurrence = parse_occurrence(data["occurrence"]) if occurrences is not None else None
        try:
            submission = services.add_by_staff(
                rules,
                data,
                occurrence=occurrence,
                language=data["language"],
                user=request.user,
                override=data["override"],
            )
        except services.AlreadySubmitted:
            form.add_error("email", _("This e-mail address is already on this list."))
        except services.SubmissionError as refused:
            form.add_error(None, str(refused.message))
        else:
            messages.success(
                request, _("%(name)s is added; they have been told.") % {"name": submission.name}
            )
            return redirect(inspect_url(submission))
    return TemplateResponse(
        request,
        "residencies/admin/submission_add.html",
        {"form": form, "page": rules, "back_url": reverse("residencies_intakes:index") + f"?page={key}"},
    )


@require_POST
def move(request, pk):
    """Move a registration to another date of the same event."""
    require_decider(request)
    submission = visible_submission(request, pk)
    occurrence = parse_occurrence(request.POST.get("occurrence", ""))
    if occurrence is None:
        messages.error(request, _("Choose a date."))
        return redirect(inspect_url(submission))
    try:
        moved = services.move(
            submission, occurrence, user=request.user, override=request.POST.get("override") == "1"
        )
    except services.AlreadySubmitted:
        messages.error(request, _("This e-mail address is already registered for that date."))
    except services.SubmissionError as refused:
        messages.error(request, str(refused.message))
    else:
        messages.success(request, _("Moved to %(list)s; the person has been told.") % {"list": moved.intake})
    return redirect(inspect_url(submission))
