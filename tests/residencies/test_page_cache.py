"""Every change to a list's places retires the cached pages (home/cache.py), also after commit."""

import pytest

from home import cache as home_cache
from residencies import services
from tests.residencies.conftest import person

pytestmark = pytest.mark.django_db


def retires_cached_pages(change):
    before = home_cache.generation()
    result = change()
    assert home_cache.generation() != before
    return result


def test_submit_cancel_promote_and_decide_each_retire_the_cached_pages(event, call, superuser):
    placed = [
        retires_cached_pages(lambda n=n: services.submit(event, person(n), language="sv")) for n in range(4)
    ]
    retires_cached_pages(lambda: services.cancel(placed[0]))  # the waiting one moves up
    services.submit(event, person(5), language="sv")  # waiting again
    type(event).objects.filter(pk=event.pk).update(intake_places=4)  # a write no signal sees
    promoted = retires_cached_pages(lambda: services.promote_waiting(placed[0].intake))
    assert len(promoted) == 1
    application = services.submit(call, person(9), language="nb")
    retires_cached_pages(lambda: services.decide(application, "confirmed", superuser))


def test_the_generation_moves_again_when_the_transaction_commits(event, django_capture_on_commit_callbacks):
    """A page rendered from the uncommitted state in the meantime must not survive the commit."""
    from django.db import connection

    # As at the start of a request's transaction: nothing of ours pending yet.
    connection.run_on_commit = [
        entry for entry in connection.run_on_commit if entry[1] is not home_cache._incr_after_commit
    ]
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        services.submit(event, person(1), language="sv")
    assert home_cache._incr_after_commit in callbacks
    # Once per transaction, however many rows it wrote.
    assert callbacks.count(home_cache._incr_after_commit) == 1
    before = home_cache.generation()
    for callback in callbacks:
        if callback is home_cache._incr_after_commit:
            callback()
    assert home_cache.generation() != before
