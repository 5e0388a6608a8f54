"""Which release runs and which schema the database holds: `flask version`, the footer of the
coordinator pages (not the public ones) and /healthz say so."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic.script import ScriptDirectory
from flask_migrate import upgrade

import signon
from signon import create_app
from signon.extensions import db as _db
from tests import factories, paths
from tests.conftest import base_overrides
from tests.sessions import log_in, seeding

MIGRATIONS = str(paths.MIGRATIONS)


def head_revision() -> str:
    return str(ScriptDirectory(MIGRATIONS).get_current_head())


def test_the_release_has_a_version_of_three_numbers():
    assert [part.isdigit() for part in signon.__version__.split(".")] == [True, True, True]


def test_flask_version_names_the_release_and_a_database_at_its_schema(runner):
    result = runner.invoke(args=["version"])

    assert result.exit_code == 0
    assert f"Signon {signon.__version__}" in result.output
    assert f"Database revision {head_revision()} (up to date)" in result.output


def test_flask_version_check_fails_on_a_database_that_needs_an_upgrade(tmp_path: Path, smtp_server: Any):
    app = create_app(base_overrides(f"sqlite:///{tmp_path / 'old.sqlite3'}", smtp_server.inbox.port))
    with app.app_context():
        upgrade(directory=MIGRATIONS, revision="0004")
        _db.engine.dispose()
    runner = app.test_cli_runner()

    plain = runner.invoke(args=["version"])
    checked = runner.invoke(args=["version", "--check"])

    assert plain.exit_code == 0
    assert f"Database revision 0004; this release needs {head_revision()}" in plain.output
    assert "flask db upgrade" in plain.output
    assert checked.exit_code == 1


def test_flask_version_says_an_empty_database_has_no_schema_yet(tmp_path: Path, smtp_server: Any):
    app = create_app(base_overrides(f"sqlite:///{tmp_path / 'empty.sqlite3'}", smtp_server.inbox.port))

    result = app.test_cli_runner().invoke(args=["version", "--check"])

    assert "no schema yet; run `flask db upgrade`" in result.output
    assert result.exit_code == 1


def test_coordinator_pages_show_the_release_in_their_footer_and_public_pages_do_not(app, client):
    with seeding(app):
        statement = factories.open_statement()
        factories.coordinator(statements=(statement,))
        slug = statement.slug
    log_in(client)

    dashboard = client.get("/coordinator/").get_data(as_text=True)
    public = client.get(f"/s/{slug}").get_data(as_text=True)

    assert f"Version {signon.__version__}" in dashboard
    assert "Version " not in public
