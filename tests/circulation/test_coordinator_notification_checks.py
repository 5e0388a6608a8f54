"""The email about a new signature carries what the checks at signing time found, so that a
coordinator reading it on her phone sees a look-alike name or a free-mail address at once."""

from __future__ import annotations

import pytest

from tests import factories
from tests.circulation.notification_rounds import MARIA, run, statement_row
from tests.sessions import seeding

pytestmark = pytest.mark.usefixtures("settled_at_once")


def test_the_new_signature_email_says_check_this_name_and_unverified_domain(app, team, send_outbox, smtp):
    with seeding(app):
        factories.verified_signature(
            statement_row(),
            "Аmnesty International",
            email="someone@gmail.com",
            website="https://www.amnesty.org",
            domain_check="freemail",
            name_warning="looks like Amnesty International: confusable characters",
        )

    run(app)
    send_outbox()

    [message] = smtp.to(MARIA)
    text = smtp.text_of(message)
    assert "Check this name: looks like Amnesty International: confusable characters" in text
    assert "Email domain: Unverified domain (email at gmail.com, a free mail provider)" in text
    html = smtp.html_of(message)
    assert "Check this name" in html and "looks like Amnesty International" in html


def test_a_signature_with_nothing_to_check_gets_no_warning_lines(app, team, send_outbox, smtp):
    with seeding(app):
        factories.verified_signature(statement_row(), "Latin America Working Group")

    run(app)
    send_outbox()

    [message] = smtp.to(MARIA)
    text = smtp.text_of(message)
    assert "Check this name" not in text
    assert "Email domain" not in text
