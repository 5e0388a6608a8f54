"""Fixtures the migration tests share: an empty PostgreSQL database of their own."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from signon.config import sqlalchemy_url


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
