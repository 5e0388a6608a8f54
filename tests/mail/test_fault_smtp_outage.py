"""Fault: the mail server is down, then back. Signatures are stored while it is down, their email
waits in the outbox, and once the server returns every message arrives exactly once (counted by
Message-ID at the server). `flask outbox send --retry-now` skips the backoff."""

from __future__ import annotations

from collections import Counter

from signon.extensions import db
from signon.models import OutboxMessage, Signature
from tests import factories
from tests.sessions import seeding

SLUG = "national-guard-letter"
ORGANIZATIONS = [f"Shelter Network {n}" for n in range(1, 6)]


def sign_all(client) -> None:
    for n, name in enumerate(ORGANIZATIONS, start=1):
        form = factories.sign_form(organization=name, email=f"contact{n}@shelter{n}.example.org")
        response = client.post(f"/s/{SLUG}/sign", data=form)
        assert response.status_code == 303, response.get_data(as_text=True)[:500]


def outbox_send(runner, *options: str) -> str:
    result = runner.invoke(args=["outbox", "send", *options])
    assert result.exit_code == 0, result.output
    return result.stdout.strip()


def message_ids_at_the_server(smtp) -> Counter[str]:
    return Counter(str(m["Message-ID"]) for m in smtp.messages)


def stored_message_ids(app) -> set[str]:
    with seeding(app):
        return {m.headers["Message-ID"] for m in db.session.execute(db.select(OutboxMessage)).scalars()}


def test_signatures_made_while_the_mail_server_is_down_are_stored_and_their_email_waits(
    app, client, runner, smtp, smtp_server
):
    with seeding(app):
        factories.open_statement()
    smtp_server.stop()

    sign_all(client)

    assert outbox_send(runner) == f"sent 0, to retry {len(ORGANIZATIONS)}, failed 0"
    with seeding(app):
        assert len(db.session.execute(db.select(Signature)).scalars().all()) == len(ORGANIZATIONS)
        waiting = db.session.execute(db.select(OutboxMessage)).scalars().all()
        assert [m.sent_at for m in waiting] == [None] * len(ORGANIZATIONS)
        assert all("Connection" in m.last_error or "refused" in m.last_error.lower() for m in waiting)


def test_when_the_mail_server_returns_every_waiting_message_is_delivered_exactly_once(
    app, client, runner, smtp, smtp_server
):
    with seeding(app):
        factories.open_statement()
    smtp_server.stop()
    sign_all(client)
    outbox_send(runner)  # every attempt fails: nothing listens on the port
    outbox_send(runner, "--retry-now")
    smtp_server.start()

    # The backoff still holds them (30 s after the last failure)...
    assert outbox_send(runner) == "sent 0, to retry 0, failed 0"
    assert smtp.messages == []
    # ...and --retry-now sends them without waiting, each once, however often it is run.
    assert outbox_send(runner, "--retry-now") == f"sent {len(ORGANIZATIONS)}, to retry 0, failed 0"
    assert outbox_send(runner, "--retry-now") == "sent 0, to retry 0, failed 0"
    assert outbox_send(runner) == "sent 0, to retry 0, failed 0"

    received = message_ids_at_the_server(smtp)
    assert set(received) == stored_message_ids(app)
    assert set(received.values()) == {1}
    assert sorted(str(m["To"]) for m in smtp.messages) == sorted(
        f"contact{n}@shelter{n}.example.org" for n in range(1, len(ORGANIZATIONS) + 1)
    )


def test_a_server_that_goes_away_in_the_middle_of_a_batch_gets_the_rest_once_it_returns(
    app, client, runner, smtp, smtp_server, monkeypatch
):
    """The server takes two messages, then answers 421 (shutting down): the two it took are never
    sent again, the others wait and arrive once, after it returns."""
    with seeding(app):
        factories.open_statement()
    sign_all(client)
    accept_only = {"left": 2}
    accept = smtp.handle_DATA

    async def shutting_down(server, session, envelope):
        if accept_only["left"] == 0:
            return "421 4.3.2 Service shutting down"
        accept_only["left"] -= 1
        return await accept(server, session, envelope)

    monkeypatch.setattr(smtp, "handle_DATA", shutting_down)

    assert outbox_send(runner) == f"sent 2, to retry {len(ORGANIZATIONS) - 2}, failed 0"

    monkeypatch.setattr(smtp, "handle_DATA", accept)
    assert outbox_send(runner, "--retry-now") == f"sent {len(ORGANIZATIONS) - 2}, to retry 0, failed 0"
    assert outbox_send(runner, "--retry-now") == "sent 0, to retry 0, failed 0"

    received = message_ids_at_the_server(smtp)
    assert set(received) == stored_message_ids(app)
    assert set(received.values()) == {1}
