"""Answers as people read them: each stored answer under the label its question has on a page."""

from django.utils.translation import gettext as _


def choice_labels(value):
    """{choice item id: label} for a choice question's block value."""
    return {item.id: item.value for item in value["choices"].bound_blocks}


def display_answer(block_type, value, answer):
    if answer in (None, ""):
        return ""
    if block_type == "yes_no":
        return _("Yes") if answer else _("No")
    if block_type == "choice":
        return choice_labels(value).get(answer, str(answer))
    return str(answer)


def answer_rows(submission, page, follow_up=False):
    """[(question, answer)] in the page's order and language; answers to removed questions last.

    follow_up=True: the answers to the follow-up questions instead.
    """
    rows = []
    seen = set()
    answers = submission.follow_up if follow_up else submission.answers
    questions = []
    if page is not None and hasattr(page, "intake_questions"):
        questions = page.intake_follow_up_list() if follow_up else page.intake_questions_list()
    for key, block_type, value in questions:
        seen.add(key)
        rows.append((value["label"], display_answer(block_type, value, answers.get(key))))
    for key, answer in answers.items():
        if key not in seen:
            rows.append((_("Removed question"), str(answer)))
    return rows
