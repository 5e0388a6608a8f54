"""The migrations build the schema the models describe, from empty, on SQLite and PostgreSQL,
and take it down again."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask_migrate import downgrade, upgrade
from sqlalchemy import inspect, text

from signon import create_app
from signon.extensions import db as _db
from tests import paths
from tests.conftest import base_overrides

MIGRATIONS = str(paths.MIGRATIONS)


def differences() -> list:
    with _db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return compare_metadata(context, _db.metadata)


def tables() -> set[str]:
    with _db.engine.connect() as connection:
        return set(inspect(connection).get_table_names())


def check_up_down_up(url: str, smtp_port: int) -> None:
    app = create_app(base_overrides(url, smtp_port))
    model_tables = set(_db.metadata.tables)
    with app.app_context():
        try:
            assert tables() == set()

            upgrade(directory=MIGRATIONS)
            assert tables() == model_tables | {"alembic_version"}
            assert differences() == []

            downgrade(directory=MIGRATIONS, revision="base")
            assert tables() == {"alembic_version"}

            upgrade(directory=MIGRATIONS)
            assert tables() == model_tables | {"alembic_version"}
            assert differences() == []
            with _db.engine.connect() as connection:
                assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
        finally:
            _db.session.remove()
            _db.engine.dispose()


def test_migrations_build_the_model_schema_from_empty_on_sqlite(tmp_path, smtp_server):
    check_up_down_up(f"sqlite:///{tmp_path / 'fresh.sqlite3'}", smtp_server.inbox.port)


def test_migrations_build_the_model_schema_from_empty_on_postgresql(fresh_postgresql, smtp_server):
    check_up_down_up(fresh_postgresql, smtp_server.inbox.port)
