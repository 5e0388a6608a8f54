"""One round of the worker's periodic work (closing deadlines, notifying coordinators): in its own
app context, and a failure logged and rolled back, never raised, so that it cannot stop the rest."""

from __future__ import annotations

import logging
from collections.abc import Callable
from contextlib import suppress
from typing import TypeVar

from flask import Flask
from sqlalchemy.exc import SQLAlchemyError

from signon.extensions import db
from signon.lost_connections import log_failed_round

T = TypeVar("T")


def run_round(app: Flask, log: logging.Logger, what: str, work: Callable[[], T], nothing: Callable[[], T]) -> T:
    """What ``work`` returns, or ``nothing()`` when it failed: the database away for a moment, or
    a bug. Either way its work is still due, and the next round does it."""
    with app.app_context():
        try:
            return work()
        except Exception as error:
            log_failed_round(log, what, error)
            with suppress(SQLAlchemyError):
                db.session.rollback()
            return nothing()
        finally:
            db.session.remove()
