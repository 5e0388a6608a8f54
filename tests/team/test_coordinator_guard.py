"""The coordinators' pages are guarded once, for the whole blueprint: sign-in, membership of the
statement in the URL (404 otherwise) and, for the views marked owners-only, the owner's role
(403 for an editor). A page added later is guarded without a line of checking in its body."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from flask import Flask

from signon import create_app
from signon.coordinator.blueprint import current_statement, guard, owners_only
from tests import paths
from tests.conftest import Inbox, base_overrides, empty_tables
from tests.sessions import OTHER_SLUG, SLUG, log_in, make_team

COORDINATOR = paths.ROOT / "signon" / "coordinator"
CANARY = f"/coordinator/s/{SLUG}/canary"
OWNERS_CANARY = f"/coordinator/s/{SLUG}/owners-canary"


def canary(slug: str) -> str:
    """A new page, written as if its author forgot every check."""
    return f"canary for {current_statement().slug}"


@owners_only
def owners_canary(slug: str) -> str:
    return f"owners canary for {current_statement().slug}"


@pytest.fixture
def canary_app(migrated_database: str, smtp: Inbox, tmp_path: Path) -> Iterator[Flask]:
    """An app of its own, with two pages added to the blueprint's endpoints before its first
    request (the shared app has served requests and takes no new rule)."""
    app = create_app({**base_overrides(migrated_database, smtp.port), "SIGNON_EXPORT_CACHE": str(tmp_path / "x")})
    app.add_url_rule(
        "/coordinator/s/<slug>/canary", endpoint="coordinator.canary", view_func=canary, methods=["GET", "POST"]
    )
    app.add_url_rule(
        "/coordinator/s/<slug>/owners-canary",
        endpoint="coordinator.owners_canary",
        view_func=owners_canary,
        methods=["GET", "POST"],
    )
    make_team(app)
    yield app
    empty_tables(app)


@pytest.mark.parametrize("method", ["GET", "POST"])
@pytest.mark.parametrize("url", [CANARY, OWNERS_CANARY])
def test_a_new_page_without_any_check_sends_an_anonymous_visitor_to_sign_in(canary_app, method, url):
    response = canary_app.test_client().open(url, method=method)
    assert response.status_code == 302
    location = urlsplit(response.headers["Location"])
    assert location.path == "/login"
    assert parse_qs(location.query)["next"] == [url]
    assert b"canary for" not in response.data


@pytest.mark.parametrize("url", [CANARY, OWNERS_CANARY])
def test_a_new_page_without_any_check_answers_another_team_404(canary_app, url):
    client = canary_app.test_client()
    log_in(client, "otto@other.example.org")
    response = client.get(url)
    assert response.status_code == 404
    assert b"canary for" not in response.data
    # The same page of Otto's own statement answers him: the 404 is the guard's.
    assert client.get(url.replace(SLUG, OTHER_SLUG)).get_data(as_text=True).endswith(f"canary for {OTHER_SLUG}")


def test_a_new_page_without_any_check_answers_404_for_a_malformed_or_unknown_slug(canary_app):
    client = canary_app.test_client()
    log_in(client)
    assert client.get("/coordinator/s/No_Such--Slug/canary").status_code == 404
    assert client.get("/coordinator/s/no-such-letter/canary").status_code == 404


def test_a_new_page_gets_its_statement_from_the_guard(canary_app):
    client = canary_app.test_client()
    log_in(client, "eddie@lawg.example.org")
    response = client.get(CANARY)
    assert response.status_code == 200
    assert response.get_data(as_text=True) == f"canary for {SLUG}"


def test_a_new_owners_only_page_refuses_an_editor_with_403_and_answers_the_owner(canary_app):
    editor, owner = canary_app.test_client(), canary_app.test_client()
    log_in(editor, "eddie@lawg.example.org")
    log_in(owner)
    assert editor.get(OWNERS_CANARY).status_code == 403
    assert editor.post(OWNERS_CANARY).status_code == 403
    assert owner.get(OWNERS_CANARY).get_data(as_text=True) == f"owners canary for {SLUG}"


def test_every_rule_under_coordinator_belongs_to_the_guarded_blueprint(app):
    rules = [r for r in app.url_map.iter_rules() if r.rule.startswith("/coordinator")]
    assert len(rules) >= 40
    assert [r.rule for r in rules if not r.endpoint.startswith("coordinator.")] == []
    assert guard in app.before_request_funcs["coordinator"]


def test_an_anonymous_visitor_is_sent_to_sign_in_from_every_page_without_a_slug_too(app, client):
    """test_cross_team_access walks the statement pages; these are the others (dashboard, new)."""
    rules = [r for r in app.url_map.iter_rules() if r.endpoint.startswith("coordinator.") and "<" not in r.rule]
    assert {r.rule for r in rules} >= {"/coordinator/", "/coordinator/new", "/coordinator/new/preview"}
    for rule in rules:
        for method in sorted((rule.methods or set()) - {"HEAD", "OPTIONS"}):
            response = client.open(rule.rule, method=method)
            assert response.status_code == 302, f"{method} {rule.rule}"
            assert urlsplit(response.headers["Location"]).path == "/login"


def test_no_coordinator_view_checks_sign_in_or_membership_itself():
    """The guard is the one place: a view that checked again would hide a view that does not."""
    found = []
    for module in sorted(m for m in COORDINATOR.glob("*.py") if m.name != "blueprint.py"):
        for number, line in enumerate(module.read_text().splitlines(), start=1):
            if re.search(r"login_required|member_statement_or_404|owned_statement_or_403|statement_for\(", line):
                found.append(f"{module.name}:{number}: {line.strip()}")
    assert found == []
