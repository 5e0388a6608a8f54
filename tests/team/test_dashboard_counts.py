"""The dashboard's counts through HTTP: a pending signature is counted as awaiting approval once
its signatory has confirmed it (on a moderated statement), as awaiting confirmation before; each
count links to the signatures table showing those signatures; all statements are counted in one
query."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import event

from signon.extensions import db
from signon.models import Membership
from tests import factories
from tests.moderation_support import add
from tests.pages import table_of
from tests.sessions import SLUG, log_in, make_team, seeding

DASHBOARD = "/coordinator/"


@pytest.fixture
def team(app):
    return make_team(app, moderated=True)


def dashboard_rows(client) -> dict[str, dict[str, str]]:
    html = client.get(DASHBOARD).get_data(as_text=True)
    return {row["Statement"].split(" Public page")[0]: row for row in table_of(html)}


def queries_for_the_dashboard(app, client) -> list[str]:
    """The SQL the dashboard runs on the statements and their signatures."""
    seen: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany) -> None:
        seen.append(statement)

    with app.app_context():
        engine = db.engine
    event.listen(engine, "before_cursor_execute", record)
    try:
        assert client.get(DASHBOARD).status_code == 200
    finally:
        event.remove(engine, "before_cursor_execute", record)
    return [query for query in seen if "FROM statement" in query]


def names_in_table(html: str) -> set[str]:
    return {row["Organization"] for row in table_of(html) if "Organization" in row}


def test_the_dashboard_counts_awaiting_approval_apart_from_awaiting_confirmation(app, client, team):
    add(app, "Kino Border Initiative", "awaiting_approval")
    add(app, "Hope Border Institute", "awaiting_approval")
    add(app, "Florence Project", "awaiting_confirmation")
    add(app, "Hidden Org", "awaiting_approval", hidden=True)  # counted nowhere until restored
    add(app, "Latin America Working Group")
    log_in(client)

    (row,) = dashboard_rows(client).values()

    assert row["Awaiting approval"] == "2"
    assert row["Awaiting confirmation"] == "1"
    assert row["Verified"] == "1"
    assert row["Rejected"] == "0" and row["Withdrawn"] == "0"


def test_each_count_on_the_dashboard_opens_the_signatures_table_filtered_to_it(app, client, team):
    add(app, "Kino Border Initiative", "awaiting_approval")
    add(app, "Florence Project", "awaiting_confirmation")
    add(app, "Latin America Working Group")
    log_in(client)

    html = client.get(DASHBOARD).get_data(as_text=True)
    links = dict(re.findall(rf'<a href="(/coordinator/s/{SLUG}/signatures\?status=\w+)">([\d,]+)</a>', html))
    assert set(links) == {
        f"/coordinator/s/{SLUG}/signatures?status=awaiting_approval",
        f"/coordinator/s/{SLUG}/signatures?status=awaiting_confirmation",
        f"/coordinator/s/{SLUG}/signatures?status=verified",
    }  # a count of 0 is not a link to an empty table

    shown = {url.rsplit("=", 1)[1]: names_in_table(client.get(url).get_data(as_text=True)) for url in links}
    assert shown == {
        "awaiting_approval": {"Kino Border Initiative"},
        "awaiting_confirmation": {"Florence Project"},
        "verified": {"Latin America Working Group"},
    }


def test_the_dashboard_counts_every_statement_in_one_query(app, client, team):
    log_in(client)
    alone = queries_for_the_dashboard(app, client)
    with seeding(app):
        for n in range(3):
            statement = factories.open_statement(f"letter-{n}", title=f"Letter {n}", moderated=True)
            db.session.add(Membership(statement_id=statement.id, coordinator_id=team.maria, role="owner"))
            db.session.commit()
    for n in range(3):
        add(app, f"Waiting Org {n}", "awaiting_approval", slug=f"letter-{n}")
        add(app, f"Listed Org {n}", slug=f"letter-{n}")

    with_three_more = queries_for_the_dashboard(app, client)

    assert len(dashboard_rows(client)) == 4
    assert len(with_three_more) == len(alone)
    assert sum("signature" in query for query in with_three_more) == 1
