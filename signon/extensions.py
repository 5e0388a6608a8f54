"""Extension objects, created unbound and wired to the app in the factory."""

from flask import Flask
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_login import LoginManager
from flask_mail import Mail
from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy
from flask_wtf.csrf import CSRFProtect
from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase

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


db = SQLAlchemy(model_class=Base)
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
