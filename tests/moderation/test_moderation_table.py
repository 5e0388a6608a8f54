"""The signatures table: filter by status and category, search by name, sort, counts per
status, and pages for thousands of rows. Only the statement's coordinators see it."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from signon.extensions import db
from signon.models import Signature
from signon.names import organization_key
from tests import factories
from tests.moderation_support import TABLE, add, names, rows, statement
from tests.sessions import OTHER_SLUG, SLUG, log_in, seeding


@pytest.fixture
def mixed(app, team):
    """One signature in each state, in two categories."""
    return {
        "verified": add(app, "Latin America Working Group"),
        "approval": add(app, "Kino Border Initiative", "awaiting_approval"),
        "confirmation": add(app, "Hope Border Institute", "awaiting_confirmation", category="state-and-local"),
        "rejected": add(app, "Rejected Org", "rejected"),
        "withdrawn": add(app, "Withdrawn Org", "withdrawn"),
        "hidden": add(app, "Hidden Org", hidden=True),
        "pinned": add(app, "Amnesty International USA", pinned=True, category="international"),
    }


def counts(client, url: str = TABLE) -> dict[str, int]:
    html = client.get(url).get_data(as_text=True)
    nav = html[html.index('aria-label="Signatures by status"') :]
    nav = nav[: nav.index("</nav>")]
    found = re.findall(r'<a href="[^"]*"[^>]*>([^<]+?) <span class="count">([\d,]+)</span>', nav)
    return {label: int(n.replace(",", "")) for label, n in found}


def test_the_table_shows_every_signature_by_default_with_its_status(client, mixed):
    log_in(client)
    found = {row["Organization"]: row for row in rows(client)}
    assert set(found) == {
        "Latin America Working Group",
        "Kino Border Initiative",
        "Hope Border Institute",
        "Rejected Org",
        "Withdrawn Org",
        "Hidden Org",
        "Amnesty International USA",
    }
    assert found["Kino Border Initiative"]["Status"] == "Awaiting approval"
    assert found["Hope Border Institute"]["Status"] == "Awaiting confirmation"
    assert found["Hidden Org"]["Listing"] == "Hidden"
    assert found["Amnesty International USA"]["Listing"] == "Initiated by"


def test_counts_per_status_add_up_and_hidden_ones_count_once(client, mixed):
    log_in(client)
    assert counts(client) == {
        "All": 7,
        "Awaiting approval": 1,
        "Awaiting confirmation": 1,
        "Verified": 2,
        "Rejected": 1,
        "Withdrawn": 1,
        "Hidden": 1,
        "Initiated by (pinned)": 1,
    }


@pytest.mark.parametrize(
    "status, expected",
    [
        ("awaiting_approval", ["Kino Border Initiative"]),
        ("awaiting_confirmation", ["Hope Border Institute"]),
        ("verified", ["Amnesty International USA", "Latin America Working Group"]),
        ("rejected", ["Rejected Org"]),
        ("withdrawn", ["Withdrawn Org"]),
        ("hidden", ["Hidden Org"]),
        ("pinned", ["Amnesty International USA"]),
    ],
)
def test_filtering_by_status_shows_only_that_status(client, mixed, status, expected):
    log_in(client)
    assert names(client, f"{TABLE}?status={status}&sort=name") == expected


def test_filtering_by_category(client, mixed):
    log_in(client)
    assert names(client, f"{TABLE}?category=state-and-local") == ["Hope Border Institute"]
    assert names(client, f"{TABLE}?category=international") == ["Amnesty International USA"]


def test_search_ignores_case_accents_and_punctuation_and_finds_contacts_too(app, client, team):
    add(app, "Centro de Atención al Migrante Exodus", contact_name="Ana Martínez", email="ana@came.example.org")
    add(app, "A.C.L.U. of Texas")
    add(app, "Kino Border Initiative")
    log_in(client)
    assert names(client, f"{TABLE}?q=atencion") == ["Centro de Atención al Migrante Exodus"]
    assert names(client, f"{TABLE}?q=ACLU") == ["A.C.L.U. of Texas"]
    assert names(client, f"{TABLE}?q=came.example") == ["Centro de Atención al Migrante Exodus"]
    assert names(client, f"{TABLE}?q=martínez") == ["Centro de Atención al Migrante Exodus"]
    assert names(client, f"{TABLE}?q=%25") == []


def test_filters_combine(client, mixed):
    log_in(client)
    assert names(client, f"{TABLE}?status=verified&category=national&q=latin") == ["Latin America Working Group"]
    assert names(client, f"{TABLE}?status=verified&category=state-and-local") == []


def test_sorting_by_name_date_and_category(app, client, team):
    start = factories.now() - timedelta(days=3)
    add(app, "The Zeta Network", created_at=start, category="national")
    add(app, "Ámbito Migrante", created_at=start + timedelta(days=1), category="international")
    add(app, "beta coalition", created_at=start + timedelta(days=2), category="state-and-local")
    log_in(client)
    assert names(client, f"{TABLE}?sort=name") == ["Ámbito Migrante", "beta coalition", "The Zeta Network"]
    assert names(client, f"{TABLE}?sort=date") == ["beta coalition", "Ámbito Migrante", "The Zeta Network"]
    assert names(client) == ["beta coalition", "Ámbito Migrante", "The Zeta Network"]
    assert names(client, f"{TABLE}?sort=category") == ["The Zeta Network", "beta coalition", "Ámbito Migrante"]


def test_thousands_of_signatures_come_fifty_to_a_page(app, client, team):
    with seeding(app):
        s = statement()
        category_id = s.categories[0].id
        moment = factories.now()
        db.session.add_all(
            Signature(
                statement_id=s.id, category_id=category_id, organization_name=f"Organization {n:04d}",
                organization_key=organization_key(f"Organization {n:04d}"), contact_name="Someone",
                contact_email=f"o{n}@example.org", status="verified", created_at=moment, updated_at=moment,
            )
            for n in range(2_120)
        )  # fmt: skip
        db.session.commit()
    log_in(client)

    first = client.get(f"{TABLE}?sort=name").get_data(as_text=True)
    assert "2,120 signatures match; page 1 of 43." in first
    assert names(client, f"{TABLE}?sort=name")[:2] == ["Organization 0000", "Organization 0001"]
    assert len(names(client, f"{TABLE}?sort=name")) == 50
    assert 'rel="next"' in first and 'rel="prev"' not in first
    assert names(client, f"{TABLE}?sort=name&page=2")[0] == "Organization 0050"
    last = names(client, f"{TABLE}?sort=name&page=43")
    assert last == [f"Organization {n:04d}" for n in range(2_100, 2_120)]
    # A page past the end shows the last one.
    assert names(client, f"{TABLE}?sort=name&page=999") == last


def test_page_links_keep_the_filters(app, client, team):
    for n in range(60):
        add(app, f"Pending Org {n:02d}", "awaiting_approval")
    log_in(client)
    html = client.get(f"{TABLE}?status=awaiting_approval&sort=name").get_data(as_text=True)
    (next_link,) = re.findall(r'<a href="([^"]+)" rel="next"', html)
    next_link = next_link.replace("&amp;", "&")
    assert "status=awaiting_approval" in next_link and "sort=name" in next_link and "page=2" in next_link
    assert names(client, next_link) == [f"Pending Org {n:02d}" for n in range(50, 60)]


@pytest.mark.parametrize("query", ["status=everything", "sort=colour", "category=nowhere", "page=0", "page=abc"])
def test_an_invalid_filter_is_answered_422_with_the_error_summary(client, mixed, query):
    log_in(client)
    response = client.get(f"{TABLE}?{query}")
    assert response.status_code == 422
    assert 'id="error-summary"' in response.get_data(as_text=True)


def test_an_editor_sees_the_table_too(client, mixed):
    log_in(client, "eddie@lawg.example.org")
    assert len(rows(client)) == 7


@pytest.mark.parametrize("url", [TABLE, f"{TABLE}?status=verified"])
def test_another_teams_coordinator_gets_404(client, mixed, url):
    log_in(client, "otto@other.example.org")
    assert client.get(url).status_code == 404
    assert client.get(url.replace(SLUG, OTHER_SLUG)).status_code == 200


def test_anonymous_visitors_are_sent_to_sign_in(client, mixed):
    response = client.get(TABLE)
    assert response.status_code == 302
    assert "/login" in response.headers["Location"]


def test_a_statement_without_signatures_says_so_and_offers_to_add_or_import(client, team):
    log_in(client)
    html = client.get(TABLE).get_data(as_text=True)
    assert "No signature yet" in html
    assert f"/coordinator/s/{SLUG}/signatures/new" in html
    assert f"/coordinator/s/{SLUG}/import" in html
