"""`flask statements import FILE.md`: a statement from YAML front matter and a Markdown body."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func

from signon.extensions import db as _db
from signon.models import AuditEvent, Coordinator, Membership, Statement
from tests import factories

BASE_URL = "http://signon.example.org"

LETTER = """---
title: Civil Society Calls for the Protection of Migrant Shelters
slug: protect-shelters
date: 2030-06-27
deadline: 2030-08-15 17:00
timezone: America/New_York
language: en
salutation: Dear President and Secretary,
closing: Respectfully,
contact_email: Coalition@Example.org
status: open
addressees:
  - name: María Elena Ortega
    title: President of the Republic
    organization: Office of the Presidency
    address: |
      Palacio de Gobierno, Avenida Central 1
      Ciudad Capital
    email: presidencia@example.org
    phone: "+1 202 555 0100"
    twitter: "@presidencia_example"
  - name: Daniel Whitford
    title: Secretary of Homeland Affairs
    address:
      - 2707 Martin Luther King Jr Ave SE
      - Washington, DC 20528
categories:
  - National
  - International
background: |
  Shelters have offered a safe place to sleep for two decades.
---
The undersigned organizations are gravely concerned by recent raids on shelters.[^1]

Officers threatened staff with a migration inspection.[^2]

[^1]: Department of State, "Joint Declaration on Migration", 2030. https://www.state.gov/
[^2]: Amnesty International, Urgent Action, https://www.amnesty.org/
"""

UPDATED = """---
title: Civil Society Calls for the Protection of Shelters (revised)
slug: protect-shelters
date: 2030-06-28
deadline: 2030-09-01
timezone: America/New_York
addressees:
  - name: Ana Ruiz
    title: Minister of the Interior
categories:
  - National
  - International
---
A revised text with one source only.[^1]

[^1]: Animal Político, "Elementos desplegados", 2030. https://www.animalpolitico.com/
"""


@contextmanager
def session(app) -> Iterator:
    """A session of its own, so that assertions see only what the command committed."""
    with app.app_context():
        yield _db.session
        _db.session.remove()


def write(tmp_path: Path, text: str, name: str = "letter.md") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def import_file(runner, path: Path, *extra: str):
    return runner.invoke(args=["statements", "import", str(path), *extra])


def error_line(result) -> str:
    """The error as printed: exactly one non-empty line, no traceback."""
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.output
    assert "Traceback" not in result.output
    return lines[0]


def count(session_, model) -> int:
    return session_.execute(_db.select(func.count()).select_from(model)).scalar_one()


def stored(session_, slug: str = "protect-shelters") -> Statement:
    return session_.execute(_db.select(Statement).where(Statement.slug == slug)).scalar_one()


def test_import_creates_the_statement_from_front_matter_and_prints_its_public_url(app, runner, tmp_path):
    result = import_file(runner, write(tmp_path, LETTER))

    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == f"{BASE_URL}/s/protect-shelters"
    with session(app) as s:
        statement = stored(s)
        assert statement.title == "Civil Society Calls for the Protection of Migrant Shelters"
        assert statement.date == date(2030, 6, 27)
        # 17:00 in New York in August is 21:00 UTC.
        assert statement.deadline == datetime(2030, 8, 15, 21, 0, tzinfo=UTC)
        assert statement.timezone == "America/New_York"
        assert statement.language == "en"
        assert statement.salutation == "Dear President and Secretary,"
        assert statement.closing == "Respectfully,"
        assert statement.contact_email == "Coalition@example.org"
        assert statement.status == "open"
        assert statement.background.strip() == "Shelters have offered a safe place to sleep for two decades."
        assert "gravely concerned by recent raids on shelters.[^1]" in statement.body
        assert "[^2]: Amnesty International" in statement.body
        assert [c.label for c in statement.categories] == ["National", "International"]
        first, second = statement.addressees
        assert (first.name, first.title, first.organization) == (
            "María Elena Ortega",
            "President of the Republic",
            "Office of the Presidency",
        )
        assert first.address_lines == ["Palacio de Gobierno, Avenida Central 1", "Ciudad Capital"]
        assert (first.email, first.phone, first.social_handle) == (
            "presidencia@example.org",
            "+1 202 555 0100",
            "@presidencia_example",
        )
        assert second.name == "Daniel Whitford"
        assert second.address_lines == ["2707 Martin Luther King Jr Ave SE", "Washington, DC 20528"]


def test_imported_footnotes_are_numbered_and_linked_on_the_public_page(app, runner, client, tmp_path):
    assert import_file(runner, write(tmp_path, LETTER)).exit_code == 0

    page = client.get("/s/protect-shelters").get_data(as_text=True)

    assert 'href="#fn:1"' in page
    assert 'href="#fn:2"' in page
    assert "Joint Declaration on Migration" in page
    assert "María Elena Ortega" in page


def test_a_deadline_given_as_a_date_lasts_until_the_end_of_that_day_where_the_statement_is_run(app, runner, tmp_path):
    assert import_file(runner, write(tmp_path, UPDATED)).exit_code == 0

    with session(app) as s:
        # 23:59 on 1 September in New York (EDT, UTC-4).
        assert stored(s).deadline == datetime(2030, 9, 2, 3, 59, tzinfo=UTC)


def test_importing_the_same_slug_again_updates_that_statement(app, runner, tmp_path):
    assert import_file(runner, write(tmp_path, LETTER)).exit_code == 0

    result = import_file(runner, write(tmp_path, UPDATED, "revised.md"))

    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == f"{BASE_URL}/s/protect-shelters"
    with session(app) as s:
        assert count(s, Statement) == 1
        statement = stored(s)
        assert statement.title == "Civil Society Calls for the Protection of Shelters (revised)"
        assert "A revised text with one source only.[^1]" in statement.body
        assert "gravely concerned" not in statement.body
        assert statement.date == date(2030, 6, 28)
        assert [a.name for a in statement.addressees] == ["Ana Ruiz"]
        assert statement.addressees[0].title == "Minister of the Interior"


MALFORMED = [
    pytest.param(LETTER.replace("date: 2030-06-27", "date: last tuesday"), 4, "date", id="bad-date"),
    pytest.param(LETTER.replace("deadline: 2030-08-15 17:00", "deadline: soon"), 5, "deadline", id="bad-deadline"),
    pytest.param(LETTER.replace("status: open", "colour: blue"), 11, "colour", id="unknown-key"),
    pytest.param(LETTER.replace("timezone: America/New_York", "timezone: Mars/Olympus"), 6, "timezone", id="bad-zone"),
    pytest.param(LETTER.replace("    twitter: ", "    fax: "), 21, "fax", id="unknown-addressee-key"),
    pytest.param(LETTER.replace("slug: protect-shelters", "slug: Protect Shelters!"), 3, "slug", id="bad-slug"),
    pytest.param(
        LETTER.replace("    email: presidencia@example.org", "    email: not-an-address"),
        19,
        "email",
        id="bad-addressee-email",
    ),
]


@pytest.mark.parametrize(("text", "line", "key"), MALFORMED)
def test_a_malformed_file_is_refused_in_one_line_naming_the_line_and_the_key(app, runner, tmp_path, text, line, key):
    result = import_file(runner, write(tmp_path, text))

    assert result.exit_code == 1
    message = error_line(result)
    assert f"line {line}" in message
    assert key in message
    with session(app) as s:
        assert count(s, Statement) == 0
        assert count(s, AuditEvent) == 0


def test_a_footnote_cited_but_never_defined_is_refused_naming_its_line(app, runner, tmp_path):
    text = LETTER.replace("[^2]: Amnesty International, Urgent Action, https://www.amnesty.org/\n", "")

    result = import_file(runner, write(tmp_path, text))

    assert result.exit_code == 1
    message = error_line(result)
    # The body starts on line 33; [^2] is cited on its third line.
    assert "line 35" in message
    assert "[^2]" in message
    with session(app) as s:
        assert count(s, Statement) == 0


def test_front_matter_that_is_not_yaml_is_refused_naming_its_line(app, runner, tmp_path):
    text = LETTER.replace("closing: Respectfully,", "closing: [Respectfully,")

    result = import_file(runner, write(tmp_path, text))

    assert result.exit_code == 1
    message = error_line(result)
    assert "YAML" in message
    assert "line " in message


def test_a_file_without_a_title_is_refused_naming_the_key(app, runner, tmp_path):
    text = LETTER.replace("title: Civil Society Calls for the Protection of Migrant Shelters\n", "")

    result = import_file(runner, write(tmp_path, text))

    assert result.exit_code == 1
    assert "'title'" in error_line(result)


def test_a_broken_reimport_leaves_the_existing_statement_as_it_was(app, runner, tmp_path):
    assert import_file(runner, write(tmp_path, LETTER)).exit_code == 0
    broken = UPDATED.replace("date: 2030-06-28", "date: 28th of June")

    result = import_file(runner, write(tmp_path, broken, "broken.md"))

    assert result.exit_code == 1
    assert "line 4" in error_line(result)
    with session(app) as s:
        statement = stored(s)
        assert statement.title == "Civil Society Calls for the Protection of Migrant Shelters"
        assert "gravely concerned by recent raids" in statement.body
        assert [a.name for a in statement.addressees] == ["María Elena Ortega", "Daniel Whitford"]
        assert statement.revision == 1


def test_a_reimport_refused_by_the_database_rules_changes_nothing(app, runner, tmp_path):
    """Dropping a category that already has signatures fails half-way through the save:
    the new text and addressees written before that point must be rolled back too."""
    assert import_file(runner, write(tmp_path, LETTER)).exit_code == 0
    with session(app):
        factories.verified_signature(stored(_db.session), "Kino Border Initiative", category="international")
    without_international = UPDATED.replace("  - International\n", "")

    result = import_file(runner, write(tmp_path, without_international, "fewer.md"))

    assert result.exit_code == 1
    assert "International" in error_line(result)
    with session(app) as s:
        statement = stored(s)
        assert statement.title == "Civil Society Calls for the Protection of Migrant Shelters"
        assert "gravely concerned by recent raids" in statement.body
        assert [a.name for a in statement.addressees] == ["María Elena Ortega", "Daniel Whitford"]
        assert [c.label for c in statement.categories] == ["National", "International"]
        assert statement.revision == 1


def test_the_coordinator_option_makes_that_coordinator_an_owner(app, runner, tmp_path):
    with session(app):
        factories.coordinator("maria@lawg.example.org")

    result = import_file(runner, write(tmp_path, LETTER), "--coordinator", "Maria@LAWG.example.org")

    assert result.exit_code == 0, result.output
    with session(app) as s:
        rows = s.execute(
            _db.select(Coordinator.email, Membership.role)
            .join(Membership, Membership.coordinator_id == Coordinator.id)
            .where(Membership.statement_id == stored(s).id)
        ).all()
        assert [tuple(r) for r in rows] == [("maria@lawg.example.org", "owner")]


def test_an_unknown_coordinator_email_is_refused_and_nothing_is_imported(app, runner, tmp_path):
    result = import_file(runner, write(tmp_path, LETTER), "--coordinator", "nobody@example.org")

    assert result.exit_code == 1
    assert "nobody@example.org" in error_line(result)
    with session(app) as s:
        assert count(s, Statement) == 0
        assert count(s, Membership) == 0


def test_a_file_that_is_not_utf8_is_refused_in_one_line(app, runner, tmp_path):
    path = tmp_path / "latin1.md"
    path.write_bytes(LETTER.replace("María", "Mar\xeda").encode("latin-1"))

    result = import_file(runner, path)

    assert result.exit_code == 1
    message = error_line(result)
    assert "UTF-8" in message
    assert "latin1.md" in message
    with session(app) as s:
        assert count(s, Statement) == 0


def test_a_missing_file_is_refused_in_one_line(app, runner, tmp_path):
    result = import_file(runner, tmp_path / "nowhere.md")

    assert result.exit_code == 1
    message = error_line(result)
    assert "nowhere.md" in message
    assert "no such file" in message.lower()
