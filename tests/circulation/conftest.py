"""Fixtures the circulation tests share: María signed in to a statement with signatories to write
to; and, for the coordinator-notification tests, the team they notify and signatures that
settle at once (those modules ask for it with ``pytestmark``)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from signon.services.circulation import notifications
from tests import factories
from tests.circulation import notification_rounds, signatory_message_rows
from tests.circulation.notification_rounds import BEN, CLEO, MARIA
from tests.sessions import log_in, seeding


@pytest.fixture
def maria(app, client):
    """Verified: Lisa for two organizations (one address in two spellings), Ana; pending Joanna,
    rejected Rex, and a hidden verified one. So the message goes to 2 addresses."""
    with seeding(app):
        statement = factories.open_statement(signatory_message_rows.SLUG)
        factories.verified_signature(statement, "Latin America Working Group", email="lisa@lawg.example.org")
        factories.verified_signature(statement, "LAWG Education Fund", email="LISA@LAWG.example.org")
        factories.verified_signature(
            statement, "Centro de Atención al Migrante Exodus", category="international", email="ana@came.example.org",
            contact_name="Ana Martínez",
        )  # fmt: skip
        factories.pending_signature(statement, "Kino Border Initiative", email="joanna@kino.example.org")
        factories.signature(statement, "Rejected Coalition", status="rejected", email="rex@rejected.example.org")
        factories.verified_signature(statement, "Hidden Organization", email="hidden@example.org", hidden=True)
        factories.coordinator("maria@lawg.example.org", statements=(statement,))
        other = factories.open_statement("other-letter")
        factories.coordinator("otto@other.example.org", name="Otto Other", statements=(other,))
    log_in(client)
    return client


@pytest.fixture
def settled_at_once(monkeypatch):
    """Signatures count as settled as soon as they are verified, except where a test says."""
    monkeypatch.setattr(notifications, "SETTLE", timedelta(0))


@pytest.fixture
def team(app):
    """An open statement, 30 days from its deadline. María wants each signature, Ben a daily
    digest, Cleo no email; all three were told of everything up to an hour ago."""
    hour_ago = factories.now() - timedelta(hours=1)
    with seeding(app):
        statement = factories.open_statement(notification_rounds.SLUG)
        factories.team_member(statement, MARIA, name="María Coordinator", notify="each", notified_up_to=hour_ago)
        factories.team_member(statement, BEN, name="Ben Digest", notify="digest", notified_up_to=hour_ago)
        factories.team_member(statement, CLEO, name="Cleo Quiet", role="editor", notify="none", notified_up_to=hour_ago)
    return statement
