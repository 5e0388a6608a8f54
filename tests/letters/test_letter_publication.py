"""Publishing the final letter: only once signing has ended, only once, by the statement's own
coordinators; every verified signatory is emailed the links once, and the public page then offers
the letter as PDF and Word, with names and places but never anyone's contact details."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import zipfile
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func

from signon.extensions import db
from signon.models import AuditEvent, Coordinator, Membership, OutboxMessage, Statement
from tests import factories
from tests.conftest import TEST_BASE_URL
from tests.sessions import log_in, seeding

CLOSED = "closed-letter"
OPEN = "national-guard-letter"
LATE = "late-letter"
DRAFT = "draft-letter"
CONTACT_DETAILS = (
    "lisa@lawg.example.org",
    "LISA@LAWG.example.org",
    "ana@came.example.org",
    "joanna@kino.example.org",
    "rex@rejected.example.org",
    "Lisa Haugaard",
)


# --------------------------------------------------------------------------- helpers


def statement_with_slug(slug: str) -> Statement:
    return db.session.execute(db.select(Statement).where(Statement.slug == slug)).scalar_one()


def publish(client, slug: str = CLOSED, **data: str):
    return client.post(f"/coordinator/s/{slug}/publish", data=data)


def published_at(app, slug: str = CLOSED):
    with seeding(app):
        return statement_with_slug(slug).published_at


def queued(app) -> list[OutboxMessage]:
    with app.app_context():
        rows = list(db.session.execute(db.select(OutboxMessage).order_by(OutboxMessage.id)).scalars())
        db.session.expunge_all()
        db.session.remove()
    return rows


def audit_count(app, action: str) -> int:
    with seeding(app):
        return db.session.execute(
            db.select(func.count()).select_from(AuditEvent).where(AuditEvent.action == action)
        ).scalar_one()


def notice_after(client, response) -> str:
    """The page a redirect leads to, where the flashed message shows."""
    assert response.status_code == 303
    return client.get(response.headers["Location"]).get_data(as_text=True)


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


def signatories(statement: Statement) -> None:
    """Two verified organizations, a third verified one sharing Lisa's address (in other case),
    one pending and one rejected."""
    factories.verified_signature(statement, "Latin America Working Group", email="lisa@lawg.example.org")
    factories.verified_signature(
        statement, "Centro de Atención al Migrante Exodus", category="international", email="ana@came.example.org"
    )
    factories.verified_signature(statement, "LAWG Education Fund", email="LISA@LAWG.example.org")
    factories.pending_signature(statement, "Kino Border Initiative", email="joanna@kino.example.org")
    factories.signature(statement, "Rejected Coalition", status="rejected", email="rex@rejected.example.org")


@pytest.fixture
def maria(app, client):
    """María coordinates a closed statement, an open one and one past its deadline; each has
    the same signatories. Otto coordinates none of them."""
    with seeding(app):
        closed = factories.closed_statement(CLOSED)
        still_open = factories.open_statement(OPEN)
        late = factories.past_deadline_statement(LATE)
        for statement in (closed, still_open, late):
            signatories(statement)
        factories.coordinator("maria@lawg.example.org", statements=(closed, still_open, late))
        factories.coordinator("otto@other.example.org", name="Otto Other")
    log_in(client)
    return client


# --------------------------------------------------------------------------- not yet


def test_an_open_statement_before_its_deadline_cannot_be_published_and_nothing_is_sent(maria, app, send_outbox, smtp):
    page = notice_after(maria, publish(maria, OPEN))

    assert "Close the statement (or wait for its deadline) before publishing the final letter." in page
    assert published_at(app, OPEN) is None
    assert queued(app) == []
    assert send_outbox().sent == 0
    assert smtp.messages == []
    assert maria.get(f"/s/{OPEN}/letter.pdf").status_code == 404


def test_a_draft_past_its_deadline_cannot_be_published_so_it_never_becomes_public(maria, app, runner):
    with seeding(app):
        draft = factories.draft_statement(DRAFT, deadline=factories.now() - timedelta(days=1))
        signatories(draft)
        maria_account = db.session.execute(
            db.select(Coordinator).where(Coordinator.email == "maria@lawg.example.org")
        ).scalar_one()
        db.session.add(Membership(statement_id=draft.id, coordinator_id=maria_account.id, role="owner"))
        db.session.commit()
    screen = maria.get(f"/coordinator/s/{DRAFT}/export").get_data(as_text=True)
    assert f'action="/coordinator/s/{DRAFT}/publish"' not in screen

    page = notice_after(maria, publish(maria, DRAFT))
    cli = runner.invoke(args=["statements", "publish", DRAFT])

    assert "A draft was never open for signing" in page
    assert cli.exit_code == 1 and "the statement is a draft" in cli.output
    with seeding(app):
        assert statement_with_slug(DRAFT).status == "draft"
        assert statement_with_slug(DRAFT).published_at is None
    assert queued(app) == []
    visitor = app.test_client()
    assert visitor.get(f"/s/{DRAFT}").status_code == 404
    assert visitor.get(f"/s/{DRAFT}/letter.pdf").status_code == 404


def test_the_export_screen_of_a_closed_statement_offers_publishing(maria):
    html = maria.get(f"/coordinator/s/{CLOSED}/export").get_data(as_text=True)
    assert f'action="/coordinator/s/{CLOSED}/publish"' in html
    assert "Publish the final letter</button>" in html


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_before_publication_the_letter_is_not_public(maria, fmt):
    assert maria.get(f"/s/{CLOSED}/letter.{fmt}").status_code == 404


def test_before_publication_the_public_page_offers_no_download(maria):
    html = maria.get(f"/s/{CLOSED}").get_data(as_text=True)
    assert "letter.pdf" not in html
    assert "letter.docx" not in html


# --------------------------------------------------------------------------- publishing


def test_publishing_a_closed_statement_publishes_it_and_says_how_many_will_be_emailed(maria, app):
    page = notice_after(maria, publish(maria))

    assert "Published. 2 signatories will receive the link by email." in page
    assert published_at(app) is not None
    assert "The final letter was published on" in page
    assert f'action="/coordinator/s/{CLOSED}/publish"' not in page
    assert audit_count(app, "statement.published") == 1


def test_a_statement_past_its_deadline_can_be_published_even_if_still_marked_open(maria, app):
    notice_after(maria, publish(maria, LATE))
    assert published_at(app, LATE) is not None


def test_publishing_queues_one_email_per_verified_address_and_none_for_pending_or_rejected(maria, app):
    publish(maria)

    recipients = sorted(m.recipient.lower() for m in queued(app))
    assert recipients == ["ana@came.example.org", "lisa@lawg.example.org"]
    for message in queued(app):
        assert message.kind == "letter_published"
        assert message.subject == "The final letter: U.S. NGOs Denounce National Guard Actions in Migration Enforcement"


def test_a_hidden_signatory_is_not_on_the_letter_and_is_not_emailed(maria, app):
    with seeding(app):
        statement = statement_with_slug(CLOSED)
        factories.verified_signature(statement, "Hidden Coalition", email="hidden@example.org", hidden=True)

    publish(maria)

    recipients = sorted(m.recipient.lower() for m in queued(app))
    assert recipients == ["ana@came.example.org", "lisa@lawg.example.org"]


def test_the_emails_are_delivered_over_smtp_with_the_pdf_and_word_links(maria, send_outbox, smtp):
    publish(maria)

    report = send_outbox()

    assert report.sent == 2
    assert sorted(str(m["To"]).lower() for m in smtp.messages) == ["ana@came.example.org", "lisa@lawg.example.org"]
    for message in smtp.messages:
        text = smtp.text_of(message)
        assert f"{TEST_BASE_URL}/s/{CLOSED}/letter.pdf" in text
        assert f"{TEST_BASE_URL}/s/{CLOSED}/letter.docx" in text
        html = smtp.html_of(message)
        assert f'href="{TEST_BASE_URL}/s/{CLOSED}/letter.pdf"' in html
        assert f'href="{TEST_BASE_URL}/s/{CLOSED}/letter.docx"' in html
    # Nothing more waits in the outbox.
    assert send_outbox().sent == 0


def test_publishing_twice_is_refused_and_sends_nothing_more(maria, app, send_outbox, smtp):
    publish(maria)
    first = published_at(app)
    assert send_outbox().sent == 2
    smtp.clear()

    page = notice_after(maria, publish(maria))

    assert "The final letter is already published." in page
    assert published_at(app) == first
    assert len(queued(app)) == 2
    assert send_outbox().sent == 0
    assert smtp.messages == []
    assert audit_count(app, "statement.published") == 1


def test_a_coordinator_of_another_statement_gets_404_and_publishes_nothing(maria, app):
    otto = app.test_client()
    log_in(otto, "otto@other.example.org")
    assert publish(otto).status_code == 404
    assert published_at(app) is None
    assert queued(app) == []


def test_an_anonymous_visitor_cannot_publish(app, client, maria):
    anonymous = app.test_client()
    r = publish(anonymous)
    assert r.status_code == 302
    assert "/login" in r.headers["Location"]
    assert published_at(app) is None


def test_publishing_is_a_post_so_a_link_cannot_publish(maria, app):
    assert maria.get(f"/coordinator/s/{CLOSED}/publish").status_code == 405
    assert published_at(app) is None


def test_publishing_without_the_csrf_token_publishes_nothing(maria, app):
    app.config["WTF_CSRF_ENABLED"] = True

    r = publish(maria)

    # Back to the export screen, whose notice says the page had expired.
    assert r.status_code == 303
    assert r.headers["Location"] == f"/coordinator/s/{CLOSED}/export"
    assert "The page had expired. Press Publish again." in maria.get(r.headers["Location"]).get_data(as_text=True)
    assert published_at(app) is None
    assert queued(app) == []


def test_publishing_with_the_csrf_token_of_the_export_screen_publishes(maria, app):
    app.config["WTF_CSRF_ENABLED"] = True
    html = maria.get(f"/coordinator/s/{CLOSED}/export").get_data(as_text=True)
    form = html[html.index(f'action="/coordinator/s/{CLOSED}/publish"') :]
    token = re.search(r'name="csrf_token" value="([^"]+)"', form)
    assert token

    publish(maria, csrf_token=token[1])

    assert published_at(app) is not None


# --------------------------------------------------------------------------- the public letter


@pytest.fixture
def published(maria, app) -> None:
    assert publish(maria).status_code == 303
    assert published_at(app) is not None


def test_the_public_page_then_offers_the_letter_as_pdf_and_word(app, published):
    html = app.test_client().get(f"/s/{CLOSED}").get_data(as_text=True)
    assert f'href="/s/{CLOSED}/letter.pdf"' in html
    assert f'href="/s/{CLOSED}/letter.docx"' in html
    assert re.search(r"<a [^>]*letter\.pdf\"[^>]*>[^<]*[Dd]ownload[^<]*PDF", html)
    assert re.search(r"<a [^>]*letter\.docx\"[^>]*>[^<]*[Dd]ownload[^<]*Word", html)
    assert "The final letter has been published." in html


def test_a_cached_copy_of_the_public_page_from_before_publication_is_not_reused(app, maria):
    visitor = app.test_client()
    before = visitor.get(f"/s/{CLOSED}")
    etag = before.headers["ETag"]
    publish(maria)

    after = visitor.get(f"/s/{CLOSED}", headers={"If-None-Match": etag})

    assert after.status_code == 200
    assert "letter.pdf" in after.get_data(as_text=True)


def test_the_public_pdf_is_the_letter_with_names_but_no_contact_details(app, published, tmp_path):
    r = app.test_client().get(f"/s/{CLOSED}/letter.pdf")
    assert r.status_code == 200
    assert r.mimetype == "application/pdf"
    assert r.headers["Content-Disposition"] == f'attachment; filename="{CLOSED}.pdf"'
    assert r.data.startswith(b"%PDF")
    text = pdf_text(r.data, tmp_path)
    assert "U.S. NGOs Denounce National Guard Actions in Migration Enforcement" in text
    assert "Latin America Working Group" in text
    assert "LAWG Education Fund" in text
    assert "Kino Border Initiative" not in text
    assert "Rejected Coalition" not in text
    for detail in CONTACT_DETAILS:
        assert detail not in text


def test_the_public_word_file_is_a_docx_with_names_but_no_contact_details(app, published):
    r = app.test_client().get(f"/s/{CLOSED}/letter.docx")
    assert r.status_code == 200
    assert r.mimetype == "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    assert r.headers["Content-Disposition"] == f'attachment; filename="{CLOSED}.docx"'
    assert r.data.startswith(b"PK")
    archive = zipfile.ZipFile(io.BytesIO(r.data))
    document = archive.read("word/document.xml").decode("utf-8")
    assert "Latin America Working Group" in document
    assert "Kino Border Initiative" not in document
    everything = "".join(archive.read(name).decode("utf-8", "replace") for name in archive.namelist())
    for detail in CONTACT_DETAILS:
        assert detail not in everything


def test_the_public_letter_is_built_at_publication_so_the_first_visitor_does_not_wait(app, published):
    folder = Path(app.config["SIGNON_EXPORT_CACHE"]) / CLOSED
    assert len(list(folder.glob("*.pdf"))) == 1
    assert len(list(folder.glob("*.docx"))) == 1


@pytest.mark.parametrize("fmt", ["exe", "txt", "csv", "xlsx", "html", "md", "PDF", "pdf.exe"])
def test_only_pdf_and_word_are_public(app, published, fmt):
    assert app.test_client().get(f"/s/{CLOSED}/letter.{fmt}").status_code == 404


def test_the_letter_of_an_unknown_statement_is_404(app, published):
    assert app.test_client().get("/s/no-such-letter/letter.pdf").status_code == 404


def test_publishing_one_statement_leaves_the_others_unpublished(app, published):
    visitor = app.test_client()
    assert visitor.get(f"/s/{LATE}/letter.pdf").status_code == 404
    assert visitor.get(f"/s/{OPEN}/letter.docx").status_code == 404


# --------------------------------------------------------------------------- the command line


def test_flask_statements_publish_publishes_a_closed_statement_and_queues_the_emails(app, runner, maria):
    result = runner.invoke(args=["statements", "publish", CLOSED])

    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == f"published {TEST_BASE_URL}/s/{CLOSED}; 2 emails queued"
    assert published_at(app) is not None
    assert sorted(m.recipient.lower() for m in queued(app)) == ["ana@came.example.org", "lisa@lawg.example.org"]
    assert app.test_client().get(f"/s/{CLOSED}/letter.pdf").status_code == 200


def test_flask_statements_publish_refuses_a_statement_still_open(app, runner, maria):
    with seeding(app):
        statement_with_slug(OPEN).deadline = factories.now() + timedelta(days=3)
        db.session.commit()

    result = runner.invoke(args=["statements", "publish", OPEN])

    assert result.exit_code == 1
    assert "still open" in result.stderr
    assert "Traceback" not in result.output
    assert published_at(app, OPEN) is None
    assert queued(app) == []


def test_flask_statements_publish_refuses_an_unknown_slug(runner, maria):
    result = runner.invoke(args=["statements", "publish", "no-such-letter"])
    assert result.exit_code == 1
    assert "no statement with the slug 'no-such-letter'" in result.stderr
    assert "Traceback" not in result.output


def test_flask_statements_publish_refuses_to_publish_twice(app, runner, maria):
    assert runner.invoke(args=["statements", "publish", CLOSED]).exit_code == 0

    result = runner.invoke(args=["statements", "publish", CLOSED])

    assert result.exit_code == 1
    assert "already published" in result.stderr
    assert len(queued(app)) == 2
