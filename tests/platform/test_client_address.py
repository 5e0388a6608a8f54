"""The client's address (kept with a signature, and the key of every rate limit) is the
connection's own unless SIGNON_PROXY_HOPS trusted proxies stand in front: then it is the one
the nearest trusted proxy saw, never a value the client wrote into X-Forwarded-For."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask

from signon import create_app
from signon.config import ConfigError
from signon.extensions import db as _db
from signon.models import Signature
from tests import factories
from tests.conftest import Inbox, base_overrides, empty_tables

SIGN = "/s/national-guard-letter/sign"


def app_with(migrated_database: str, smtp: Inbox, tmp_path: Path, **overrides: Any) -> Flask:
    return create_app(
        {**base_overrides(migrated_database, smtp.port), "SIGNON_EXPORT_CACHE": str(tmp_path / "x"), **overrides}
    )


@pytest.fixture
def behind_one_proxy(migrated_database: str, smtp: Inbox, tmp_path: Path) -> Iterator[Flask]:
    app = app_with(migrated_database, smtp, tmp_path, SIGNON_PROXY_HOPS=1)
    yield app
    empty_tables(app)


def signed_from(app: Flask, headers: dict[str, str]) -> str:
    with app.app_context():
        factories.open_statement()
    response = app.test_client().post(
        SIGN, data=factories.sign_form(), headers=headers, environ_base={"REMOTE_ADDR": "10.0.0.5"}
    )
    assert response.status_code == 303
    with app.app_context():
        address = _db.session.execute(_db.select(Signature.source_ip)).scalar_one()
        _db.session.remove()
    return address


def test_without_proxies_a_forwarded_header_is_ignored(app):
    assert signed_from(app, {"X-Forwarded-For": "203.0.113.9"}) == "10.0.0.5"


def test_behind_one_proxy_the_address_it_saw_is_the_clients(behind_one_proxy):
    assert signed_from(behind_one_proxy, {"X-Forwarded-For": "203.0.113.9"}) == "203.0.113.9"


def test_behind_one_proxy_an_address_the_client_wrote_itself_is_not_believed(behind_one_proxy):
    # The client sent "X-Forwarded-For: 198.51.100.1"; the proxy appended the address it saw.
    assert signed_from(behind_one_proxy, {"X-Forwarded-For": "198.51.100.1, 203.0.113.9"}) == "203.0.113.9"


def test_a_negative_number_of_proxies_is_refused(migrated_database, smtp, tmp_path):
    with pytest.raises(ConfigError, match="SIGNON_PROXY_HOPS"):
        app_with(migrated_database, smtp, tmp_path, SIGNON_PROXY_HOPS=-1)
