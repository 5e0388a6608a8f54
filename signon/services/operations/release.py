"""Which release is running and which schema the database holds: what `flask version` says and
what an operator checks before and after an upgrade."""

from __future__ import annotations

from dataclasses import dataclass

from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from signon.extensions import db
from signon.version import __version__


@dataclass(frozen=True)
class ReleaseInfo:
    version: str
    # The schema this release's migrations end at, and the one the database is at (None before
    # the first `flask db upgrade`).
    code_revision: str
    database_revision: str | None

    @property
    def up_to_date(self) -> bool:
        return self.database_revision == self.code_revision


def code_revision(migrations_directory: str) -> str:
    """The head of the migrations shipped with this release."""
    return str(ScriptDirectory(migrations_directory).get_current_head())


def known_revisions(migrations_directory: str) -> frozenset[str]:
    """Every schema revision this release's migrations know: a database at any of them can be
    brought to ``code_revision`` by `flask db upgrade`."""
    return frozenset(revision.revision for revision in ScriptDirectory(migrations_directory).walk_revisions())


def database_revision() -> str | None:
    """The revision recorded in the database's alembic_version table, or None if it has none."""
    with db.engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar_one_or_none()


def release_info(migrations_directory: str) -> ReleaseInfo:
    """The running release, the schema it expects and the schema the database holds."""
    return ReleaseInfo(__version__, code_revision(migrations_directory), database_revision())
