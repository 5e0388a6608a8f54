"""No coordinator sees or changes another team's statements, whatever URL they try.

Every rule of the app under /coordinator/s/<slug> is tried with every method it accepts, the other
URL arguments filled with ids of the victim team's rows (its signatures, categories, addressees,
invitations, members: found by the argument's name, ``<table>_id``). A route added later is
covered without touching this file:

- a coordinator of another statement gets 404 for the victim's slug, and the page says nothing
  of the victim statement;
- the same coordinator on their own slug, with the victim's ids, gets 404 for every page (no
  guessing ids), and no bare POST changes anything;
- an anonymous visitor is sent to sign in;
- and, after all of it, not one of the victim's rows has changed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import pytest
from flask import Flask
from sqlalchemy import Table

from signon.extensions import db
from signon.models import Membership, Statement
from tests import factories
from tests.accounts import TITLE, invite
from tests.sessions import OTHER_SLUG, SLUG, log_in, make_team, seeding

PREFIX = "/coordinator/s/<slug>"
METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")
ARGUMENT = re.compile(r"<(?:[^:<>]+:)?([A-Za-z_][A-Za-z0-9_]*)>")
# Arguments that name no table: a value of the right shape that belongs to no one.
NOT_A_TABLE = {"upload_id": "0123456789abcdef0123456789abcdef"}


@dataclass(frozen=True)
class Attempt:
    method: str
    url: str
    rule: str

    def __str__(self) -> str:
        return f"{self.method} {self.url}  ({self.rule})"


@pytest.fixture
def victim(app) -> Any:
    """María's team runs SLUG, with signatures in every state, a pending invitation and an editor;
    Otto runs OTHER_SLUG, which has its own signatures."""
    team = make_team(app)
    with seeding(app):
        ours = db.session.get(Statement, team.statement_id)
        theirs = db.session.get(Statement, team.other_statement_id)
        factories.verified_signature(ours, "Latin America Working Group")
        factories.pending_signature(ours, "Kino Border Initiative")
        factories.signature(ours, "Rejected Org", status="rejected")
        factories.verified_signature(theirs, "Otto's Own Signatory")
    invite(app, "ines@partner.example.org")
    return team


def statement_rules(app: Flask) -> list[Any]:
    rules = [r for r in app.url_map.iter_rules() if r.rule.startswith(PREFIX)]
    return sorted(rules, key=lambda r: r.rule)


def table_for(argument: str) -> Table | None:
    if not argument.endswith("_id"):
        return None
    return db.metadata.tables.get(argument.removesuffix("_id"))


def victim_value(argument: str, team: Any) -> str:
    """An id of the victim team's row for ``<table>_id`` arguments; a plausible value otherwise."""
    if argument in NOT_A_TABLE:
        return NOT_A_TABLE[argument]
    if argument == "coordinator_id":
        return str(team.eddie)  # on the victim's team, and not its last owner
    table = table_for(argument)
    if table is None:
        return "1"
    if "statement_id" in table.c:
        found = db.session.execute(
            db.select(table.c.id).where(table.c.statement_id == team.statement_id).order_by(table.c.id)
        ).scalar()
    else:
        found = db.session.execute(db.select(table.c.id).order_by(table.c.id)).scalar()
    assert found is not None, f"the victim team has no {table.name} row for <{argument}>: seed one"
    return str(found)


def attempts(app: Flask, team: Any, slug: str, *, only_with_ids: bool = False) -> list[Attempt]:
    found: list[Attempt] = []
    with seeding(app):
        for rule in statement_rules(app):
            arguments = [a for a in ARGUMENT.findall(rule.rule) if a != "slug"]
            if only_with_ids and not arguments:
                continue
            values = {"slug": slug} | {a: victim_value(a, team) for a in arguments}
            url = ARGUMENT.sub(lambda m, values=values: values[m.group(1)], rule.rule)
            found.extend(Attempt(m, url, rule.rule) for m in METHODS if m in (rule.methods or ()))
    return found


def snapshot(app: Flask, statement_id: int) -> dict[str, list[tuple[Any, ...]]]:
    """Every row that belongs to the statement, in every table that has a statement_id, and the
    statement itself."""
    with seeding(app):
        rows: dict[str, list[tuple[Any, ...]]] = {}
        for table in db.metadata.sorted_tables:
            if "statement_id" in table.c:
                query = db.select(table).where(table.c.statement_id == statement_id)
            elif table.name == "statement":
                query = db.select(table).where(table.c.id == statement_id)
            else:
                continue
            rows[table.name] = sorted(tuple(map(repr, r)) for r in db.session.execute(query).all())
        return rows


@pytest.fixture
def otto(client, victim) -> Iterator[Any]:
    log_in(client, "otto@other.example.org")
    yield client


def test_every_statement_page_covers_the_team_pages(app):
    rules = {r.rule for r in statement_rules(app)}
    assert f"{PREFIX}/team" in rules
    assert f"{PREFIX}/signatures" in rules
    assert f"{PREFIX}/export" in rules
    assert len(rules) >= 10


def test_a_coordinator_of_another_statement_gets_404_on_every_url_of_this_one(app, otto, victim):
    before = snapshot(app, victim.statement_id)
    tried = attempts(app, victim, SLUG)
    failures = []
    for attempt in tried:
        response = otto.open(attempt.url, method=attempt.method)
        body = response.get_data(as_text=True)
        if response.status_code != 404:
            failures.append(f"{attempt} -> {response.status_code}")
        elif TITLE in body or "Latin America Working Group" in body or "maria@" in body:
            failures.append(f"{attempt} -> 404 that shows the victim statement")
    assert not failures, "\n".join(failures)
    assert len(tried) >= 10
    assert snapshot(app, victim.statement_id) == before


def test_another_teams_ids_under_ones_own_statement_are_refused(app, otto, victim):
    """Another team's id in the address is a 404 whatever the method, and is checked before any
    form is read: the other team's rows stay as they were."""
    before = snapshot(app, victim.statement_id)
    tried = attempts(app, victim, OTHER_SLUG, only_with_ids=True)
    failures = []
    for attempt in tried:
        response = otto.open(attempt.url, method=attempt.method)
        if response.status_code != 404:
            failures.append(f"{attempt} -> {response.status_code}")
    assert not failures, "\n".join(failures)
    assert any("/team/members/" in a.url for a in tried)
    assert snapshot(app, victim.statement_id) == before


def test_an_anonymous_visitor_is_sent_to_sign_in_from_every_url(app, client, victim):
    before = snapshot(app, victim.statement_id)
    failures = []
    for slug in (SLUG, "no-such-letter"):
        for attempt in attempts(app, victim, slug):
            response = client.open(attempt.url, method=attempt.method)
            location = response.headers.get("Location", "")
            # Flask-Login's redirect (the app keeps its default): 302, for a POST as for a GET.
            if response.status_code != 302 or urlsplit(location).path != "/login":
                failures.append(f"{attempt} -> {response.status_code} {location}")
            elif b"Latin America" in response.data or b"maria@" in response.data:
                failures.append(f"{attempt} -> redirect that shows the statement")
    assert not failures, "\n".join(failures)
    assert snapshot(app, victim.statement_id) == before


def test_a_coordinator_removed_from_the_team_gets_404_everywhere(app, client, victim):
    with seeding(app):
        db.session.execute(db.delete(Membership).where(Membership.coordinator_id == victim.eddie))
        db.session.commit()
    log_in(client, "eddie@lawg.example.org")
    failures = []
    for attempt in attempts(app, victim, SLUG):
        if attempt.method != "GET":
            continue
        status = client.open(attempt.url, method="GET").status_code
        if status != 404:
            failures.append(f"{attempt} -> {status}")
    assert not failures, "\n".join(failures)


def test_the_victims_own_coordinator_reaches_the_pages(app, client, victim):
    """The other side of the coin: the same URLs answer the statement's owner (not 404), so the
    404s above come from the membership check and not from URLs that lead nowhere."""
    log_in(client)
    for url in (f"/coordinator/s/{SLUG}/team", f"/coordinator/s/{SLUG}/signatures", f"/coordinator/s/{SLUG}/export"):
        assert client.get(url).status_code == 200, url
    member_page = [a for a in attempts(app, victim, SLUG) if a.rule.endswith("/members/<coordinator_id>/remove")]
    assert member_page and all(client.get(a.url).status_code == 200 for a in member_page if a.method == "GET")
