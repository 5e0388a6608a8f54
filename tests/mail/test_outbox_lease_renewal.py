"""A batch that outlasts its lease (a slow mail relay) must not be sent twice: each message's
lease is renewed just before it is sent, and a message another worker has taken over since is
left to that worker."""

from __future__ import annotations

from signon.clock import utcnow
from signon.extensions import db as _db
from signon.services.mail import outbox
from tests.mail.outbox_messages import queue, received_by, stored


def test_a_worker_whose_lease_ran_out_mid_batch_leaves_the_rest_to_the_worker_that_took_it(app, smtp, monkeypatch):
    queue(app, "a@example.org", "b@example.org", "c@example.org")
    mark_sent = outbox._mark_sent
    took_over: list[int] = []

    def after_a_slow_relay(message, now, transport):
        mark_sent(message, now, transport)
        if not took_over:
            # The first message took longer than the whole lease: a second worker, whose clock
            # is past it, claims what the first still holds.
            with app.app_context():
                later = utcnow() + outbox.LEASE * 2
                took_over.extend(m.id for m in outbox.claim(later, 100))
                _db.session.remove()

    monkeypatch.setattr(outbox, "_mark_sent", after_a_slow_relay)
    with app.app_context():
        report = outbox.send_due(utcnow())
        _db.session.remove()

    assert len(took_over) == 2
    assert report.sent == 1
    assert received_by(smtp) == ["a@example.org"]
    # The other two wait for the worker that holds them now, unsent by the first.
    rows = {m.recipient: m for m in stored(app)}
    assert rows["a@example.org"].sent_at is not None
    assert rows["b@example.org"].sent_at is None and rows["b@example.org"].claimed_until is not None
    assert rows["c@example.org"].sent_at is None and rows["c@example.org"].claimed_until is not None
