"""What an accepted request to join becomes: a draft storyteller profile for an editor to finish.

Called from residencies.services.release_decisions (through JoinNetworkPage.intake_decision_released),
inside its transaction and behind the list's lock, once the applicant has been told. Not on the
decision itself: until it is released, staff may still change their mind.
"""

import logging

from django.db import transaction
from wagtail.models import Locale

from home.choices import Region
from residencies.choices import SubmissionStatus
from residencies.services import history
from stories.models import JoinRequestDraft
from stories.services.storytellers import NoDirectory, create_draft_storyteller

logger = logging.getLogger(__name__)


@transaction.atomic
def draft_from_request(submission, fallback_language=None):
    """The draft profile of an accepted request, made once. -> the profile, or None.

    Made in the applicant's language, under that language's network directory (else under the
    one in `fallback_language`, the join page's). Rejections and reserve places make nothing;
    a request that already made a profile (even one an editor has since deleted) makes no other.
    """
    if submission.status != SubmissionStatus.CONFIRMED:
        return None
    existing = JoinRequestDraft.objects.filter(submission=submission).first()
    if existing is not None:
        return existing.profile
    profile = None
    for language in dict.fromkeys(filter(None, [submission.language, fallback_language])):
        try:
            profile = create_draft_storyteller(
                name=submission.name,
                email=submission.email,
                region=submission.region or Region.OTHER,
                art_form_keys=[slug for slug in submission.art_form.split(",") if slug],
                about=submission.presentation,
                language=language,
            )
        except (NoDirectory, Locale.DoesNotExist):
            logger.warning("No network directory in %r for request %s", language, submission.reference)
            continue
        break
    if profile is None:
        # Nothing recorded: a later release of this request tries again.
        logger.error("No draft profile made for request %s: no network directory", submission.reference)
        return None
    JoinRequestDraft.objects.create(submission=submission, profile=profile)
    # The page id, never the name: the history outlives the erasure of the request.
    history.record(submission, "stories.draft_profile", page=profile.pk)
    return profile
