"""The categories of signatories through HTTP: rename, reorder, add, remove; a category that holds
signatures is never removed, and the coordinator is told why."""

from __future__ import annotations

import re

import pytest

from signon.extensions import db
from signon.models import Category, Signature, Statement
from tests import factories
from tests.drafting_support import actions, count, error_summary, events, flashes, statement
from tests.sessions import OTTO, SLUG, log_in, make_team

PAGE = f"/coordinator/s/{SLUG}/categories"


@pytest.fixture
def team(db):
    return make_team(draft=True)


def category_ids() -> dict[str, int]:
    return {c.label: c.id for c in statement(SLUG).categories}


def sign_form_categories(client) -> list[str]:
    html = client.get(f"/s/{SLUG}/sign").get_data(as_text=True)
    select = re.search(r'<select[^>]*name="category".*?</select>', html, re.S).group(0)
    return [label for value, label in re.findall(r'<option[^>]*value="([^"]*)"[^>]*>(.*?)</option>', select) if value]


def public_headings(client) -> list[str]:
    html = client.get(f"/s/{SLUG}").get_data(as_text=True)
    return re.findall(r"<h3>(.*?)</h3>", html[html.index('id="signatories"') :])


def test_the_page_lists_the_categories_in_order_with_their_signatures(client, team):
    factories.verified_signature(statement(SLUG), "Latin America Working Group")
    log_in(client)

    html = client.get(PAGE).get_data(as_text=True)

    labels = re.findall(r'name="category-\d+-label"[^>]*value="([^"]*)"', html)
    assert labels == ["National", "State and Local", "International"]
    assert "1 signature." in html
    assert html.count("No signature yet.") == 2
    # Every field has its own label, and its own id.
    assert 'for="category-' in html
    ids = re.findall(r'\sid="([^"]+)"', html)
    assert len(ids) == len(set(ids))


def test_a_category_is_renamed_and_keeps_its_signatures(client, team):
    factories.verified_signature(statement(SLUG), "Latin America Working Group")
    national = category_ids()["National"]
    before = statement(SLUG).revision
    log_in(client)

    response = client.post(f"{PAGE}/{national}/rename", data={f"category-{national}-label": "United States"})

    assert response.status_code == 303
    assert public_headings(client) == ["United States"]
    assert sign_form_categories(client) == ["United States", "State and Local", "International"]
    renamed = db.session.get(Category, national)
    assert (renamed.key, renamed.label) == ("national", "United States")
    assert statement(SLUG).revision == before + 1
    (event,) = events("category.renamed")
    assert event.details == {"category_id": national, "before": "National", "label": "United States"}


def test_categories_are_reordered_on_the_sign_form_and_the_public_page(client, team):
    s = statement(SLUG)
    factories.verified_signature(s, "Latin America Working Group")
    factories.verified_signature(s, "Ámbito Migrante", category="international")
    ids = category_ids()
    log_in(client)

    client.post(f"{PAGE}/{ids['International']}/move", data={"direction": "up"})
    client.post(f"{PAGE}/{ids['International']}/move", data={"direction": "up"})

    assert sign_form_categories(client) == ["International", "National", "State and Local"]
    assert public_headings(client) == ["International", "National"]
    assert actions(team.statement_id) == ["category.moved", "category.moved"]


def test_a_category_is_added_last(client, team):
    log_in(client)

    response = client.post(PAGE, data={"new-label": "  Faith   groups "})

    assert response.status_code == 303
    assert sign_form_categories(client) == ["National", "State and Local", "International", "Faith groups"]
    assert statement(SLUG).categories[-1].key == "faith-groups"
    assert "Added the category “Faith groups”." in flashes(client.get(PAGE).get_data(as_text=True))


def test_a_category_with_the_same_name_as_another_is_refused(client, team):
    log_in(client)

    response = client.post(PAGE, data={"new-label": "national"})

    assert response.status_code == 422
    assert "There is already a category called “National”" in error_summary(response.get_data(as_text=True))
    assert count(Category, Category.statement_id == team.statement_id) == 3


def test_a_rename_to_another_categorys_name_is_refused_beside_that_field(client, team):
    national = category_ids()["National"]
    log_in(client)

    response = client.post(f"{PAGE}/{national}/rename", data={f"category-{national}-label": "International"})

    assert response.status_code == 422
    html = response.get_data(as_text=True)
    assert f'href="#category-{national}-label"' in error_summary(html)
    assert f'id="category-{national}-label-error"' in html
    assert sign_form_categories(client) == ["National", "State and Local", "International"]


@pytest.mark.parametrize("label", ["", "   ", "!!!", "x" * 101])
def test_a_category_needs_a_name_with_letters_or_digits(client, team, label):
    log_in(client)

    response = client.post(PAGE, data={"new-label": label})

    assert response.status_code == 422
    assert 'href="#new-label"' in error_summary(response.get_data(as_text=True))
    assert count(Category, Category.statement_id == team.statement_id) == 3


def test_an_empty_category_is_removed(client, team):
    ids = category_ids()
    log_in(client)

    response = client.post(f"{PAGE}/{ids['State and Local']}/remove")

    assert response.status_code == 303
    assert sign_form_categories(client) == ["National", "International"]
    assert [c.position for c in statement(SLUG).categories] == [0, 1]
    assert "Removed the category “State and Local”." in flashes(client.get(PAGE).get_data(as_text=True))
    assert actions(team.statement_id) == ["category.removed"]


def test_a_category_with_signatures_is_not_removed_and_the_coordinator_is_told_why(client, team):
    s = statement(SLUG)
    factories.verified_signature(s, "Latin America Working Group")
    factories.pending_signature(s, "Kino Border Initiative")
    national = category_ids()["National"]
    before = statement(SLUG).revision
    log_in(client)

    response = client.post(f"{PAGE}/{national}/remove")

    assert response.status_code == 303
    html = client.get(PAGE).get_data(as_text=True)
    assert re.search(r'<div class="notice notice-error" role="alert">“National” cannot be removed: 2 signatures', html)
    assert "Rename it instead." in html
    assert sign_form_categories(client) == ["National", "State and Local", "International"]
    assert count(Signature) == 2
    assert statement(SLUG).revision == before
    assert actions(team.statement_id) == []


def test_the_last_category_is_not_removed(client, db, team):
    ours = db.session.get(Statement, team.statement_id)
    ids = category_ids()
    log_in(client)
    client.post(f"{PAGE}/{ids['National']}/remove")
    client.post(f"{PAGE}/{ids['State and Local']}/remove")

    html = client.get(PAGE).get_data(as_text=True)
    assert f"/categories/{ids['International']}/remove" not in html
    client.post(f"{PAGE}/{ids['International']}/remove")

    assert [c.label for c in statement(ours.slug).categories] == ["International"]
    assert "A statement needs at least one category" in client.get(PAGE).get_data(as_text=True)


def test_a_stranger_cannot_change_the_categories(client, team):
    national = category_ids()["National"]
    log_in(client, OTTO)

    assert client.post(f"{PAGE}/{national}/remove").status_code == 404
    assert client.post(f"{PAGE}/{national}/rename", data={f"category-{national}-label": "X"}).status_code == 404
    assert client.post(PAGE, data={"new-label": "X"}).status_code == 404
    assert count(Category, Category.statement_id == team.statement_id) == 3


def test_another_statements_category_is_404(client, db, team):
    theirs = db.session.get(Statement, team.other_statement_id)
    their_category = theirs.categories[0].id
    log_in(client)

    assert client.post(f"{PAGE}/{their_category}/remove").status_code == 404
    assert client.post(f"{PAGE}/{their_category}/move", data={"direction": "down"}).status_code == 404
