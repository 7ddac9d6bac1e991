"""Every public form that writes, fed 1,000 generated posts each: never a server error, never a
half-saved record (a complete submission with its answers and files, or nothing), and every
error message in the visitor's language.

One example fills every field of the form at once (some missing, some repeated, some files), so
each field gets 1,000 inputs. The language alternates between sv and nb with the example.
"""

import pytest
from django import forms
from django.core.files.uploadedfile import SimpleUploadedFile
from django.http.multipartparser import MultiPartParser
from hypothesis import given
from hypothesis import strategies as st

from residencies.models import Submission, SubmissionFile
from tests.security import strategies as hostile
from tests.security.checks import assert_in_language, assert_no_server_error, shown_errors
from tests.security.conftest import FORMS

pytestmark = [pytest.mark.django_db, pytest.mark.fuzz]

EXTRA_FIELDS = {
    "website": [""],
    "form_started": [""],
    "action": ["send", "save"],
    "kept": [],
    "drop": [],
    "remove_file": [],
    "unexpected": [],
}
VALID_TEXT = ["Anna Andersson", "Scenkonst", "Jag berättar.", "Åre", "Trøndelag"]
# Each list takes one submission per address: fresh addresses let valid posts keep succeeding.
VALID_EMAIL = st.integers(0, 10**9).map(lambda n: f"person{n}@example.se")
# The application form and its "save and continue later" are one form: `action` decides.
FUZZED_FORMS = [name for name in FORMS if name != "draft"]


def field_spec(form):
    """{name: valid values} for a form's own fields, and its file fields apart."""
    spec, files = {}, []
    for name, field in form.fields.items():
        if isinstance(field, forms.FileField):
            files.append(name)
        elif isinstance(field, forms.BooleanField):
            spec[name] = ["on"]
        elif isinstance(field, forms.EmailField):
            spec[name] = VALID_EMAIL
        elif isinstance(field, forms.ChoiceField):
            spec[name] = [str(value) for value, _label in field.choices if value] or ["x"]
        else:
            spec[name] = VALID_TEXT
    return spec | EXTRA_FIELDS, files


A_PDF = [("cv.pdf", b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")]


def uploads(file_fields):
    """Per file field: a good PDF, or hostile files (none, empty, wrong kind, odd names, several)."""
    hostile_files = st.lists(st.tuples(hostile.upload_name, hostile.upload_content), max_size=2)
    return st.fixed_dictionaries({name: st.one_of(st.just(A_PDF), hostile_files) for name in file_fields})


def arrived(name):
    """Whether the server's multipart parser keeps a file part with this name (it drops empty ones)."""
    return bool(MultiPartParser.sanitize_file_name(None, name))


def snapshot(case):
    from home.models import ContactMessage

    return {
        "messages": ContactMessage.objects.count(),
        "submissions": Submission.objects.count(),
        "files": SubmissionFile.objects.count(),
        "saved": case.saved(),
        "ids": set(Submission.objects.values_list("pk", flat=True)),
    }


def check_outcome(case, response, before, after, posted_files):
    if response.status_code != 302:
        # Refused: nothing saved, nothing changed.
        assert (after["messages"], after["submissions"], after["files"], after["saved"]) == (
            before["messages"],
            before["submissions"],
            before["files"],
            before["saved"],
        )
        return
    if case.name == "contact":
        assert after["messages"] == before["messages"] + 1
        return
    new = after["ids"] - before["ids"]
    assert len(new) <= 1
    if new:
        # A complete submission: its files are exactly those the post carried, and nothing else appeared.
        (submission,) = Submission.objects.filter(pk__in=new)
        stored = submission.files.count()
        assert after["files"] - before["files"] == stored == posted_files
        assert submission.name and submission.email
    elif case.name in ("registration", "application", "join"):
        # A repeated post of one's own submission lands on its receipt, with nothing new saved.
        assert after["files"] == before["files"]


@pytest.mark.parametrize("form_case", FUZZED_FORMS, indirect=True)
def test_a_public_form_survives_hostile_posts(client, form_case):
    case = form_case
    shown = client.get(case.url("sv"))
    assert shown.status_code == 200
    form = shown.context.get("form")
    spec, file_fields = field_spec(form) if form is not None else (EXTRA_FIELDS, [])

    outcomes = []

    @hostile.FUZZ
    @given(data=hostile.fields(spec), files=uploads(file_fields), language=st.sampled_from(["sv", "nb"]))
    def post(data, files, language):
        payload = dict(data)
        posted_files = 0
        for name, items in files.items():
            if items:
                payload[name] = [SimpleUploadedFile(n or "f", content) for n, content in items]
                kept = [n or "f" for n, _content in items if arrived(n or "f")]
                posted_files += min(len(kept), 1) if name.startswith("file_") else len(kept)
        before = snapshot(case)
        response = client.post(case.url(language), payload)
        assert_no_server_error(response)
        after = snapshot(case)
        check_outcome(case, response, before, after, posted_files)
        outcomes.append(response.status_code)
        if response.status_code == 200:
            assert_in_language(shown_errors(response.text), language)

    post()
    # Both paths were fuzzed: some posts accepted (their rows checked), some refused.
    assert 302 in outcomes and 200 in outcomes, sorted(set(outcomes))
