"""GET /healthz: 200 while the database answers, 503 when it does not."""

from __future__ import annotations

import pytest

from signon import create_app
from tests.conftest import base_overrides


def test_healthz_answers_ok_when_the_database_answers(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.is_json
    assert response.get_json()["status"] == "ok"


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
    assert not (tmp_path / "no-such-directory").exists()


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
