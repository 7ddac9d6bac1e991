"""Regressions found by the fuzz tests (tests/security/test_fuzz_*.py), kept in the fast suite."""

import pytest

from residencies.models import Submission

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("form_case", ["edit"], indirect=True)
def test_an_edit_post_naming_files_to_remove_by_anything_but_an_id_keeps_every_file(client, form_case):
    submission = Submission.objects.get()
    files = list(submission.files.values_list("pk", flat=True))
    hostile = ["", "abc", "²", "٣", "9" * 40, "-1", "1.0", "\x00"]
    response = client.post(form_case.url("sv"), {**form_case.post(), "remove_file": hostile})
    assert response.status_code == 302  # it used to be a server error
    assert list(submission.files.values_list("pk", flat=True)) == files
    assert form_case.saved() == "Ändrad presentation 1"
