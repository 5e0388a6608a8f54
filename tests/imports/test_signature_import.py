"""`flask signatures import SLUG FILE.csv`: signatories from a spreadsheet, listed as verified on
the coordinator's word, every row or none."""

from __future__ import annotations

import csv
import io
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func

from signon.models import AuditEvent, Signature
from signon.services import audit
from signon.services.errors import StatementNotFound
from signon.services.imports import signature_imports
from signon.services.imports.signature_imports import HEADER, SignatureImportError
from tests import factories

SLUG = "national-guard-letter"
NOW = datetime(2026, 3, 2, 9, 15, tzinfo=UTC)
HEADER_LINE = ",".join(HEADER)


def row(
    organization: str = "Kino Border Initiative",
    category: str = "National",
    city: str = "Nogales",
    country: str = "United States",
    website: str = "",
    contact_name: str = "Joanna Williams",
    role: str = "Executive Director",
    email: str = "joanna@kino.example.org",
) -> list[str]:
    return [organization, category, city, country, website, contact_name, role, email]


GOOD = [
    row(),
    row(
        "Centro de Atención al Migrante Exodus",
        "international",
        "Agua Prieta",
        "Mexico",
        "came.example.org",
        "Ana Martínez",
        "",
        "Ana@CAME.Example.ORG",
    ),
    row("Texas Civil Rights Project", "STATE AND LOCAL", "Austin", "United States", email="info@tcrp.example.org"),
]


def csv_text(rows: list[list[str]], header: tuple[str, ...] | list[str] = HEADER) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def write(tmp_path: Path, text: str, *, encoding: str = "utf-8", name: str = "signatories.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def run_import(runner, path: Path, slug: str = SLUG):
    return runner.invoke(args=["signatures", "import", slug, str(path)])


def problem_lines(result, path: Path) -> dict[int, list[str]]:
    """What the command printed on stderr, as {line number: [message, ...]}."""
    found: dict[int, list[str]] = {}
    for text in result.stderr.splitlines():
        match = re.match(rf"{re.escape(str(path))}:(\d+): (.*)", text)
        if match:
            found.setdefault(int(match[1]), []).append(match[2])
    return found


def signatures(db) -> list[Signature]:
    return list(db.session.execute(db.select(Signature).order_by(Signature.id)).scalars())


def count(db, model=Signature) -> int:
    return db.session.execute(db.select(func.count()).select_from(model)).scalar_one()


@pytest.fixture
def statement(db):
    return factories.open_statement(SLUG)


# --------------------------------------------------------------------------- a good file


def test_a_good_file_imports_every_row_as_verified_on_the_coordinators_word(db, runner, statement, tmp_path):
    path = write(tmp_path, csv_text(GOOD))

    result = run_import(runner, path)

    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == f"imported 3 signatories into http://signon.example.org/s/{SLUG}"
    found = {s.organization_name: s for s in signatures(db)}
    assert set(found) == {r[0] for r in GOOD}
    for signature in found.values():
        assert signature.statement_id == statement.id
        assert signature.status == "verified"
        assert signature.authorized is True
        assert signature.verified_at is not None
        assert signature.confirmed_at == signature.verified_at == signature.created_at == signature.updated_at
        assert signature.source_ip == ""
        assert signature.user_agent == "csv import"
    kino = found["Kino Border Initiative"]
    assert (kino.city, kino.country, kino.region) == ("Nogales", "United States", "")
    assert (kino.contact_name, kino.contact_role, kino.contact_email) == (
        "Joanna Williams",
        "Executive Director",
        "joanna@kino.example.org",
    )
    assert kino.category.label == "National"
    exodus = found["Centro de Atención al Migrante Exodus"]
    assert exodus.category.label == "International"
    assert exodus.website == "https://came.example.org"
    assert found["Texas Civil Rights Project"].category.label == "State and Local"


def test_imported_signatories_are_listed_on_the_public_page_under_their_category(
    db, runner, client, statement, tmp_path
):
    assert run_import(runner, write(tmp_path, csv_text(GOOD))).exit_code == 0

    page = client.get(f"/s/{SLUG}").get_data(as_text=True)

    sections = dict(re.findall(r"<h3>(.*?)</h3>(.*?)</ul>", page, flags=re.S))
    assert "Kino Border Initiative" in sections["National"]
    assert "Texas Civil Rights Project" in sections["State and Local"]
    assert "Centro de Atención al Migrante Exodus" in sections["International"]
    assert "Kino Border Initiative" not in sections["International"]
    assert "joanna@kino.example.org" not in page


def test_every_imported_signature_is_in_the_audit_trail_with_its_line_and_actor(db, runner, statement, tmp_path):
    assert run_import(runner, write(tmp_path, csv_text(GOOD))).exit_code == 0

    events = list(db.session.execute(db.select(AuditEvent).order_by(AuditEvent.id)).scalars())
    imported = [e for e in events if e.action == "signature.imported"]
    by_signature = {e.signature_id: e for e in imported}
    assert set(by_signature) == {s.id for s in signatures(db)}
    assert sorted(e.details["line"] for e in imported) == [2, 3, 4]
    line_of = {s.organization_name: by_signature[s.id].details["line"] for s in signatures(db)}
    assert line_of["Texas Civil Rights Project"] == 4
    assert all(e.actor == "cli" and e.statement_id == statement.id for e in imported)
    (summary,) = [e for e in events if e.action == "signatures.imported"]
    assert summary.details == {"count": 3}
    assert summary.actor == "cli"


def test_email_addresses_and_websites_are_normalised_as_the_sign_form_would(db, statement):
    text = csv_text([row(email="Ana.Maria@CAME.Example.ORG", website="  www.came.example.org/about  ")])

    signature_imports.import_csv(SLUG, text, NOW, actor="cli")

    (signature,) = signatures(db)
    assert signature.contact_email == "Ana.Maria@came.example.org"
    assert signature.website == "https://www.came.example.org/about"


def test_spaces_are_tidied_and_tabs_become_spaces_as_on_the_sign_form(db, statement):
    text = csv_text([row(organization="  Kino\u00a0Border \tInitiative ", city=" Nogales\u00ad ")])

    signature_imports.import_csv(SLUG, text, NOW, actor="cli")

    (signature,) = signatures(db)
    assert signature.organization_name == "Kino Border Initiative"
    assert signature.city == "Nogales"


def test_an_import_keeps_the_signatures_already_there(db, runner, statement, tmp_path):
    factories.verified_signature(statement, "Latin America Working Group")

    result = run_import(runner, write(tmp_path, csv_text(GOOD)))

    assert result.exit_code == 0, result.output
    assert count(db) == 4
    assert "imported 3 signatories" in result.stdout


def test_the_import_is_timestamped_with_the_time_given(db, statement):
    signature_imports.import_csv(SLUG, csv_text(GOOD[:1]), NOW, actor="coordinator:7")

    (signature,) = signatures(db)
    assert signature.created_at == signature.verified_at == signature.confirmed_at == NOW
    events = db.session.execute(db.select(AuditEvent)).scalars().all()
    assert {e.actor for e in events} == {"coordinator:7"}
    assert {e.at for e in events} == {NOW}


# --------------------------------------------------------------------------- CSV the way spreadsheets write it


def test_quoted_cells_with_commas_quotes_and_line_breaks_are_read_whole(db, runner, statement, tmp_path):
    text = (
        HEADER_LINE + "\n"
        '"Centro de Derechos Humanos ""Fray Matías de Córdova"", A.C.",National,"Tapachula,\nChiapas",'
        'Mexico,,"Diana\nDamián",Directora,diana@fraymatias.example.org\n'
        "Kino Border Initiative,National,Nogales,United States,,Joanna Williams,,joanna@kino.example.org\n"
    )

    result = run_import(runner, write(tmp_path, text))

    assert result.exit_code == 0, result.output
    found = {s.organization_name: s for s in signatures(db)}
    fray = found['Centro de Derechos Humanos "Fray Matías de Córdova", A.C.']
    # A line break inside a cell (Alt+Enter in a spreadsheet) is kept as a space.
    assert fray.city == "Tapachula, Chiapas"
    assert fray.contact_name == "Diana Damián"
    assert "Kino Border Initiative" in found


def test_a_problem_after_a_multiline_cell_is_reported_on_its_physical_line(db, runner, statement, tmp_path):
    text = (
        HEADER_LINE + "\n"
        'One Org,National,"Tapachula,\nChiapas\n(Mexico)",Mexico,,"Ana",,ana@one.example.org\n'
        "\n"
        "Two Org,National,Nogales,United States,,Ben,,not-an-email\n"
    )
    path = write(tmp_path, text)

    result = run_import(runner, path)

    assert result.exit_code == 1
    assert list(problem_lines(result, path)) == [6]
    assert count(db) == 0


def test_a_file_saved_with_a_byte_order_mark_imports(db, runner, statement, tmp_path):
    path = write(tmp_path, csv_text(GOOD), encoding="utf-8-sig")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")

    result = run_import(runner, path)

    assert result.exit_code == 0, result.output
    assert count(db) == 3


def test_a_file_with_windows_line_endings_imports(db, runner, statement, tmp_path):
    path = write(tmp_path, csv_text(GOOD).replace("\n", "\r\n"))

    result = run_import(runner, path)

    assert result.exit_code == 0, result.output
    assert {s.contact_email for s in signatures(db)} == {
        "joanna@kino.example.org",
        "Ana@came.example.org",
        "info@tcrp.example.org",
    }


def test_blank_lines_and_empty_spreadsheet_rows_are_skipped_and_lines_still_count(db, runner, statement, tmp_path):
    lines = csv_text(GOOD).splitlines()
    text = "\n".join([lines[0], "", lines[1], ",,,,,,,", "", lines[2], lines[3], "Bad Org,,,,,,,", ""]) + "\n"
    path = write(tmp_path, text)

    result = run_import(runner, path)

    assert result.exit_code == 1
    problems = problem_lines(result, path)
    assert list(problems) == [8]
    assert problems[8][0] == "category: missing"


def test_empty_trailing_cells_that_spreadsheets_add_are_ignored(db, runner, statement, tmp_path):
    text = "\n".join(line + ",," for line in csv_text(GOOD).splitlines()) + "\n"

    result = run_import(runner, write(tmp_path, text))

    assert result.exit_code == 0, result.output
    assert count(db) == 3


# --------------------------------------------------------------------------- bad rows: nothing imported


BAD_ROWS = {
    "bad email": (row("Bad Email Org", email="joanna@"), "email: not a valid address"),
    "email on a reserved domain": (row("Reserved Org", email="ana@example.test"), "email: not a valid address"),
    "unknown category": (row("Unknown Category Org", category="Regional"), 'category: "Regional" is not a category'),
    "missing organization": (row(""), "organization: missing"),
    "organization of punctuation only": (row("-- . --"), "organization: needs letters or digits"),
    "missing city": (row("No City Org", city=" "), "city: missing"),
    "missing country": (row("No Country Org", country=""), "country: missing"),
    "missing contact name": (row("No Contact Org", contact_name=""), "contact_name: missing"),
    "missing email": (row("No Email Org", email=""), "email: missing"),
    "NUL in a name": (row("Nul\x00 Org"), "organization: remove the invisible control characters"),
    "bell in a city": (row("Bell Org", city="Nogales\x07"), "city: remove the invisible control characters"),
    "bidi override in a contact name": (
        row("Bidi Org", contact_name="Ana \u202egnirts"),
        "contact_name: remove the invisible control characters",
    ),
    "escape in a role": (row("Escape Org", role="\x1b[31mDirector"), "role: remove the invisible control characters"),
    "javascript website": (row("Script Org", website="javascript:alert(1)"), "website: not a web address"),
    "data website": (row("Data Org", website="data:text/html,<b>x</b>"), "website: not a web address"),
    "website with a password": (row("Pass Org", website="https://a:b@example.org"), "website: not a web address"),
    "organization too long": (row("O" * 301), "organization: longer than 300 characters"),
    "email too long": (
        row("Long Email Org", email="a" * 64 + "@" + ("b" * 60 + ".") * 5 + "org"),
        "email: longer than 320 characters",
    ),
    "role too long": (row("Long Role Org", role="r" * 201), "role: longer than 200 characters"),
    "wrong number of cells": (row("Short Row Org")[:7], "expected 8 cells"),
    "too many cells": ([*row("Long Row Org"), "extra"], "expected 8 cells"),
}


@pytest.mark.parametrize("kind", BAD_ROWS)
def test_one_bad_row_among_good_ones_imports_nothing_and_names_its_line(db, runner, statement, tmp_path, kind):
    bad, message = BAD_ROWS[kind]
    path = write(tmp_path, csv_text([GOOD[0], GOOD[1], bad, GOOD[2]]))

    result = run_import(runner, path)

    assert result.exit_code == 1
    problems = problem_lines(result, path)
    assert list(problems) == [4], result.stderr
    assert len(problems[4]) == 1, problems[4]
    assert problems[4][0].startswith(message), problems[4]
    assert "nothing imported: 1 line(s) to fix" in result.stderr
    assert "Traceback" not in result.output
    assert count(db) == 0
    assert count(db, AuditEvent) == 0


@pytest.mark.parametrize(
    "existing, imported",
    [
        ("The ACLU of Texas", "aclu of texas"),
        ("A.C.L.U. of Texas", "ACLU of Texas"),
        ("Ámbito Migrante", "ambito  migrante"),
        ("Women's Refugee Commission", "The Womens Refugee Commission"),
    ],
)
def test_an_organization_that_already_signed_is_refused_in_any_variant_of_its_name(
    db, runner, statement, tmp_path, existing, imported
):
    factories.verified_signature(statement, existing)
    path = write(tmp_path, csv_text([GOOD[0], row(imported, email="x@aclutx.example.org"), GOOD[1]]))

    result = run_import(runner, path)

    assert result.exit_code == 1
    problems = problem_lines(result, path)
    assert list(problems) == [3]
    assert problems[3] == [
        f'organization: "{" ".join(imported.split())}" has already signed this statement (as "{existing}")'
    ]
    assert [s.organization_name for s in signatures(db)] == [existing]


@pytest.mark.parametrize("status", ["pending", "rejected", "withdrawn"])
def test_an_organization_with_a_signature_in_any_status_is_refused(db, runner, statement, tmp_path, status):
    factories.signature(statement, "Kino Border Initiative", status=status)
    path = write(tmp_path, csv_text(GOOD))

    result = run_import(runner, path)

    assert result.exit_code == 1
    assert list(problem_lines(result, path)) == [2]
    assert count(db) == 1


def test_a_signature_on_another_statement_is_no_duplicate(db, runner, statement, tmp_path):
    other = factories.open_statement("other-letter")
    factories.verified_signature(other, "Kino Border Initiative")

    result = run_import(runner, write(tmp_path, csv_text(GOOD)))

    assert result.exit_code == 0, result.output
    assert count(db) == 4


def test_an_organization_twice_in_the_file_is_imported_once_and_the_second_line_reported(
    db, runner, statement, tmp_path
):
    path = write(tmp_path, csv_text([GOOD[0], GOOD[1], row("The Kino Border Initiative."), GOOD[2]]))

    result = run_import(runner, path)

    assert result.exit_code == 0, result.output
    assert problem_lines(result, path) == {4: ["skipped, organization: the same organization as line 2"]}
    assert [s.organization_name for s in signatures(db)].count("Kino Border Initiative") == 1
    assert count(db) == 3


def test_a_legal_form_or_an_acronym_does_not_make_a_second_organization_in_one_file(db, runner, statement, tmp_path):
    rows = [
        row("Centro de Derechos Humanos del Migrante"),  # line 2
        row("Centro de Derechos Humanos del Migrante, A.C."),  # 3
        row("Washington Office on Latin America (WOLA)"),  # 4
        row("Washington Office on Latin America"),  # 5
    ]
    path = write(tmp_path, csv_text(rows))

    result = run_import(runner, path)

    assert result.exit_code == 0, result.output
    assert problem_lines(result, path) == {
        3: ["skipped, organization: the same organization as line 2"],
        5: ["skipped, organization: the same organization as line 4"],
    }
    assert [s.organization_name for s in signatures(db)] == [
        "Centro de Derechos Humanos del Migrante",
        "Washington Office on Latin America (WOLA)",
    ]


def test_every_bad_row_of_a_file_is_reported_with_its_line(db, runner, statement, tmp_path):
    factories.verified_signature(statement, "The ACLU of Texas")
    rows = [
        GOOD[0],  # line 2
        row("Bad Email Org", email="not an email"),  # 3
        GOOD[1],  # 4
        row("Unknown Category Org", category="Planetary"),  # 5
        row(""),  # 6
        row("Control Org", city="Nogales\x00"),  # 7
        row("aclu of texas"),  # 8
        row("Centro de Atencion al Migrante EXODUS"),  # 9
        GOOD[2],  # 10
    ]
    path = write(tmp_path, csv_text(rows))

    result = run_import(runner, path)

    assert result.exit_code == 1
    problems = problem_lines(result, path)
    assert sorted(problems) == [3, 5, 6, 7, 8, 9]
    assert problems[3][0].startswith("email: not a valid address")
    assert problems[5][0].startswith('category: "Planetary" is not a category of this statement')
    assert problems[6] == ["organization: missing"]
    assert problems[7] == ["city: remove the invisible control characters"]
    assert problems[8] == ['organization: "aclu of texas" has already signed this statement (as "The ACLU of Texas")']
    assert problems[9] == ["organization: the same organization as line 4"]
    assert "nothing imported: 6 line(s) to fix" in result.stderr
    assert count(db) == 1


def test_a_row_with_several_problems_names_each_column(db, statement):
    text = csv_text([row("", category="Nope", email="nope")])

    with pytest.raises(SignatureImportError) as caught:
        signature_imports.import_csv(SLUG, text, NOW, actor="cli")

    assert [(p.line, p.message.split(":")[0]) for p in caught.value.problems] == [
        (2, "organization"),
        (2, "category"),
        (2, "email"),
    ]


# --------------------------------------------------------------------------- the file as a whole


@pytest.mark.parametrize(
    "header",
    [
        "name,category,city,country,website,contact_name,role,email",
        "organization,category,city,country,website,contact_name,email",
        "organization,category,city,country,website,contact_name,role,email,comment",
        "Kino Border Initiative,National,Nogales,United States,,Joanna Williams,,joanna@kino.example.org",
    ],
)
def test_a_wrong_header_is_reported_on_line_1_with_the_header_expected(db, runner, statement, tmp_path, header):
    path = write(tmp_path, header + "\n" + csv_text(GOOD).split("\n", 1)[1])

    result = run_import(runner, path)

    assert result.exit_code == 1
    problems = problem_lines(result, path)
    assert list(problems) == [1]
    assert HEADER_LINE in problems[1][0]
    assert count(db) == 0


def test_a_header_in_other_case_or_with_spaces_is_accepted(db, runner, statement, tmp_path):
    header = [f" {name.upper()} " for name in HEADER]

    result = run_import(runner, write(tmp_path, csv_text(GOOD, header=header)))

    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("text", ["", "\n\n", "\ufeff", ",,,,\n"])
def test_an_empty_file_is_refused_on_line_1(db, runner, statement, tmp_path, text):
    path = write(tmp_path, text)

    result = run_import(runner, path)

    assert result.exit_code == 1
    problems = problem_lines(result, path)
    assert list(problems) == [1]
    assert "empty" in problems[1][0]


def test_a_file_with_only_the_header_is_refused(db, runner, statement, tmp_path):
    path = write(tmp_path, HEADER_LINE + "\n")

    result = run_import(runner, path)

    assert result.exit_code == 1
    assert problem_lines(result, path) == {2: ["no signatories below the header"]}


def test_an_unknown_statement_is_refused(db, runner, statement, tmp_path):
    result = run_import(runner, write(tmp_path, csv_text(GOOD)), slug="no-such-letter")

    assert result.exit_code == 1
    assert "no statement with the slug 'no-such-letter'" in result.stderr
    assert count(db) == 0


def test_a_missing_file_is_refused(db, runner, statement, tmp_path):
    result = run_import(runner, tmp_path / "nowhere.csv")

    assert result.exit_code == 1
    assert "no such file" in result.stderr


def test_a_file_that_is_not_utf8_is_refused(db, runner, statement, tmp_path):
    result = run_import(runner, write(tmp_path, csv_text(GOOD[1:2]), encoding="latin-1"))

    assert result.exit_code == 1
    assert "not UTF-8" in result.stderr
    assert count(db) == 0


def test_ten_thousand_rows_import(db, runner, statement, tmp_path):
    categories = ["National", "State and Local", "International"]
    rows = [row(f"Organization {n}", categories[n % 3], email=f"contact{n}@org{n}.example.org") for n in range(10_000)]
    path = write(tmp_path, csv_text(rows))

    result = run_import(runner, path)

    assert result.exit_code == 0, result.output
    assert "imported 10000 signatories" in result.stdout
    assert count(db) == 10_000
    assert (
        db.session.execute(
            db.select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "signature.imported")
        ).scalar_one()
        == 10_000
    )


def test_more_than_twenty_thousand_rows_are_refused(db, statement):
    assert signature_imports.MAX_ROWS == 20_000
    text = csv_text([row(f"Organization {n}", email=f"c{n}@example.org") for n in range(20_001)])

    with pytest.raises(SignatureImportError) as caught:
        signature_imports.import_csv(SLUG, text, NOW, actor="cli")

    assert [p.line for p in caught.value.problems] == [20_002]
    assert "more than 20,000" in caught.value.problems[0].message
    assert count(db) == 0


# --------------------------------------------------------------------------- the service: one transaction


def test_the_service_raises_statement_not_found_for_an_unknown_slug(db, statement):
    with pytest.raises(StatementNotFound):
        signature_imports.import_csv("no-such-letter", csv_text(GOOD), NOW, actor="cli")


def test_a_signature_that_arrives_during_the_import_makes_it_write_nothing(db, statement, monkeypatch):
    """The check ran before someone signed through the form; the database's unique constraint
    still refuses, and the whole import is rolled back with the clashing line named."""
    taken = signature_imports._taken
    calls = []

    def and_then_someone_signs(statement_id: int) -> dict[str, str]:
        keys = taken(statement_id)
        if not calls:
            factories.verified_signature(statement, "Texas Civil Rights Project")  # commits
        calls.append(statement_id)
        return keys

    monkeypatch.setattr(signature_imports, "_taken", and_then_someone_signs)

    with pytest.raises(SignatureImportError) as caught:
        signature_imports.import_csv(SLUG, csv_text(GOOD), NOW, actor="cli")

    assert [p.line for p in caught.value.problems] == [4]
    assert "already signed" in caught.value.problems[0].message
    db.session.remove()
    assert [s.organization_name for s in signatures(db)] == ["Texas Civil Rights Project"]
    assert count(db, AuditEvent) == 0


def test_a_failure_while_writing_the_audit_trail_leaves_no_signature_behind(db, statement, monkeypatch):
    def failing_record(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(audit, "record", failing_record)

    with pytest.raises(RuntimeError):
        signature_imports.import_csv(SLUG, csv_text(GOOD), NOW, actor="cli")

    db.session.remove()
    assert count(db) == 0
