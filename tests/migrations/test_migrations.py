"""The migrations build the schema the models describe, from empty, on SQLite and PostgreSQL,
and take it down again."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask_migrate import downgrade, upgrade
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url

from signon import create_app
from signon.config import sqlalchemy_url
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


@pytest.fixture
def fresh_postgresql() -> Iterator[str]:
    configured = os.environ.get("DATABASE_URL", "")
    if not sqlalchemy_url(configured).startswith("postgresql"):
        pytest.skip("DATABASE_URL is not PostgreSQL")
    admin_url = sqlalchemy_url(configured)
    # Named after the suite's database, so that each pytest-xdist worker has its own.
    check_database = f"{make_url(admin_url).database}_migration_check"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f"DROP DATABASE IF EXISTS {check_database} WITH (FORCE)"))
            connection.execute(text(f"CREATE DATABASE {check_database}"))
        yield make_url(admin_url).set(database=check_database).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f"DROP DATABASE IF EXISTS {check_database} WITH (FORCE)"))
        admin.dispose()


def test_migrations_build_the_model_schema_from_empty_on_postgresql(fresh_postgresql, smtp_server):
    check_up_down_up(fresh_postgresql, smtp_server.inbox.port)
