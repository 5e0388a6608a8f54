"""Fault: several `flask outbox work` processes, and one killed in the middle of a batch.

Real worker processes (`flask --app app outbox work`) send to the test SMTP server, which counts
Message-IDs. Rows are claimed with FOR UPDATE SKIP LOCKED and a lease (LEASE in
signon/services/outbox.py, 5 minutes): two workers never send one message twice, and messages
claimed by a worker that died are sent by another once its lease has run out. A worker killed
while the server holds its DATA reply can cause exactly one duplicate: the message in flight.
"""

from __future__ import annotations

import asyncio
import os
import signal
import threading
import time
from collections import Counter
from datetime import timedelta

import pytest

from signon import worker
from signon.clock import utcnow
from signon.extensions import db
from signon.models import OutboxMessage
from signon.services.mail import outbox
from tests.faults import is_postgresql, outbox_workers, process_of_local_port, wait_for
from tests.sessions import seeding


def queue(app, count: int) -> list[str]:
    """``count`` messages written and committed, as use cases leave them; their Message-IDs."""
    with seeding(app):
        now = utcnow()
        messages = [
            outbox.enqueue(
                now, recipient=f"person{n}@example.org", subject=f"Message {n}", text_body=f"Hello {n}", kind="test"
            )
            for n in range(count)
        ]
        db.session.commit()
        return [m.headers["Message-ID"] for m in messages]


def received(smtp) -> Counter[str]:
    return Counter(str(m["Message-ID"]) for m in smtp.messages)


def unsent(app) -> int:
    with seeding(app):
        return len(db.session.execute(db.select(OutboxMessage.id).where(OutboxMessage.sent_at.is_(None))).all())


@pytest.mark.skipif(
    not is_postgresql(os.environ.get("DATABASE_URL", "")),
    reason="two worker processes share one database only on PostgreSQL (SQLite has one writer)",
)
def test_two_outbox_workers_on_postgresql_send_every_message_exactly_once(app, migrated_database, smtp, monkeypatch):
    message_ids = queue(app, 200)
    senders: Counter[int | None] = Counter()
    accept = smtp.handle_DATA
    pids: list[int] = []

    async def count_sender(server, session, envelope):
        # Which process holds the client end of this connection: both workers must take part.
        senders[process_of_local_port(session.peer[1], pids)] += 1
        await asyncio.sleep(0.002)
        return await accept(server, session, envelope)

    monkeypatch.setattr(smtp, "handle_DATA", count_sender)

    with outbox_workers(2, migrated_database, smtp.port) as processes:
        pids.extend(p.pid for p in processes)
        wait_for(lambda: len(smtp.messages) >= len(message_ids), 45, "200 messages at the server")
        # A message sent twice would arrive within the next rounds (every 0.2 s).
        time.sleep(1.0)
        assert all(p.poll() is None for p in processes), "a worker died"

    counts = received(smtp)
    assert sorted(counts) == sorted(message_ids)
    assert counts.most_common(1)[0][1] == 1, f"sent twice: {[k for k, v in counts.items() if v > 1]}"
    assert unsent(app) == 0
    assert set(senders) == set(pids), f"messages per worker process: {dict(senders)}"


def test_a_worker_killed_mid_batch_loses_nothing_and_resends_at_most_the_message_in_flight(
    app, migrated_database, smtp, monkeypatch
):
    message_ids = queue(app, 20)
    accept = smtp.handle_DATA
    in_flight = threading.Event()
    release = threading.Event()
    held: list[str] = []

    async def slow_then_stuck(server, session, envelope):
        answer = await accept(server, session, envelope)  # the server has the message...
        if len(smtp.messages) == 5:
            held.append(str(smtp.messages[-1]["Message-ID"]))
            in_flight.set()
            while not release.is_set():  # ...but the worker dies before it hears "250"
                await asyncio.sleep(0.02)
        await asyncio.sleep(0.02)
        return answer

    monkeypatch.setattr(smtp, "handle_DATA", slow_then_stuck)

    with outbox_workers(1, migrated_database, smtp.port) as (process,):
        assert in_flight.wait(30), "the worker never reached the fifth message"
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
    release.set()
    monkeypatch.setattr(smtp, "handle_DATA", accept)
    assert len(smtp.messages) == 5
    assert unsent(app) == 16  # four acknowledged; the fifth was never acknowledged

    # Until the dead worker's lease runs out, its messages are nobody else's to send.
    assert worker.send_once(app).sent == 0
    assert len(smtp.messages) == 5

    later = utcnow() + outbox.LEASE + timedelta(seconds=1)
    monkeypatch.setattr(worker, "utcnow", lambda: later)
    assert worker.send_once(app).sent == 16

    counts = received(smtp)
    assert sorted(counts) == sorted(message_ids)
    duplicates = {message_id: n for message_id, n in counts.items() if n > 1}
    assert duplicates == {held[0]: 2}, "only the message in flight when the worker died may arrive twice"
    assert unsent(app) == 0
