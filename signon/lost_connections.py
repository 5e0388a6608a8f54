"""What a lost database connection is, and how it is told: the facts the error pages, /healthz
and the session teardown share. Pure: SQLAlchemy's exceptions only."""

from __future__ import annotations

import logging

from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError, SQLAlchemyError

# Seconds a client is told to wait when the database is out of reach (a restart takes about that).
DATABASE_RETRY_AFTER = 60


def database_unavailable(error: DBAPIError) -> bool:
    """A lost or refused connection, a lock held past the busy timeout: not a bug in a request."""
    return isinstance(error, (OperationalError, InterfaceError)) or bool(error.connection_invalidated)


def describe(error: SQLAlchemyError) -> str:
    """The driver's message on one line: libpq's spans several, and a log event is one line."""
    original = error.orig if isinstance(error, DBAPIError) else None
    return " ".join(str(original if original is not None else error).split())


def log_failed_round(log: logging.Logger, what: str, error: Exception) -> None:
    """A worker round that failed: one warning line when the database was away for a moment
    (a restart makes many, and each is no bug), the traceback for anything else."""
    if isinstance(error, DBAPIError) and database_unavailable(error):
        log.warning("%s: database unavailable: %s", what, describe(error))
    else:
        log.error("%s: round failed", what, exc_info=error)
