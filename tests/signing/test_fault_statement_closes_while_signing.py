"""Fault: the statement closes while a person is filling in the form, because a coordinator
closed it or its deadline passed. Sending the form then gets the clear 410 page ("no longer
accepting signatures"), and nothing is stored or emailed."""

from __future__ import annotations

from datetime import timedelta

import pytest

from signon.clock import utcnow
from signon.models import AuditEvent, OutboxMessage, Signature
from signon.public import views as public_views
from tests import factories
from tests.faults import row_counts
from tests.sessions import log_in, seeding

SLUG = "national-guard-letter"
SIGN = f"/s/{SLUG}/sign"


def close_by_coordinator(app, monkeypatch) -> None:
    coordinator = app.test_client()
    log_in(coordinator)
    assert coordinator.post(f"/coordinator/s/{SLUG}/status", data={"status": "closed"}).status_code == 303


def let_the_deadline_pass(app, monkeypatch) -> None:
    later = utcnow() + timedelta(days=31)  # the factory's deadline is 30 days away
    monkeypatch.setattr(public_views, "utcnow", lambda: later)


@pytest.mark.parametrize("close", [close_by_coordinator, let_the_deadline_pass], ids=["closed", "deadline"])
def test_a_form_sent_after_the_statement_closed_gets_the_closed_page_and_nothing_is_kept(
    app, client, smtp, send_outbox, migrated_database, monkeypatch, close
):
    with seeding(app):
        factories.coordinator(statements=(factories.open_statement(),))
    assert client.get(SIGN).status_code == 200
    before = row_counts(migrated_database, (Signature, OutboxMessage, AuditEvent))

    close(app, monkeypatch)
    response = client.post(SIGN, data=factories.sign_form())

    assert response.status_code == 410
    html = " ".join(response.get_data(as_text=True).split())
    assert "no longer accepting signatures" in html
    assert 'name="organization"' not in html
    after = row_counts(migrated_database, (Signature, OutboxMessage, AuditEvent))
    assert after["signature"] == before["signature"] == 0
    assert after["outbox_message"] == before["outbox_message"]
    send_outbox()
    assert [m for m in smtp.messages if "ana@came.example.org" in str(m["To"])] == []
