"""`flask coordinators create EMAIL --name NAME --password-stdin`."""

from __future__ import annotations

from sqlalchemy import func

from signon.extensions import db as _db
from signon.models import Coordinator
from signon.services.team import coordinators

PASSWORD = "a long passphrase for ana"


def create(runner, email: str = "ana@example.org", password: str = PASSWORD, name: str = "Ana Pérez"):
    return runner.invoke(
        args=["coordinators", "create", email, "--name", name, "--password-stdin"], input=f"{password}\n"
    )


def error_line(result) -> str:
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.output
    assert "Traceback" not in result.output
    return lines[0]


def number_of_coordinators(app) -> int:
    with app.app_context():
        try:
            return _db.session.execute(_db.select(func.count()).select_from(Coordinator)).scalar_one()
        finally:
            _db.session.remove()


def test_a_created_coordinator_can_sign_in_with_the_password_read_from_stdin(app, runner):
    result = create(runner)

    assert result.exit_code == 0, result.output
    assert "ana@example.org" in result.stdout
    with app.app_context():
        found = coordinators.authenticate("ana@example.org", PASSWORD)
        assert found is not None
        assert found.name == "Ana Pérez"
        assert found.password_hash != PASSWORD
        assert PASSWORD not in found.password_hash
        assert coordinators.authenticate("ana@example.org", PASSWORD + "x") is None
        _db.session.remove()


def test_a_coordinator_email_is_stored_in_lower_case(app, runner):
    assert create(runner, email="Ana@Example.ORG").exit_code == 0

    with app.app_context():
        assert coordinators.authenticate("ana@example.org", PASSWORD) is not None
        _db.session.remove()


def test_a_password_of_exactly_twelve_characters_is_accepted(app, runner):
    result = create(runner, password="x" * 12)

    assert result.exit_code == 0, result.output
    with app.app_context():
        assert coordinators.authenticate("ana@example.org", "x" * 12) is not None
        _db.session.remove()


def test_a_password_shorter_than_twelve_characters_is_refused(app, runner):
    result = create(runner, password="x" * 11)

    assert result.exit_code == 1
    message = error_line(result)
    assert "password" in message
    assert "12" in message
    assert number_of_coordinators(app) == 0


def test_an_email_that_already_has_an_account_is_refused(app, runner):
    assert create(runner).exit_code == 0

    result = create(runner, email="ANA@example.org", password="another long password", name="Someone Else")

    assert result.exit_code == 1
    message = error_line(result)
    assert "already exists" in message
    assert "ANA@example.org" in message
    assert number_of_coordinators(app) == 1
    with app.app_context():
        # The first account is untouched.
        assert coordinators.authenticate("ana@example.org", PASSWORD).name == "Ana Pérez"
        assert coordinators.authenticate("ana@example.org", "another long password") is None
        _db.session.remove()
