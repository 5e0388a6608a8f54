"""Possible duplicates: names alike once common words are left out (equal, or a letter or two
apart), the same email domain (free mail aside), the same website; and the one-click merge."""

from __future__ import annotations

import time

import pytest

from signon.extensions import db as _db
from signon.models import Signature
from signon.names import organization_key
from signon.services.moderation import duplicates
from signon.services.moderation.duplicates import allowed_distance, core_name, edit_distance, email_domain, website_host
from tests import factories
from tests.moderation_support import TABLE, add, events, get, public_groups, statement
from tests.sessions import SLUG, log_in, seeding

PAGE = f"/coordinator/s/{SLUG}/duplicates"
MERGE = f"{PAGE}/merge"


def pairs(app) -> list[tuple[str, str, tuple[str, ...]]]:
    with seeding(app):
        found = duplicates.possible_duplicates(statement().id)
        return [(p.first.name, p.second.name, p.reasons) for p in found]


# --------------------------------------------------------------------------- the pure parts


@pytest.mark.parametrize(
    "a, b",
    [
        ("ACLU of Texas", "ACLU Texas"),
        ("The Center for Justice, Inc.", "Center for Justice"),
        ("Centro de Derechos Humanos A.C.", "Centro Derechos Humanos"),
    ],
)
def test_common_words_do_not_tell_organizations_apart(a, b):
    assert core_name(a) == core_name(b)


@pytest.mark.parametrize(
    "a, b, limit, expected",
    [
        ("kitten", "sitting", 3, 3),
        ("texas civil rights project", "texas civil rigths project", 2, 2),
        ("abc", "abc", 2, 0),
        ("short", "a much longer name", 2, 3),
        ("", "ab", 2, 2),
    ],
)
def test_edit_distance_stops_counting_past_its_limit(a, b, limit, expected):
    assert edit_distance(a, b, limit) == expected


def test_short_names_must_match_exactly_and_long_ones_may_differ_by_two():
    assert allowed_distance("aclu", "aclj") == 0
    assert allowed_distance("hope border", "hope bordr") == 2
    assert allowed_distance("amnesty", "amnesti") == 1


def test_free_mail_domains_and_www_do_not_count():
    assert email_domain("someone@gmail.com") == ""
    assert email_domain("Ana@ACLUTX.example.org") == "aclutx.example.org"
    assert website_host("https://www.aclutx.example.org/about") == "aclutx.example.org"
    assert website_host("aclutx.example.org") == "aclutx.example.org"
    assert website_host("") == ""


# --------------------------------------------------------------------------- finding pairs


def test_names_alike_once_common_words_are_removed_are_flagged(app, team):
    add(app, "ACLU of Texas")
    add(app, "ACLU Texas")
    add(app, "Kino Border Initiative")
    assert pairs(app) == [("ACLU of Texas", "ACLU Texas", ("similar names",))]


def test_a_typo_is_flagged_and_a_different_short_name_or_number_is_not(app, team):
    add(app, "SEIU Local 1199")
    add(app, "SEIU Local 1190")
    add(app, "Texas Civil Rights Project")
    add(app, "Texas Civil Rigths Project")
    add(app, "ACLU")
    add(app, "ACLJ")
    assert pairs(app) == [("Texas Civil Rights Project", "Texas Civil Rigths Project", ("similar names",))]


def test_two_contacts_from_one_domain_are_flagged_but_not_from_gmail(app, team):
    add(app, "Border Network for Human Rights", email="fernando@bnhr.example.org")
    add(app, "BNHR", email="info@bnhr.example.org")
    add(app, "Hope Border Institute", email="hope@gmail.com")
    add(app, "Kino Border Initiative", email="kino@gmail.com")
    assert pairs(app) == [("Border Network for Human Rights", "BNHR", ("same email domain (bnhr.example.org)",))]


def test_the_same_website_is_flagged(app, team):
    add(app, "Witness at the Border", website="https://www.witness.example.org", email="a@gmail.com")
    add(app, "Witness Border Coalition", website="witness.example.org/join", email="b@yahoo.com")
    assert pairs(app) == [
        ("Witness at the Border", "Witness Border Coalition", ("same website (witness.example.org)",))
    ]


def test_every_reason_is_given(app, team):
    add(app, "ACLU of Texas", email="a@aclutx.example.org", website="aclutx.example.org")
    add(app, "ACLU Texas", email="b@aclutx.example.org", website="https://aclutx.example.org")
    ((_, _, reasons),) = pairs(app)
    assert set(reasons) == {
        "similar names",
        "same email domain (aclutx.example.org)",
        "same website (aclutx.example.org)",
    }


def test_rejected_and_withdrawn_signatures_are_not_compared(app, team):
    add(app, "ACLU of Texas")
    add(app, "ACLU Texas", "rejected")
    add(app, "A.C.L.U. Texas Chapter", "withdrawn")
    assert pairs(app) == []


def test_a_domain_shared_by_many_signatures_is_not_flagged_pair_by_pair(app, team):
    for n in range(12):
        add(app, f"Chapter {n} of the Federation", email=f"chapter{n}@federation.example.org")
    assert not any("email domain" in reason for _, _, reasons in pairs(app) for reason in reasons)


def test_five_thousand_signatures_are_compared_in_seconds_and_a_typo_is_found(app, team):
    with seeding(app):
        s = statement()
        moment = factories.now()
        names = [f"{word} {kind} {n}" for n in range(1_000) for word, kind in
                 [("Alliance", "for Justice"), ("Center", "of Rights"), ("Network", "Migrant"),
                  ("Coalition", "Refugees"), ("Fund", "Labor")]]  # fmt: skip
        names.append("Alliance for Justise 2")  # a typo of "Alliance for Justice 2"
        _db.session.add_all(
            Signature(
                statement_id=s.id, category_id=s.categories[0].id, organization_name=name,
                organization_key=organization_key(name), contact_name="X", contact_email=f"x{i}@gmail.com",
                status="verified", created_at=moment, updated_at=moment,
            )
            for i, name in enumerate(names)
        )  # fmt: skip
        _db.session.commit()
        started = time.monotonic()
        found = duplicates.possible_duplicates(s.id)
        elapsed = time.monotonic() - started
    assert elapsed < 10, elapsed
    # Names that differ only by their numbers are different organizations.
    assert [sorted((p.first.name, p.second.name)) for p in found] == [
        ["Alliance for Justice 2", "Alliance for Justise 2"]
    ]


# --------------------------------------------------------------------------- the page and the merge


def test_the_page_lists_each_pair_with_a_merge_button_for_either_side(app, client, team):
    first = add(app, "ACLU of Texas")
    second = add(app, "ACLU Texas", "awaiting_approval")
    log_in(client)
    html = client.get(PAGE).get_data(as_text=True)
    assert "1 pair to check." in html
    assert "similar names" in html
    assert f'name="keep" value="{first}"' in html and f'name="keep" value="{second}"' in html
    assert html.count('name="csrf_token"') >= 3  # the two merge buttons and sign-out


def test_merging_keeps_one_and_rejects_the_other_as_merged_into_it(app, client, db, team):
    kept = add(app, "ACLU of Texas")
    merged = add(app, "ACLU Texas", pinned=True)
    log_in(client)

    response = client.post(MERGE, data={"keep": str(kept), "merge": str(merged)}, follow_redirects=True)

    html = response.get_data(as_text=True)
    assert "Merged: ACLU of Texas is kept" in html
    assert "No possible duplicates" in html
    assert get(merged).status == "rejected"
    assert get(kept).status == "verified"
    assert get(kept).pinned is True and get(merged).pinned is False
    (event,) = events("signature.merged")
    assert event.signature_id == merged
    assert event.details["merged_into"] == kept
    assert event.details["kept_name"] == "ACLU of Texas"
    assert event.details["previous_status"] == "verified"
    (other,) = events("signature.merged_from")
    assert other.signature_id == kept and other.details["merged_id"] == merged
    assert public_groups(client) == {"Initiated by": ["ACLU of Texas"]}
    history = client.get(f"{TABLE}/{merged}").get_data(as_text=True)
    assert "Merged into “ACLU of Texas” (rejected as a duplicate)" in history


def test_merging_the_other_way_from_a_stale_page_keeps_the_one_signature_left(app, client, db, team):
    kept = add(app, "ACLU of Texas")
    merged = add(app, "ACLU Texas")
    log_in(client)
    client.post(MERGE, data={"keep": str(kept), "merge": str(merged)})

    # A second tab still shows the pair and offers to keep the other side.
    response = client.post(MERGE, data={"keep": str(merged), "merge": str(kept)}, follow_redirects=True)

    assert "already off the list" in response.get_data(as_text=True)
    assert get(kept).status == "verified" and get(merged).status == "rejected"
    assert len(events("signature.merged")) == 1


@pytest.mark.parametrize("data", [{"keep": "1", "merge": "1"}, {"keep": "x", "merge": "2"}, {}])
def test_an_invalid_merge_changes_nothing(app, client, db, team, data):
    add(app, "ACLU of Texas")
    add(app, "ACLU Texas")
    log_in(client)
    response = client.post(MERGE, data=data, follow_redirects=True)
    assert "The page had expired" in response.get_data(as_text=True)
    assert events("signature.merged") == []


def test_a_signature_of_another_statement_cannot_be_merged(app, client, db, team):
    ours = add(app, "ACLU of Texas")
    theirs = add(app, "ACLU Texas", slug="other-team-letter")
    log_in(client)
    response = client.post(MERGE, data={"keep": str(ours), "merge": str(theirs)}, follow_redirects=True)
    assert "Nothing was merged" in response.get_data(as_text=True)
    assert get(theirs).status == "verified"


def test_another_teams_coordinator_gets_404(app, client, db, team):
    kept = add(app, "ACLU of Texas")
    merged = add(app, "ACLU Texas")
    log_in(client, "otto@other.example.org")
    assert client.get(PAGE).status_code == 404
    assert client.post(MERGE, data={"keep": str(kept), "merge": str(merged)}).status_code == 404
    assert get(merged).status == "verified"
