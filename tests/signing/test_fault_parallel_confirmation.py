"""Fault: one confirmation link pressed 50 times at once (a double click, a mail scanner, a
forwarded email), against the real threaded server. Exactly one state change: one
"signature.confirmed" audit event, confirmed_at set once; every press gets an answer, none a 5xx.
Each client opens the link first and presses Confirm with its own CSRF token, as a browser would.
"""

from __future__ import annotations

import re
from collections import Counter

from signon.extensions import db
from signon.models import AuditEvent, Signature
from tests import factories
from tests.faults import Browser, all_at_once, hidden_fields
from tests.sessions import seeding

SLUG = "national-guard-letter"
CLIENTS = 50
LINK = re.compile(r"https?://[^/\s]+(/confirm/[A-Za-z0-9_\-.]+)")


def emailed_confirmation_path(live_server: str, smtp, send_outbox) -> str:
    signer = Browser(live_server)
    _, html = signer.get(f"/s/{SLUG}/sign")
    status, _ = signer.post(f"/s/{SLUG}/sign", {**hidden_fields(html), **factories.sign_form()})
    assert status == 303
    assert send_outbox().sent == 1
    found = LINK.search(smtp.last_text())
    assert found, smtp.last_text()
    return found.group(1)


def test_fifty_simultaneous_confirmations_of_one_link_change_the_signature_once(app, live_server, smtp, send_outbox):
    app.config["SIGNON_MIN_FILL_SECONDS"] = 0
    with seeding(app):
        factories.open_statement()
    path = emailed_confirmation_path(live_server, smtp, send_outbox)

    def open_link(n: int) -> tuple[Browser, dict[str, str]]:
        browser = Browser(live_server)
        status, html = browser.get(path)
        assert status == 200, html[:500]
        return browser, hidden_fields(html)

    def press_confirm(n: int, prepared: tuple[Browser, dict[str, str]]) -> tuple[int, str]:
        browser, form = prepared
        return browser.post(path, form)

    answers = all_at_once(CLIENTS, press_confirm, prepare=open_link)

    errors = [a for a in answers if isinstance(a, Exception)]
    assert errors == [], errors[:3]
    assert Counter(status for status, _ in answers) == {303: CLIENTS}
    with seeding(app):
        (signature,) = db.session.execute(db.select(Signature)).scalars().all()
        events = (
            db.session.execute(db.select(AuditEvent).where(AuditEvent.action == "signature.confirmed")).scalars().all()
        )
        assert signature.status == "verified"
        assert len(events) == 1
        assert events[0].signature_id == signature.id
        # Set once, by the request that recorded the one event.
        assert signature.confirmed_at == signature.verified_at == events[0].at
