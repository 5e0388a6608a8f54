"""Two confirmations of one bulk invalidation at the same moment (a double click, a colleague)
reject each signature once and record it once, on SQLite as on PostgreSQL."""

from __future__ import annotations

import threading
import time

from signon.clock import utcnow
from signon.extensions import db
from signon.models import Statement
from signon.services.moderation import bulk_invalidation
from signon.services.moderation.bulk_invalidation import Criteria
from tests.moderation_support import events, flood
from tests.sessions import SLUG, seeding


def test_two_simultaneous_confirmations_invalidate_each_signature_once(app, team, monkeypatch):
    bots = flood(app)
    with seeding(app):
        statement_id = db.session.execute(db.select(Statement.id).where(Statement.slug == SLUG)).scalar_one()
    criteria = Criteria(network="203.0.113.0/24")
    previewed = [bots["bot1"], bots["bot2"]]
    matching = bulk_invalidation._matching

    def slow_matching(statement_id: int, criteria: Criteria):
        found = matching(statement_id, criteria)
        # Long enough for the other confirmation to read the same rows before this one commits.
        time.sleep(0.5)
        return found

    monkeypatch.setattr(bulk_invalidation, "_matching", slow_matching)
    start = threading.Barrier(2)
    counts: list[int] = []

    def confirm() -> None:
        with app.app_context():
            start.wait()
            try:
                report = bulk_invalidation.invalidate(
                    statement_id, criteria, previewed, utcnow(), actor="coordinator:1"
                )
                counts.append(len(report.invalidated))
            finally:
                db.session.rollback()
                db.session.remove()

    threads = [threading.Thread(target=confirm) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)

    assert sorted(counts) == [0, 2]
    with seeding(app):
        assert len(events("signature.invalidated")) == 2
        assert len(events("signatures.invalidated")) == 1
