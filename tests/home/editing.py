"""The page editor as a browser drives it: the edit form's data, changed as an editor would change it."""

from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.fields import StreamField
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, streamfield


def browser_form_data(html, form_id):
    """Wagtail's querydict_from_html, corrected to what a browser sends.

    A browser drops the newline that follows <textarea>, and sends "on" for a ticked
    checkbox that has no value attribute.
    """
    data = querydict_from_html(html, form_id=form_id)
    form = BeautifulSoup(html, "html.parser").find("form", id=form_id)
    for textarea in form.find_all("textarea"):
        if textarea.get("name"):
            data[textarea["name"]] = textarea.get_text().removeprefix("\r").removeprefix("\n")
    for box in form.find_all("input", type="checkbox", checked=True):
        if box.get("name") and "value" not in box.attrs:
            data[box["name"]] = "on"
    return data


def edit_form_data(client, page, **typed):
    """The page's edit form as the logged-in editor's browser would send it, with `typed` filled in.

    `typed` is nested form data (see wagtail.test.utils.form_data); StreamFields it does not
    mention are sent empty, since the admin draws them with JavaScript and the HTML has no inputs
    for them. A value of None unticks a checkbox (removes the field).
    """
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    return typed_into(browser_form_data(html, "page-edit-form"), page, **typed)


def typed_into(form_data, page, **typed):
    """A copy of `form_data` with `typed` filled in (see edit_form_data)."""
    data = form_data.copy()
    streams = [f.name for f in type(page)._meta.get_fields() if isinstance(f, StreamField)]
    for key in [k for k in data if any(k.startswith(f"{name}-") for name in streams)]:
        del data[key]
    typed = {name: streamfield([]) for name in streams} | typed
    for key, value in nested_form_data(typed).items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    return data


def form_errors(page, data, user):
    """What the editor would see, for an assertion message."""
    form_class = page.get_edit_handler().get_form_class()
    form = form_class(data, instance=page, for_user=user, parent_page=page.get_parent())
    form.is_valid()
    return {"form": form.errors, **{name: fs.errors for name, fs in form.formsets.items()}}
