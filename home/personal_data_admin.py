"""Admin pages for personal data: what retention will purge and when; one person's export and erasure.

Every admin user sees the schedule (list names, counts, dates: nothing personal); only
superusers and holders of `home.manage_personal_data` look up, export or erase a person. The address is always
POSTed, never put in a URL, so it stays out of server logs and browser history; every
response here is marked never to be stored by a cache.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from home import personal_data


class PersonForm(forms.Form):
    email = forms.EmailField(label=gettext_lazy("E-mail address"), max_length=254)


class EraseForm(PersonForm):
    confirm = forms.BooleanField(
        label=gettext_lazy("Yes, erase everything held for this address. This cannot be undone."),
    )


def _private(response):
    add_never_cache_headers(response)
    return response


def _require(request):
    if not personal_data.can_manage(request.user):
        raise PermissionDenied


def index(request):
    """The purge schedule (every editor: counts and dates only), and for managers one person's data."""
    manager = personal_data.can_manage(request.user)
    if request.method == "POST":
        _require(request)
    form = PersonForm(request.POST or None) if manager else None
    found = None
    if form is not None and request.method == "POST" and form.is_valid():
        found = personal_data.counts(form.cleaned_data["email"])
    return _private(
        TemplateResponse(
            request,
            "home/admin/personal_data.html",
            {
                "form": form,
                "found": found,
                "erase_form": EraseForm(initial={"email": form.data.get("email", "")}) if found else None,
                "schedule": personal_data.purge_schedule(),
                "now": timezone.now(),
            },
        )
    )


def export(request):
    _require(request)
    form = PersonForm(request.POST or None)
    if request.method != "POST" or not form.is_valid():
        return redirect("personal_data:index")
    email = form.cleaned_data["email"]
    archive = personal_data.export_archive(email)
    personal_data.logger.info(
        "Personal data of %s exported by user %s", personal_data.fingerprint(email), request.user.pk
    )
    response = HttpResponse(archive, content_type="application/zip")
    # Named by date, not by address: file names end up in download lists and logs.
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M%S")
    response["Content-Disposition"] = f'attachment; filename="personal-data-{stamp}.zip"'
    return _private(response)


def erase(request):
    _require(request)
    form = EraseForm(request.POST or None)
    if request.method != "POST":
        return redirect("personal_data:index")
    if not form.is_valid():
        messages.error(request, _("Tick the box to confirm the erasure."))
        return redirect("personal_data:index")
    erased = personal_data.erase_person(form.cleaned_data["email"], user=request.user)
    count = sum(erased.values())
    messages.success(
        request,
        ngettext(
            "Erased %(count)s record. The statistics remain.",
            "Erased %(count)s records. The statistics remain.",
            count,
        )
        % {"count": count},
    )
    return redirect("personal_data:index")
