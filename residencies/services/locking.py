"""The quota guard: one row lock per list, taken before anything is counted.

Every service that counts or hands out places runs inside one transaction that
starts with `lock_intake()`. On PostgreSQL that is `SELECT ... FOR UPDATE` on the
Intake row, so submissions, cancellations, promotions and decisions for one list
queue up one behind the other, while other lists are untouched (pretix locks per
event with an advisory lock; a row lock gives the same guarantee with nothing to
release). SQLite ignores FOR UPDATE: the guarantee holds on PostgreSQL only.

The concurrency tests replace these two functions to prove they see the race.
"""

from residencies.choices import SubmissionStatus
from residencies.models import Intake, Submission


def lock_intake(intake_id):
    return Intake.objects.select_for_update().get(pk=intake_id)


def count_confirmed(intake):
    return Submission.objects.filter(intake=intake, status=SubmissionStatus.CONFIRMED).count()
