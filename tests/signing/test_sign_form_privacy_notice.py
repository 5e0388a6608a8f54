"""The sign form says, next to its button, what is stored, why, who sees it and for how long
(the statement's own retention_months); and the contact details it collects never reach the
public letter files. (The public page is covered by test_public_statement_page.py.)"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import zipfile
from html import unescape
from pathlib import Path

import pytest

from signon.extensions import db
from signon.models import Statement
from tests import factories
from tests.sessions import seeding

SLUG = "national-guard-letter"
SIGN = f"/s/{SLUG}/sign"


def notice(client, slug: str = SLUG) -> str:
    html = client.get(f"/s/{slug}/sign").get_data(as_text=True)
    found = re.search(r'<section class="privacy-notice".*?</section>', html, re.S)
    assert found, "the sign form has no privacy notice"
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", found.group(0))).split())


def test_the_notice_says_what_is_stored_why_who_sees_it_and_for_how_long(app, client):
    with seeding(app):
        factories.open_statement(SLUG)

    text = notice(client)

    assert "What we keep, and why" in text
    assert "We store your name, role, email and the IP address and browser this form is sent from" in text
    assert "to confirm that your organization really signs" in text
    assert "so that the coordinators can contact you about this statement" in text
    assert "Only the coordinators of this statement see them." in text
    assert "The public page and the letter show only your organization's name, category and place" in text
    assert "Your contact details are deleted 12 months after the statement closes." in text


@pytest.mark.parametrize(("months", "words"), [(24, "24 months"), (1, "1 month ")])
def test_the_notice_gives_the_statements_own_retention(app, client, months, words):
    with seeding(app):
        factories.open_statement(SLUG, retention_months=months)
    assert f"deleted {words}" in notice(client) + " "


def test_the_notice_names_the_phone_only_when_the_form_asks_for_it(app, client):
    with seeding(app):
        factories.open_statement(SLUG)
        factories.open_statement("phone-letter", phone_field="optional")
    assert "phone" not in notice(client)
    assert "We store your name, role, email, phone and the IP address" in notice(client, "phone-letter")


def test_where_individuals_may_sign_the_notice_says_their_name_is_listed(app, client):
    with seeding(app):
        factories.open_statement(SLUG, allow_individuals=True)
    assert "if you sign as an individual: your name" in notice(client)


def test_the_notice_sits_just_before_the_sign_button(app, client):
    with seeding(app):
        factories.open_statement(SLUG)
    html = client.get(SIGN).get_data(as_text=True)
    form = html[html.index('<form method="post"') :]
    assert re.search(r'</section>\s*<button type="submit" class="button">Sign on</button>\s*</form>', form)


# --------------------------------------------------------------------------- the public letter files

CLOSED = "closed-letter"
SECRETS = (
    "zelda@secret.example.org",
    "Zelda Secretname",
    "Treasurer of Secrets",
    "203.0.113.77",
    "2001:db8::77",
    "SecretAgent/7.7",
    "+1 555 0199",
)


def pdf_text(content: bytes, tmp_path: Path) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        reason = "pdftotext not found (apt-get install -y poppler-utils)"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    path = tmp_path / "letter.pdf"
    path.write_bytes(content)
    out = subprocess.run([tool, "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True, text=True).stdout
    return " ".join(out.split())


@pytest.fixture
def published(app, runner) -> None:
    with seeding(app):
        statement = factories.closed_statement(CLOSED, phone_field="optional")
        for n, address in enumerate(("203.0.113.77", "2001:db8::77")):
            factories.verified_signature(
                statement,
                f"Secretive Organization {n}",
                email=SECRETS[0],
                contact_name=SECRETS[1],
                contact_role=SECRETS[2],
                source_ip=address,
                user_agent=SECRETS[5],
                phone=SECRETS[6],
            )
        assert db.session.execute(db.select(Statement.id).where(Statement.slug == CLOSED)).scalar_one()
    result = runner.invoke(args=["statements", "publish", CLOSED])
    assert result.exit_code == 0, result.output


def test_the_public_pdf_letter_holds_no_contact_name_email_phone_ip_or_browser(app, published, tmp_path):
    response = app.test_client().get(f"/s/{CLOSED}/letter.pdf")
    assert response.status_code == 200
    text = pdf_text(response.data, tmp_path)
    assert "Secretive Organization 0" in text
    for secret in SECRETS:
        assert secret not in text, secret


def test_the_public_word_letter_holds_no_contact_name_email_phone_ip_or_browser(app, published):
    response = app.test_client().get(f"/s/{CLOSED}/letter.docx")
    assert response.status_code == 200
    archive = zipfile.ZipFile(io.BytesIO(response.data))
    everything = "".join(archive.read(name).decode("utf-8", "replace") for name in archive.namelist())
    assert "Secretive Organization 0" in everything
    for secret in SECRETS:
        assert secret not in everything, secret
