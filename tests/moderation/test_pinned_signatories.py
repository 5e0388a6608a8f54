"""Lead organizations ("initiated by") pinned to the top: on the public page and in the final
letter they come first, under "Initiated by", and the count stays right. Hidden signatures are
in neither."""

from __future__ import annotations

import pytest

from signon.exports.letter import LetterOptions
from signon.exports.text import render_text
from signon.services.letters.letters import build_letter
from tests.moderation_support import add, public_groups
from tests.sessions import SLUG, log_in, seeding


@pytest.fixture
def team(team, app):
    add(app, "Latin America Working Group", category="national", pinned=True)
    add(app, "Amnesty International USA", category="national")
    add(app, "Centro de Atención al Migrante Exodus", category="international", pinned=True)
    add(app, "Kino Border Initiative", category="national")
    add(app, "Hope Border Institute", category="state-and-local")
    add(app, "Hidden Organization", category="national", hidden=True)
    add(app, "Hidden Lead", category="national", hidden=True, pinned=True)
    add(app, "Pending Lead", "awaiting_approval", category="national", pinned=True)
    return team


def test_the_public_page_lists_pinned_signatories_first_under_initiated_by(client, team):
    assert list(public_groups(client).items()) == [
        ("Initiated by", ["Centro de Atención al Migrante Exodus", "Latin America Working Group"]),
        ("National", ["Amnesty International USA", "Kino Border Initiative"]),
        ("State and Local", ["Hope Border Institute"]),
    ]


def test_the_count_counts_each_listed_signatory_once_and_no_hidden_one(client, team):
    page = client.get(f"/s/{SLUG}").get_data(as_text=True)
    assert "5 organizations have signed." in page
    assert "Hidden" not in page
    assert "Pending Lead" not in page


def test_the_letter_puts_initiated_by_first_and_keeps_the_count(app, team):
    with seeding(app):
        letter = build_letter(SLUG)
    assert [(g.label, [s.name for s in g.signatories]) for g in letter.groups] == [
        ("Initiated by", ["Centro de Atención al Migrante Exodus", "Latin America Working Group"]),
        ("National", ["Amnesty International USA", "Kino Border Initiative"]),
        ("State and Local", ["Hope Border Institute"]),
    ]
    assert letter.count == 5
    text = render_text(letter)
    assert text.index("\nInitiated by\n") < text.index("Latin America Working Group") < text.index("\nNational\n")
    assert "Hidden" not in text


def test_in_one_alphabetical_list_the_pinned_ones_come_first(app, team):
    with seeding(app):
        letter = build_letter(SLUG, LetterOptions(grouping="alphabetical"))
    ((label, names),) = [(g.label, [s.name for s in g.signatories]) for g in letter.groups]
    assert label == ""
    assert names == [
        "Centro de Atención al Migrante Exodus",
        "Latin America Working Group",
        "Amnesty International USA",
        "Hope Border Institute",
        "Kino Border Initiative",
    ]


def test_a_pinned_signature_among_the_statuses_asked_for_is_pinned_in_the_letter(app, team):
    with seeding(app):
        letter = build_letter(SLUG, LetterOptions(statuses=("verified", "pending")))
    assert letter.groups[0].label == "Initiated by"
    assert "Pending Lead" in [s.name for s in letter.groups[0].signatories]
    assert letter.count == 6


def test_hiding_a_signatory_changes_the_letter_stamp_so_no_stale_file_is_served(app, client, team):
    with seeding(app):
        before = build_letter(SLUG).stamp
    log_in(client)
    html = client.get(f"/coordinator/s/{SLUG}/signatures?q=kino").get_data(as_text=True)
    signature_id = html.split('name="ids" value="')[1].split('"')[0]
    client.post(f"/coordinator/s/{SLUG}/signatures/moderate", data={"ids": [signature_id], "action": "hide"})
    with seeding(app):
        after = build_letter(SLUG)
    assert after.stamp != before
    assert "Kino Border Initiative" not in [s.name for g in after.groups for s in g.signatories]


def test_pinning_changes_the_public_pages_etag(app, client, team):
    first = client.get(f"/s/{SLUG}").headers["ETag"]
    log_in(client)
    html = client.get(f"/coordinator/s/{SLUG}/signatures?q=amnesty").get_data(as_text=True)
    signature_id = html.split('name="ids" value="')[1].split('"')[0]
    client.post(f"/coordinator/s/{SLUG}/signatures/moderate", data={"ids": [signature_id], "action": "pin"})
    client.get(f"/coordinator/s/{SLUG}/signatures")  # reads the flash message
    assert client.get(f"/s/{SLUG}").headers["ETag"] != first
    assert public_groups(client)["Initiated by"][0] == "Amnesty International USA"
