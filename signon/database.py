"""Engine settings that depend on the database: SQLite pragmas.

A lost PostgreSQL connection needs little here: ``pool_pre_ping`` (SQLALCHEMY_ENGINE_OPTIONS in
signon/config.py) tests each pooled connection before use, and SQLAlchemy drops the whole pool
on the first disconnect it sees, so service resumes by itself once the server is back. What it
does not cover is a connection that dies while a request holds it: the request's statements get
the 503 page (signon/errors.py), and the ROLLBACK that ends the request is logged, not raised
(signon/extensions.py, Database).
"""

from __future__ import annotations

from functools import partial
from typing import Any

from flask import Flask
from sqlalchemy import event

from signon.extensions import db

# How long a write waits for another writer's lock before the request gets a 503 page.
DEFAULT_SQLITE_BUSY_TIMEOUT = 10.0


def _sqlite_pragmas(busy_timeout_ms: int, dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # WAL lets readers go on while one request writes; the busy timeout makes writers queue.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms:d}")
    cursor.close()


def configure_engine(app: Flask) -> None:
    """Called right after db.init_app: the engine's per-database settings."""
    with app.app_context():
        engine = db.engine
        if engine.dialect.name == "sqlite":
            seconds = float(app.config.get("SIGNON_SQLITE_BUSY_TIMEOUT", DEFAULT_SQLITE_BUSY_TIMEOUT))
            event.listen(engine, "connect", partial(_sqlite_pragmas, round(seconds * 1000)))
