"""Fault: 200 people sign for one organization at the same moment, under as many spellings of
its name, against the real threaded server (SQLite, and PostgreSQL under DATABASE_URL).

Exactly one signature is stored and exactly one verification email goes out. Each submission
uses a different email address: the same address re-submitting an unconfirmed signature gets
its confirmation link again by design (signatures._answer_duplicate), so with different
addresses every other submitter must get the "already signed" email instead. Nobody sees a 5xx.

Each client fetches the form first and posts it back with its own CSRF token and cookie, as a
browser would: CSRF stays on.
"""

from __future__ import annotations

from collections import Counter

from signon.extensions import db
from signon.models import OutboxMessage, Signature
from signon.names import organization_key
from tests import factories
from tests.faults import Browser, all_at_once, hidden_fields
from tests.sessions import seeding

SLUG = "national-guard-letter"
CLIENTS = 200
SPELLINGS = [
    "Amnesty International",
    "amnesty international",
    "AMNESTY  INTERNATIONAL",
    "Amnesty-International",
    "The Amnesty International",
    "Amnésty International",
    "  amnesty International ",
    "Amnesty International.",
    "the AMNESTY international",
    "Ámnesty Internatiónal",
]


def sign_concurrently(base: str) -> list[tuple[int, str] | Exception]:
    def open_form(n: int) -> tuple[Browser, dict[str, str]]:
        browser = Browser(base)
        status, html = browser.get(f"/s/{SLUG}/sign")
        assert status == 200, html[:500]
        form = factories.sign_form(
            organization=SPELLINGS[n % len(SPELLINGS)], email=f"person{n}@amnesty{n}.example.org", website=None
        )
        return browser, {**hidden_fields(html), **form}

    def send(n: int, prepared: tuple[Browser, dict[str, str]]) -> tuple[int, str]:
        browser, form = prepared
        return browser.post(f"/s/{SLUG}/sign", form)

    return all_at_once(CLIENTS, send, prepare=open_form)


def test_two_hundred_simultaneous_signatures_of_one_organization_store_one_and_send_one_verification(
    app, live_server, smtp, send_outbox
):
    assert len({organization_key(name) for name in SPELLINGS}) == 1
    app.config["SIGNON_MIN_FILL_SECONDS"] = 0
    with seeding(app):
        factories.open_statement()

    answers = sign_concurrently(live_server)

    errors = [a for a in answers if isinstance(a, Exception)]
    assert errors == [], errors[:3]
    statuses = Counter(status for status, _ in answers)
    assert statuses == {303: CLIENTS}, {s: n for s, n in statuses.items()}

    with seeding(app):
        (signature,) = db.session.execute(db.select(Signature)).scalars().all()
        kinds = Counter(db.session.execute(db.select(OutboxMessage.kind)).scalars())
    assert signature.organization_key == organization_key("Amnesty International")
    assert kinds == {"verify": 1, "already_signed": CLIENTS - 1}

    while send_outbox().sent:
        pass
    subjects = Counter(str(m["Subject"]).split(":")[0] for m in smtp.messages)
    assert subjects == {"Confirm your signature": 1, "Your organization has already signed": CLIENTS - 1}
    (verification,) = [m for m in smtp.messages if str(m["Subject"]).startswith("Confirm")]
    assert str(verification["To"]) == signature.contact_email
