"""The email that confirms a signature, as the real SMTP server receives it, and how long its link works."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from email.utils import parseaddr, parsedate_to_datetime

import pytest

from signon.models import Signature
from tests import factories

SLUG = "national-guard-letter"
SIGN = f"/s/{SLUG}/sign"
BASE = "http://signon.example.org"
LINK = re.compile(r"http://signon\.example\.org(/confirm/[A-Za-z0-9_\-.]+)")


valid_form = factories.sign_form


def sign(client, **changes: str) -> None:
    response = client.post(SIGN, data=valid_form(**changes))
    assert response.status_code == 303, response.get_data(as_text=True)[:2000]


def received(smtp, send_outbox):
    report = send_outbox()
    assert report.sent == 1, report
    assert len(smtp.messages) == 1
    return smtp.messages[0]


def link_in(smtp, message) -> str:
    match = LINK.search(smtp.text_of(message))
    assert match, smtp.text_of(message)
    return match.group(1)


def signature_status(db) -> str:
    db.session.expire_all()
    return db.session.execute(db.select(Signature.status)).scalar_one()


# --------------------------------------------------------------------------- the message


def test_the_verification_email_has_a_text_and_an_html_part(client, db, smtp, send_outbox):
    factories.open_statement()
    sign(client)

    message = received(smtp, send_outbox)

    assert {"text/plain", "text/html"} <= {part.get_content_type() for part in message.walk()}
    text, html = smtp.text_of(message), smtp.html_of(message)
    assert "Ana Martínez" in text
    assert "Centro de Atención al Migrante Exodus" in text
    assert "<html" in html
    assert "Centro de Atención al Migrante Exodus" in html


def test_the_verification_email_has_from_to_subject_date_and_message_id(client, db, smtp, send_outbox):
    factories.open_statement()
    before = datetime.now(UTC).replace(microsecond=0)
    sign(client)

    message = received(smtp, send_outbox)

    assert message["From"] == "Signon <signon@example.org>"
    assert parseaddr(str(message["To"]))[1] == "ana@came.example.org"
    assert smtp.envelopes[0].rcpt_tos == ["ana@came.example.org"]
    assert "U.S. NGOs Denounce National Guard Actions in Migration Enforcement" in str(message["Subject"])
    assert "Confirm" in str(message["Subject"])
    sent_at = parsedate_to_datetime(str(message["Date"]))
    assert before - timedelta(seconds=1) <= sent_at <= datetime.now(UTC) + timedelta(seconds=1)
    assert re.fullmatch(r"<[^<>@\s]+@[^<>@\s]+>", str(message["Message-ID"]).strip())


def test_the_verification_email_repeats_what_was_sent(client, db, smtp, send_outbox):
    factories.open_statement()
    sign(client, website="came.example.org")

    message = received(smtp, send_outbox)

    for part in (smtp.text_of(message), smtp.html_of(message)):
        for detail in ("International", "Agua Prieta, Sonora, Mexico", "https://came.example.org", "Director"):
            assert detail in part


def test_the_link_in_both_parts_leads_to_the_confirmation_page(client, db, smtp, send_outbox):
    factories.open_statement()
    sign(client)

    message = received(smtp, send_outbox)

    link = link_in(smtp, message)
    assert f'href="{BASE}{link}"' in smtp.html_of(message)
    page = client.get(link)
    assert page.status_code == 200
    assert "Centro de Atención al Migrante Exodus" in page.get_data(as_text=True)


@pytest.mark.parametrize(
    "headers",
    [
        {"Host": "evil.example.com"},
        {"X-Forwarded-Host": "evil.example.com", "X-Forwarded-Proto": "https"},
        {"Host": "evil.example.com", "X-Forwarded-Host": "evil.example.com", "Forwarded": "host=evil.example.com"},
    ],
)
def test_the_link_is_built_from_the_base_url_never_from_the_request_host(client, db, smtp, send_outbox, headers):
    factories.open_statement()
    response = client.post(SIGN, data=valid_form(), headers=headers)
    assert response.status_code == 303

    message = received(smtp, send_outbox)

    for part in (smtp.text_of(message), smtp.html_of(message)):
        assert "evil" not in part
        links = re.findall(r"https?://[^\s\"'<>]+", part)
        assert links
        assert all(link.startswith(f"{BASE}/") for link in links), links
        assert re.search(r"http://signon\.example\.org/confirm/\S+", part)


def test_an_international_domain_is_addressed_with_idna_2008(client, db, smtp, send_outbox):
    factories.open_statement()
    sign(client, email="ana@straße.example.org")

    message = received(smtp, send_outbox)

    # IDNA 2003 (Flask-Mail's own encoding) would turn straße into strasse: another domain.
    assert smtp.envelopes[0].rcpt_tos == ["ana@xn--strae-oqa.example.org"]
    assert "strasse" not in str(message["To"])


# --------------------------------------------------------------------------- how long the link works


def test_the_email_says_the_link_works_for_seven_days(client, db, smtp, send_outbox):
    factories.open_statement()
    sign(client)

    message = received(smtp, send_outbox)

    in_a_week = [datetime.now(UTC) + timedelta(days=7, minutes=m) for m in (-1, 0)]
    expected = {f"works until {d.day} {d:%b %Y}" for d in in_a_week}
    text = " ".join(smtp.text_of(message).split())
    assert any(phrase in text for phrase in expected), text


def test_the_link_still_works_just_before_seven_days(client, db, smtp, send_outbox, link_clock):
    factories.open_statement()
    sign(client)
    link = link_in(smtp, received(smtp, send_outbox))

    link_clock(days=6, hours=23, minutes=59)

    page = client.get(link)
    assert page.status_code == 200
    assert 'type="submit" class="button">Confirm</button>' in page.get_data(as_text=True)
    assert client.post(link).status_code == 303
    assert signature_status(db) == "verified"


def test_the_link_expires_after_seven_days(client, db, smtp, send_outbox, link_clock):
    factories.open_statement()
    sign(client)
    link = link_in(smtp, received(smtp, send_outbox))

    link_clock(days=7, seconds=2)

    page = client.get(link)
    assert page.status_code == 410
    assert "This link has expired" in page.get_data(as_text=True)
    assert client.post(link).status_code == 410
    assert signature_status(db) == "pending"


def test_the_link_lifetime_follows_signon_confirmation_link_days(app, client, db, smtp, send_outbox, link_clock):
    app.config["SIGNON_CONFIRMATION_LINK_DAYS"] = 2
    factories.open_statement()
    sign(client)
    message = received(smtp, send_outbox)
    link = link_in(smtp, message)

    in_two_days = [datetime.now(UTC) + timedelta(days=2, minutes=m) for m in (-1, 0)]
    text = " ".join(smtp.text_of(message).split())
    assert any(f"works until {d.day} {d:%b %Y}" in text for d in in_two_days), text
    assert "2 days" in client.get(f"/s/{SLUG}/check-email").get_data(as_text=True)

    link_clock(days=1, hours=23)
    assert client.get(link).status_code == 200

    link_clock(hours=1, seconds=2)
    assert client.get(link).status_code == 410
    assert client.post(link).status_code == 410
    assert signature_status(db) == "pending"


def test_a_link_older_than_zero_days_is_expired(app, client, db, smtp, send_outbox, link_clock):
    app.config["SIGNON_CONFIRMATION_LINK_DAYS"] = 0
    factories.open_statement()
    sign(client)
    link = link_in(smtp, received(smtp, send_outbox))

    link_clock(seconds=2)

    assert client.get(link).status_code == 410
    assert signature_status(db) == "pending"
