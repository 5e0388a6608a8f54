"""GET /healthz: 200 while the database answers, 503 (with Retry-After) when it does not; both
name the release, so a rolling upgrade can be watched from the load balancer."""

from __future__ import annotations

import logging

import pytest

import signon
from signon import create_app
from tests.conftest import base_overrides


def test_healthz_answers_ok_when_the_database_answers(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.is_json
    assert response.get_json()["status"] == "ok"
    assert response.get_json()["version"] == signon.__version__
    assert "Retry-After" not in response.headers


@pytest.mark.parametrize(
    "database_url",
    [
        "postgresql+psycopg://postgres@127.0.0.1:1/none",
        "sqlite:///{tmp}/no-such-directory/signon.sqlite3",
    ],
    ids=["postgresql-not-listening", "sqlite-in-a-missing-directory"],
)
def test_healthz_answers_503_when_the_database_does_not_answer(tmp_path, smtp_server, database_url):
    app = create_app(base_overrides(database_url.format(tmp=tmp_path), smtp_server.inbox.port))

    response = app.test_client().get("/healthz")

    assert response.status_code == 503
    assert response.is_json
    assert response.get_json()["status"] != "ok"
    assert response.get_json()["version"] == signon.__version__
    # The same wait the 503 page asks for; a monitor that honours it stops hammering.
    assert response.headers["Retry-After"] == "60"
    assert response.headers["Cache-Control"] == "no-store"
    assert not (tmp_path / "no-such-directory").exists()


def test_healthz_logs_one_warning_line_and_no_traceback_when_the_database_does_not_answer(
    tmp_path, smtp_server, caplog
):
    app = create_app(base_overrides(f"sqlite:///{tmp_path}/missing/signon.sqlite3", smtp_server.inbox.port))
    caplog.set_level(logging.WARNING)

    assert app.test_client().get("/healthz").status_code == 503

    (record,) = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert record.getMessage().startswith("healthz: database not answering: unable to open database file")
    assert record.exc_info is None
    assert "Traceback" not in caplog.text


def test_healthz_recovers_once_the_database_answers_again(tmp_path, smtp_server):
    """The same process: a failed check must not leave a broken session or pool behind."""
    directory = tmp_path / "later"
    app = create_app(base_overrides(f"sqlite:///{directory / 'signon.sqlite3'}", smtp_server.inbox.port))
    client = app.test_client()
    assert client.get("/healthz").status_code == 503

    directory.mkdir()

    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.get_json()["status"] == "ok"
