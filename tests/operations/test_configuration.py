"""Configuration: production refuses to start half-configured, follows SIGNON_BASE_URL for
cookie security, HSTS and allowed hosts, and reads environment variables over instance config."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import signon
from signon import create_app
from signon.config import DEV_SECRET_KEY, ConfigError, sqlalchemy_url
from signon.passwords import hash_password
from tests import factories, paths
from tests.conftest import TEST_SECRET, base_overrides

ROOT = paths.ROOT
SETTINGS = (
    "SIGNON_ENV",
    "SECRET_KEY",
    "SIGNON_BASE_URL",
    "DATABASE_URL",
    "MAIL_SERVER",
    "MAIL_PORT",
    "MAIL_USE_TLS",
    "MAIL_USE_SSL",
    "MAIL_TIMEOUT",
    "MAIL_USERNAME",
    "MAIL_PASSWORD",
    "MAIL_DEFAULT_SENDER",
    "SIGNON_CONFIRMATION_LINK_DAYS",
    "TRUSTED_HOSTS",
    "REDIS_URL",
    "SIGNON_PROXY_HOPS",
    "SIGNON_MANAGE_LINK_DAYS",
    "SIGNON_LOGIN_RATE_LIMIT",
    "SIGNON_PASSWORD_RESET_RATE_LIMIT",
    "SIGNON_SIGN_RATE_LIMIT",
    "SIGNON_CONFIRM_RATE_LIMIT",
    "SIGNON_RESEND_RATE_LIMIT",
    "SIGNON_MANAGE_RATE_LIMIT",
    "SIGNON_RECIPIENT_EMAILS_PER_HOUR",
    "SIGNON_MIN_FILL_SECONDS",
)


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch):
    """No setting leaks in from the shell that runs the tests."""
    for name in SETTINGS:
        monkeypatch.delenv(name, raising=False)


def production(database_url: str, smtp_port: int, **settings: Any) -> dict[str, Any]:
    return {**base_overrides(database_url, smtp_port), "SIGNON_ENV": "production", **settings}


# --------------------------------------------------------------------------- refusing to start


def start_in_subprocess(command: list[str], tmp_path: Path, **settings: str) -> subprocess.CompletedProcess[str]:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "LANG": "C.UTF-8"}
    env["DATABASE_URL"] = f"sqlite:///{tmp_path / 'signon.sqlite3'}"
    env.update(settings)
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=60, check=False)


FLASK_ROUTES = [str(ROOT / ".venv" / "bin" / "flask"), "--app", "app", "routes"]
IMPORT_APP = [sys.executable, "-c", "import app"]


@pytest.mark.parametrize("command", [FLASK_ROUTES, IMPORT_APP], ids=["flask-routes", "import-app"])
def test_production_refuses_to_start_without_a_secret_key_in_one_line(tmp_path, command):
    started = start_in_subprocess(command, tmp_path, SIGNON_BASE_URL="https://signon.example.org")

    assert started.returncode != 0
    lines = [line for line in started.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, started.stderr
    assert "SECRET_KEY" in lines[0]
    assert "Traceback" not in started.stderr


@pytest.mark.parametrize("command", [FLASK_ROUTES, IMPORT_APP], ids=["flask-routes", "import-app"])
def test_production_refuses_to_start_without_a_base_url_in_one_line(tmp_path, command):
    started = start_in_subprocess(command, tmp_path, SECRET_KEY=TEST_SECRET)

    assert started.returncode != 0
    lines = [line for line in started.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, started.stderr
    assert "SIGNON_BASE_URL" in lines[0]
    assert "SECRET_KEY" not in lines[0]
    assert "Traceback" not in started.stderr


def test_production_starts_with_a_secret_key_and_a_base_url(tmp_path):
    started = start_in_subprocess(
        FLASK_ROUTES, tmp_path, SECRET_KEY=TEST_SECRET, SIGNON_BASE_URL="http://127.0.0.1:8000"
    )

    assert started.returncode == 0, started.stderr
    assert "/healthz" in started.stdout


def test_production_is_the_default_environment_and_needs_a_secret_key(tmp_path):
    overrides = production(f"sqlite:///{tmp_path / 'x.sqlite3'}", 25, SECRET_KEY=None)
    del overrides["SIGNON_ENV"]

    with pytest.raises(ConfigError, match="SECRET_KEY"):
        create_app(overrides)


def test_create_app_in_production_without_a_secret_key_raises_config_error(tmp_path):
    with pytest.raises(ConfigError, match="SECRET_KEY"):
        create_app(production(f"sqlite:///{tmp_path / 'x.sqlite3'}", 25, SECRET_KEY=None))


def test_create_app_in_production_without_a_base_url_raises_config_error(tmp_path):
    with pytest.raises(ConfigError, match="SIGNON_BASE_URL"):
        create_app(production(f"sqlite:///{tmp_path / 'x.sqlite3'}", 25, SIGNON_BASE_URL=None))


@pytest.mark.parametrize("secret", [DEV_SECRET_KEY, "short"], ids=["development-key", "too-short"])
def test_production_refuses_a_weak_secret_key(tmp_path, secret):
    with pytest.raises(ConfigError, match="SECRET_KEY"):
        create_app(production(f"sqlite:///{tmp_path / 'x.sqlite3'}", 25, SECRET_KEY=secret))


def test_config_errors_are_one_line(tmp_path):
    with pytest.raises(ConfigError) as caught:
        create_app(production(f"sqlite:///{tmp_path / 'x.sqlite3'}", 25, SECRET_KEY=None))

    assert "\n" not in str(caught.value)


# --------------------------------------------------------------------------- following SIGNON_BASE_URL


def test_production_over_plain_http_on_loopback_serves_requests_without_secure_cookies(
    db, migrated_database, smtp_server
):
    factories.open_statement()
    app = create_app(production(migrated_database, smtp_server.inbox.port, SIGNON_BASE_URL="http://127.0.0.1:8000/"))
    app.config["WTF_CSRF_ENABLED"] = True
    client = app.test_client()

    assert app.config["SESSION_COOKIE_SECURE"] is False
    assert app.config["SIGNON_BASE_URL"] == "http://127.0.0.1:8000"
    response = client.get("/s/national-guard-letter/sign", base_url="http://127.0.0.1:8000")
    assert response.status_code == 200
    assert "Strict-Transport-Security" not in response.headers
    cookie = response.headers["Set-Cookie"]
    assert cookie.startswith("session=")
    assert "Secure" not in cookie
    assert client.get("/healthz", base_url="http://localhost:8000").status_code == 200


def test_production_over_https_sends_secure_cookies_and_hsts(db, migrated_database, smtp_server):
    factories.open_statement()
    app = create_app(
        production(migrated_database, smtp_server.inbox.port, SIGNON_BASE_URL="https://signon.example.org")
    )
    app.config["WTF_CSRF_ENABLED"] = True
    client = app.test_client()

    assert app.config["SESSION_COOKIE_SECURE"] is True
    response = client.get("/s/national-guard-letter/sign", base_url="https://signon.example.org")
    assert response.status_code == 200
    assert response.headers["Strict-Transport-Security"].startswith("max-age=")
    assert "Secure" in response.headers["Set-Cookie"]


@pytest.mark.parametrize(
    ("base_url", "host", "status"),
    [
        ("https://signon.example.org", "signon.example.org", 200),
        ("https://signon.example.org", "evil.example.com", 400),
        ("https://signon.example.org", "127.0.0.1:8000", 400),
        ("http://127.0.0.1:8000", "127.0.0.1:8000", 200),
        ("http://127.0.0.1:8000", "evil.example.com", 400),
    ],
)
def test_production_answers_only_to_the_host_of_its_base_url(migrated_database, smtp_server, base_url, host, status):
    app = create_app(production(migrated_database, smtp_server.inbox.port, SIGNON_BASE_URL=base_url))

    response = app.test_client().get("/healthz", headers={"Host": host})

    assert response.status_code == status


# --------------------------------------------------------------------------- sources of settings


def test_environment_variables_are_read_and_converted(monkeypatch, tmp_path):
    monkeypatch.setenv("MAIL_SERVER", "127.0.0.1")
    monkeypatch.setenv("MAIL_PORT", "2525")
    monkeypatch.setenv("MAIL_TIMEOUT", "7")
    monkeypatch.setenv("MAIL_USE_TLS", "true")
    monkeypatch.setenv("MAIL_USE_SSL", "0")
    monkeypatch.setenv("MAIL_DEFAULT_SENDER", "Coalition <coalition@example.org>")
    monkeypatch.setenv("SIGNON_CONFIRMATION_LINK_DAYS", "3")
    monkeypatch.setenv("SIGNON_BASE_URL", "https://signon.example.org")
    monkeypatch.setenv("SECRET_KEY", TEST_SECRET)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'x.sqlite3'}")

    app = create_app()

    assert app.config["SIGNON_ENV"] == "production"
    assert app.config["MAIL_SERVER"] == "127.0.0.1"
    assert app.config["MAIL_PORT"] == 2525
    assert app.config["MAIL_TIMEOUT"] == 7
    assert app.config["MAIL_USE_TLS"] is True
    assert app.config["MAIL_USE_SSL"] is False
    assert app.config["SIGNON_CONFIRMATION_LINK_DAYS"] == 3
    assert app.config["SIGNON_BASE_URL"] == "https://signon.example.org"
    assert app.config["SECRET_KEY"] == TEST_SECRET
    mail = app.extensions["mail"]
    assert (mail.server, mail.port, mail.use_tls) == ("127.0.0.1", 2525, True)
    assert mail.default_sender == "Coalition <coalition@example.org>"


def test_a_port_that_is_not_a_number_is_refused_naming_the_variable(monkeypatch, tmp_path):
    monkeypatch.setenv("MAIL_PORT", "twenty-five")

    with pytest.raises(ConfigError, match="MAIL_PORT"):
        create_app({"SIGNON_ENV": "testing", "DATABASE_URL": f"sqlite:///{tmp_path / 'x.sqlite3'}"})


def test_environment_variables_override_the_instance_config_file(monkeypatch, tmp_path):
    instance = tmp_path / "instance"
    instance.mkdir()
    (instance / "config.py").write_text(
        "MAIL_SERVER = 'mail.instance.example.org'\n"
        "MAIL_PORT = 1025\n"
        "MAIL_DEFAULT_SENDER = 'Instance <instance@example.org>'\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(signon, "ROOT", tmp_path)
    monkeypatch.setenv("MAIL_SERVER", "127.0.0.1")
    monkeypatch.setenv("MAIL_PORT", "2525")

    app = create_app({"SIGNON_ENV": "testing", "DATABASE_URL": f"sqlite:///{tmp_path / 'x.sqlite3'}"})

    assert app.config["MAIL_SERVER"] == "127.0.0.1"
    assert app.config["MAIL_PORT"] == 2525
    # What the environment does not set still comes from the instance file.
    assert app.config["MAIL_DEFAULT_SENDER"] == "Instance <instance@example.org>"


@pytest.mark.parametrize(
    "url", ["postgres://postgres@127.0.0.1:5432/signon", "postgresql://postgres@127.0.0.1:5432/signon"]
)
def test_a_postgres_database_url_is_normalised_to_the_psycopg_driver(monkeypatch, url):
    assert sqlalchemy_url(url) == "postgresql+psycopg://postgres@127.0.0.1:5432/signon"
    monkeypatch.setenv("DATABASE_URL", url)

    app = create_app({"SIGNON_ENV": "testing"})

    assert app.config["SQLALCHEMY_DATABASE_URI"] == "postgresql+psycopg://postgres@127.0.0.1:5432/signon"
    with app.app_context():
        engine = app.extensions["sqlalchemy"].engine
        assert (engine.dialect.name, engine.dialect.driver) == ("postgresql", "psycopg")


def test_a_sqlite_database_url_is_kept_as_it_is(tmp_path):
    url = f"sqlite:///{tmp_path / 'x.sqlite3'}"
    assert sqlalchemy_url(url) == url


def test_production_hashes_passwords_with_scrypt_and_only_tests_use_a_cheap_hash(tmp_path):
    app = create_app(production(f"sqlite:///{tmp_path / 'x.sqlite3'}", 25))
    with app.app_context():
        assert app.config["PASSWORD_HASH_METHOD"] == "scrypt"
        assert hash_password("a long enough password").startswith("scrypt:")
    testing = create_app(base_overrides(f"sqlite:///{tmp_path / 'y.sqlite3'}", 25))
    assert testing.config["PASSWORD_HASH_METHOD"].startswith("pbkdf2:")
