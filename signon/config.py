"""Configuration: defaults, then instance/config.py, then environment variables, then overrides.

Production refuses to start without a real SECRET_KEY and SIGNON_BASE_URL. Cookie security,
HSTS and the allowed hosts follow the scheme and host of SIGNON_BASE_URL, so that production
also works over plain HTTP on loopback for trials.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from flask import Config, Flask
from limits import parse_many

# Werkzeug's password hashing: scrypt, except under SIGNON_ENV=testing (see signon/passwords.py).
PRODUCTION_HASH = "scrypt"
TESTING_HASH = "pbkdf2:sha256:1000"
ENVIRONMENTS = ("production", "development", "testing")
DEV_SECRET_KEY = "dev-only-secret-key-not-for-production"  # noqa: S105 (refused in production)
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")

# Flask-Limiter rate strings ("60 per hour"), per client address; checked when the app starts.
RATE_LIMIT_VARS = (
    "SIGNON_LOGIN_RATE_LIMIT",
    "SIGNON_PASSWORD_RESET_RATE_LIMIT",
    "SIGNON_SIGN_RATE_LIMIT",
    "SIGNON_CONFIRM_RATE_LIMIT",
    "SIGNON_RESEND_RATE_LIMIT",
    "SIGNON_MANAGE_RATE_LIMIT",
)
# Environment variables read as they are (strings) and those converted.
STRING_VARS = (
    "SECRET_KEY",
    "DATABASE_URL",
    "MAIL_SERVER",
    "MAIL_USERNAME",
    "MAIL_PASSWORD",
    "MAIL_DEFAULT_SENDER",
    "SIGNON_BASE_URL",
    "REDIS_URL",
    *RATE_LIMIT_VARS,
)
INT_VARS = (
    "MAIL_PORT",
    "MAIL_TIMEOUT",
    "SIGNON_CONFIRMATION_LINK_DAYS",
    "SIGNON_MANAGE_LINK_DAYS",
    "PERMANENT_SESSION_LIFETIME",
    "SIGNON_PROXY_HOPS",
    "SIGNON_RECIPIENT_EMAILS_PER_HOUR",
    "SIGNON_MIN_FILL_SECONDS",
)
BOOL_VARS = ("MAIL_USE_TLS", "MAIL_USE_SSL", "RATELIMIT_ENABLED")
TRUE_WORDS = {"1", "true", "yes", "on"}


class ConfigError(Exception):
    """The configuration cannot run: the message says which setting and why, in one line."""


def defaults(instance_path: Path) -> dict[str, Any]:
    return {
        "SIGNON_ENV": "production",
        "SECRET_KEY": None,
        "DATABASE_URL": f"sqlite:///{instance_path / 'signon.sqlite3'}",
        "SIGNON_BASE_URL": None,
        "REDIS_URL": None,
        "MAIL_SERVER": None,
        "MAIL_PORT": 25,
        "MAIL_USE_TLS": False,
        "MAIL_USE_SSL": False,
        "MAIL_USERNAME": None,
        "MAIL_PASSWORD": None,
        "MAIL_DEFAULT_SENDER": "Signon <noreply@localhost>",
        # smtplib has no timeout of its own: a stalled server would hang the worker.
        "MAIL_TIMEOUT": 30,
        "SIGNON_CONFIRMATION_LINK_DAYS": 7,
        # How long a "manage my signature" link works; a new one can be asked for at any time.
        "SIGNON_MANAGE_LINK_DAYS": 7,
        "OUTBOX_BATCH_SIZE": 100,
        "OUTBOX_POLL_SECONDS": 2.0,
        "TRUSTED_HOSTS_EXTRA": (),
        # How many reverse proxies in front of Signon append to X-Forwarded-For: 0 trusts none, so
        # a client cannot choose the address its rate limits and records are kept under.
        "SIGNON_PROXY_HOPS": 0,
        "SQLALCHEMY_ENGINE_OPTIONS": {"pool_pre_ping": True},
        # Public forms are small; a huge urlencoded body must not be parsed at all.
        "MAX_CONTENT_LENGTH": 1024 * 1024,
        "MAX_FORM_MEMORY_SIZE": 64 * 1024,
        "MAX_FORM_PARTS": 100,
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "REMEMBER_COOKIE_HTTPONLY": True,
        "REMEMBER_COOKIE_SAMESITE": "Lax",
        "WTF_CSRF_TIME_LIMIT": 3600,
        # Every POST goes through a FlaskForm, which checks its own token; a failure then
        # re-renders the form with what was typed instead of a bare 400.
        "WTF_CSRF_CHECK_DEFAULT": False,
        # Seconds a coordinator stays signed in, counted from sign-in (not from the last click).
        "PERMANENT_SESSION_LIFETIME": 12 * 60 * 60,
        # None: on, except under SIGNON_ENV=testing, where tests that need it switch it on.
        "RATELIMIT_ENABLED": None,
        "SIGNON_LOGIN_RATE_LIMIT": "10 per minute",
        "SIGNON_PASSWORD_RESET_RATE_LIMIT": "5 per hour",
        # The public forms: generous enough for an office of 20 people behind one address.
        "SIGNON_SIGN_RATE_LIMIT": "60 per hour",
        "SIGNON_CONFIRM_RATE_LIMIT": "60 per hour",
        # Shared by both resend pages; each resend is an email to someone.
        "SIGNON_RESEND_RATE_LIMIT": "20 per hour",
        "SIGNON_MANAGE_RATE_LIMIT": "20 per hour",
        # Emails the public can make Signon send to one address (confirmation links, "already
        # signed", manage links) in an hour; the rest are kept, marked held, and not sent. 0: no cap.
        # Kept in the database, so it holds whether or not the rate limiter is on.
        "SIGNON_RECIPIENT_EMAILS_PER_HOUR": 10,
        # A sign form sent back sooner than this after it was shown came from a bot. None: 3,
        # except under SIGNON_ENV=testing, where tests post bare forms (the bot tests set it).
        "SIGNON_MIN_FILL_SECONDS": None,
    }


def from_environment(environ: Mapping[str, str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    if environ.get("SIGNON_ENV"):
        values["SIGNON_ENV"] = environ["SIGNON_ENV"].strip().lower()
    for name in STRING_VARS:
        if environ.get(name):
            values[name] = environ[name]
    for name in INT_VARS:
        if environ.get(name):
            try:
                values[name] = int(environ[name])
            except ValueError:
                raise ConfigError(f"{name} must be a whole number, not {environ[name]!r}") from None
    for name in BOOL_VARS:
        if environ.get(name):
            values[name] = environ[name].strip().lower() in TRUE_WORDS
    if environ.get("TRUSTED_HOSTS"):
        hosts = [h.strip() for h in environ["TRUSTED_HOSTS"].split(",") if h.strip()]
        values["TRUSTED_HOSTS_EXTRA"] = tuple(hosts)
    return values


def sqlalchemy_url(url: str) -> str:
    """Accept the usual spellings of a PostgreSQL URL and use the psycopg 3 driver."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url.removeprefix(prefix)
    return url


def check_environment(config: dict[str, Any]) -> None:
    env = config["SIGNON_ENV"]
    if env not in ENVIRONMENTS:
        raise ConfigError(f"SIGNON_ENV must be one of {', '.join(ENVIRONMENTS)}, not {env!r}")
    if env != "production":
        config.setdefault("SECRET_KEY", None)
        config["SECRET_KEY"] = config["SECRET_KEY"] or DEV_SECRET_KEY
        config["SIGNON_BASE_URL"] = config["SIGNON_BASE_URL"] or "http://127.0.0.1:5000"
        return
    secret = config.get("SECRET_KEY")
    if not secret:
        raise ConfigError("SECRET_KEY is not set: production needs a long random secret")
    if secret == DEV_SECRET_KEY or len(secret) < 16:
        raise ConfigError("SECRET_KEY is too weak: use at least 16 random characters")
    if not config.get("SIGNON_BASE_URL"):
        raise ConfigError("SIGNON_BASE_URL is not set: production needs its public address")


def base_url_settings(config: dict[str, Any]) -> dict[str, Any]:
    """Settings that follow the scheme and host of SIGNON_BASE_URL."""
    base = str(config["SIGNON_BASE_URL"]).rstrip("/")
    parts = urlsplit(base)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(f"SIGNON_BASE_URL must be an http:// or https:// address, not {base!r}")
    secure = parts.scheme == "https"
    hosts = [parts.hostname, *config["TRUSTED_HOSTS_EXTRA"]]
    if parts.hostname in LOOPBACK_HOSTS:
        hosts.extend(LOOPBACK_HOSTS)
    settings: dict[str, Any] = {
        "SIGNON_BASE_URL": base,
        "PREFERRED_URL_SCHEME": parts.scheme,
        "SESSION_COOKIE_SECURE": secure,
        "REMEMBER_COOKIE_SECURE": secure,
        "SIGNON_HSTS": secure,
    }
    if config["SIGNON_ENV"] == "production":
        settings["TRUSTED_HOSTS"] = list(dict.fromkeys(hosts))
    return settings


def rate_limit_settings(config: dict[str, Any]) -> dict[str, Any]:
    """Flask-Limiter's settings: Redis when REDIS_URL is set (shared by every worker), memory otherwise."""
    enabled = config.get("RATELIMIT_ENABLED")
    return {
        "RATELIMIT_ENABLED": config["SIGNON_ENV"] != "testing" if enabled is None else bool(enabled),
        "RATELIMIT_STORAGE_URI": config.get("REDIS_URL") or "memory://",
        # A fixed window would let 20 attempts through across a minute's boundary.
        "RATELIMIT_STRATEGY": "moving-window",
    }


def check_rate_limits(config: dict[str, Any]) -> None:
    """A rate string Flask-Limiter cannot read would silently limit nothing: refuse to start."""
    for name in RATE_LIMIT_VARS:
        try:
            parse_many(str(config[name]))
        except ValueError:
            raise ConfigError(f'{name} must be a rate such as "60 per hour", not {config[name]!r}') from None


def abuse_settings(config: dict[str, Any]) -> dict[str, Any]:
    """The sign form's minimum fill time, resolved for the environment; the recipient cap, checked."""
    seconds = config.get("SIGNON_MIN_FILL_SECONDS")
    if seconds is None:
        seconds = 0 if config["SIGNON_ENV"] == "testing" else 3
    if not 0 <= int(seconds) <= 3:
        # Longer, and a quick person who knows their organization's details is taken for a bot.
        raise ConfigError(f"SIGNON_MIN_FILL_SECONDS must be between 0 and 3, not {seconds!r}")
    if int(config["SIGNON_RECIPIENT_EMAILS_PER_HOUR"]) < 0:
        raise ConfigError("SIGNON_RECIPIENT_EMAILS_PER_HOUR must be 0 (no cap) or more")
    return {"SIGNON_MIN_FILL_SECONDS": int(seconds)}


def load_config(app: Flask, overrides: Mapping[str, Any] | None = None) -> None:
    """Fill app.config from every source, in order, and check that the result can run."""
    config: dict[str, Any] = defaults(Path(app.instance_path))
    instance_file = Path(app.instance_path) / "config.py"
    if instance_file.is_file():
        from_file = Config(app.instance_path)
        from_file.from_pyfile(str(instance_file))
        config.update(from_file)
    config.update(from_environment(os.environ))
    config.update(overrides or {})
    check_environment(config)
    config.update(base_url_settings(config))
    config["SQLALCHEMY_DATABASE_URI"] = sqlalchemy_url(str(config["DATABASE_URL"]))
    config["TESTING"] = bool(config.get("TESTING")) or config["SIGNON_ENV"] == "testing"
    config.update(rate_limit_settings(config))
    check_rate_limits(config)
    config.update(abuse_settings(config))
    config.setdefault("PASSWORD_HASH_METHOD", TESTING_HASH if config["SIGNON_ENV"] == "testing" else PRODUCTION_HASH)
    config["DEBUG"] = config["SIGNON_ENV"] == "development"
    # Without a mail server in development, outgoing mail goes to the development mailbox page.
    config["SIGNON_DEVMAIL"] = config["SIGNON_ENV"] != "production" and not config.get("MAIL_SERVER")
    app.config.update(config)
