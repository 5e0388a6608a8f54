"""Signon: circulate a joint statement and collect verified endorsements from organizations."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from flask import Flask
from werkzeug.middleware.proxy_fix import ProxyFix

from signon.config import ConfigError, load_config
from signon.version import __version__

__all__ = ["__version__", "create_app"]

ROOT = Path(__file__).resolve().parent.parent


def create_app(overrides: Mapping[str, Any] | None = None) -> Flask:
    """The application factory: configuration, extensions, blueprints, commands, error pages."""
    app = Flask(
        __name__,
        template_folder=str(ROOT / "templates"),
        static_folder=str(ROOT / "static"),
        instance_path=str(ROOT / "instance"),
    )
    load_config(app, overrides)
    register_proxies(app)
    register_extensions(app)
    register_blueprints(app)
    register_cli(app)
    register_error_handlers(app)
    register_template_filters(app)
    register_response_headers(app)
    return app


def register_proxies(app: Flask) -> None:
    """Behind SIGNON_PROXY_HOPS trusted proxies, the client's address and scheme are the ones
    they forward; with none (the default), forwarded headers are ignored."""
    hops = int(app.config["SIGNON_PROXY_HOPS"])
    if hops < 0:
        raise ConfigError("SIGNON_PROXY_HOPS must be 0 or more")
    if hops:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops)  # type: ignore[method-assign]


def register_extensions(app: Flask) -> None:
    from signon.database import configure_engine
    from signon.extensions import csrf, db, limiter, login_manager, mail, migrate

    db.init_app(app)
    configure_engine(app)
    migrate.init_app(app, db, directory=str(ROOT / "migrations"))
    mail.init_app(app)
    csrf.init_app(app)
    login_manager.init_app(app)
    limiter.init_app(app)


def register_blueprints(app: Flask) -> None:
    from signon.auth.views import bp as auth
    from signon.coordinator.routes import bp as coordinator
    from signon.devmail.views import bp as devmail
    from signon.public.manage import bp as manage
    from signon.public.views import bp as public

    app.register_blueprint(public)
    app.register_blueprint(manage)
    app.register_blueprint(auth)
    app.register_blueprint(coordinator)
    if app.config["SIGNON_DEVMAIL"]:
        # Only in development without a mail server: never in production.
        app.register_blueprint(devmail)


def register_cli(app: Flask) -> None:
    from signon.cli import register

    register(app)


def register_error_handlers(app: Flask) -> None:
    from signon.errors import register

    register(app)


def register_template_filters(app: Flask) -> None:
    from signon.templating import register

    register(app)


def register_response_headers(app: Flask) -> None:
    from signon.headers import register

    register(app)
