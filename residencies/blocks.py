"""Blocks editors use to build calls: questions, selection criteria, requested attachments, itineraries.

A question's (criterion's, attachment's) stable key is its StreamField block id:
wagtail-localize keeps block ids (and ListBlock item ids) when it translates a page,
so the Swedish and the Norwegian form file their answers under the same keys in one
list, and reviewers' scores stay attached to the same criterion in both languages.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class QuestionBlock(blocks.StructBlock):
    label = blocks.CharBlock(
        label=_("Question"), max_length=255, help_text=_("The question as people see it on the form.")
    )
    help_text = blocks.CharBlock(
        label=_("Help text"),
        required=False,
        max_length=255,
        help_text=_("A hint shown under the question, e.g. the length or format you expect."),
    )
    required = blocks.BooleanBlock(
        label=_("Answer required"),
        required=False,
        default=False,
        help_text=_("Tick if the form cannot be sent without an answer."),
    )


class TextQuestionBlock(QuestionBlock):
    class Meta:
        icon = "form"
        label = _("Short text")


class LongTextQuestionBlock(QuestionBlock):
    class Meta:
        icon = "doc-full"
        label = _("Long text")


class ChoiceQuestionBlock(QuestionBlock):
    choices = blocks.ListBlock(
        blocks.CharBlock(label=_("Choice"), max_length=255),
        label=_("Choices"),
        min_num=2,
        help_text=_("At least two. People pick one."),
    )

    class Meta:
        icon = "list-ul"
        label = _("Choice")


class YesNoQuestionBlock(QuestionBlock):
    class Meta:
        icon = "tick"
        label = _("Yes or no")


class QuestionsBlock(blocks.StreamBlock):
    text = TextQuestionBlock()
    long_text = LongTextQuestionBlock()
    choice = ChoiceQuestionBlock()
    yes_no = YesNoQuestionBlock()

    class Meta:
        required = False


class CriterionBlock(blocks.StructBlock):
    """A selection criterion: shown to applicants, scored by reviewers, weighted in the average."""

    label = blocks.CharBlock(
        label=_("Criterion"), max_length=255, help_text=_("A short name, e.g. “Cross-border cooperation”.")
    )
    description = blocks.TextBlock(
        label=_("Description"),
        required=False,
        help_text=_("What applicants should show, and what reviewers look for."),
    )
    weight = blocks.IntegerBlock(
        label=_("Weight"),
        min_value=1,
        max_value=10,
        default=1,
        help_text=_("How much this criterion counts in the weighted score (1–10)."),
    )

    class Meta:
        icon = "pick"
        label = _("Selection criterion")


class CriteriaBlock(blocks.StreamBlock):
    criterion = CriterionBlock()

    class Meta:
        required = False


class AttachmentRequestBlock(blocks.StructBlock):
    """One file the applicant is asked for: a CV, a portfolio, a budget."""

    label = blocks.CharBlock(
        label=_("Attachment"), max_length=255, help_text=_("What the file is, e.g. “CV” or “Portfolio”.")
    )
    help_text = blocks.CharBlock(
        label=_("Help text"),
        required=False,
        max_length=255,
        help_text=_("Shown under the upload field, e.g. “A PDF of at most two pages”."),
    )
    required = blocks.BooleanBlock(
        label=_("Required"),
        required=False,
        default=False,
        help_text=_("Tick if the application cannot be sent without this file."),
    )

    class Meta:
        icon = "doc-full-inverse"
        label = _("Requested attachment")


class AttachmentRequestsBlock(blocks.StreamBlock):
    attachment = AttachmentRequestBlock()

    class Meta:
        required = False


class ItineraryDayBlock(blocks.StructBlock):
    day = blocks.CharBlock(label=_("Day"), max_length=80, help_text=_("E.g. “Day 1” or “Monday 14 April”."))
    title = blocks.CharBlock(
        label=_("Title"), max_length=255, help_text=_("E.g. “Visit to the Røros craft workshops”.")
    )
    description = blocks.TextBlock(
        label=_("What happens"),
        required=False,
        help_text=_("Visits, meetings, travel and meals that day."),
    )

    class Meta:
        icon = "date"
        label = _("Day")
        template = "residencies/blocks/itinerary_day.html"


class ItineraryBlock(blocks.StreamBlock):
    day = ItineraryDayBlock()

    class Meta:
        required = False
