"""Extension objects, created unbound and wired to the app in the factory."""

import logging

from flask import Flask
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_login import LoginManager
from flask_mail import Mail
from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy
from flask_wtf.csrf import CSRFProtect
from sqlalchemy import MetaData
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import DeclarativeBase

from signon.lost_connections import database_unavailable, describe

log = logging.getLogger(__name__)

# Named constraints, so that migrations can drop and alter them on every database.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Database(SQLAlchemy):
    """Flask-SQLAlchemy, except that the end of an app context survives a lost connection.

    Its teardown (``session.remove()``: ROLLBACK, then the connection goes back to the pool)
    runs after the response was built and outside every error handler, so a connection the
    server has just ended (PostgreSQL restarting) raised there and became the WSGI server's 500.
    The response stands: whatever it reports was committed before, and the ROLLBACK had nothing
    left to undo (an uncommitted write dies with the connection). SQLAlchemy has already
    invalidated a connection it recognised as lost, so it never returns to the pool."""

    def _teardown_session(self, exc: BaseException | None) -> None:
        try:
            self.session.remove()
        except DBAPIError as lost:
            if not database_unavailable(lost):
                raise
            log.warning("database connection lost at the end of a request: %s", describe(lost))
        finally:
            # remove() forgets the session only after a clean close; the registry is keyed by
            # the app context's id(), which a later context may reuse.
            self.session.registry.clear()


db = Database(model_class=Base)
migrate = Migrate()
mail = Mail()
csrf = CSRFProtect()
login_manager = LoginManager()


class AppLimiter(Limiter):
    """A Limiter that takes RATELIMIT_KEY_PREFIX from each app it is bound to: Flask-Limiter keeps
    the first prefix it was ever given, so a second app sharing one Redis would count under it."""

    def init_app(self, app: Flask) -> None:
        self._key_prefix = str(app.config.get("RATELIMIT_KEY_PREFIX") or "")
        super().init_app(app)


# Keyed by the client's address; storage and on/off come from the config (RATELIMIT_*). A Redis
# outage must never turn a sign-in into a 500: errors are swallowed and the request goes through.
limiter = AppLimiter(key_func=get_remote_address, swallow_errors=True)
