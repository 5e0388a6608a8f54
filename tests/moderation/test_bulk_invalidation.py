"""Coordinators invalidate signatures in bulk by IP address or network, contact email domain and
time window (any combination): a preview that changes nothing, then a confirmation that
rejects exactly the signatures previewed that still match, audited one by one, with no email."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from html import unescape

import pytest

from signon.models import Coordinator, Statement
from tests import factories
from tests.moderation_support import add, events, flood, get, outbox, public_groups
from tests.sessions import OTHER_SLUG, SLUG, log_in, seeding

PAGE = f"/coordinator/s/{SLUG}/invalidate"


def preview(client, **criteria: str):
    return client.get(PAGE, query_string=criteria)


def previewed(response) -> list[str]:
    """The organizations the preview lists."""
    assert response.status_code == 200, response.get_data(as_text=True)
    return [unescape(n) for n in re.findall(r'<th scope="row">(.*?)</th>', response.get_data(as_text=True))]


def heading(response) -> str:
    return unescape(re.search(r'<h2 id="preview-title">(.*?)</h2>', response.get_data(as_text=True)).group(1))


def confirmation(response) -> dict[str, str]:
    """The hidden fields of the preview's confirmation form, as the browser would post them."""
    page = response.get_data(as_text=True)
    form = page[page.index(f'<form method="post" action="{PAGE}"') :]
    form = form[: form.index("</form>")]
    return {
        unescape(name): unescape(value)
        for name, value in re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)">', form)
    }


def test_preview_by_network_lists_the_matches_and_changes_nothing(app, client, db, team):
    ids = flood(app)
    log_in(client)

    response = preview(client, ip="203.0.113.0/24")

    assert heading(response) == "This would invalidate 2 signatures"
    assert sorted(previewed(response)) == ["Bot Org One", "Bot Org Two"]
    page = response.get_data(as_text=True)
    assert "203.0.113.77" in page and "spam.example" in page and "Awaiting confirmation" in page
    assert get(ids["bot1"]).status == "verified"
    assert get(ids["bot2"]).status == "pending"
    assert events() == []


def test_an_exact_address_matches_that_address_only(app, client, db, team):
    flood(app)
    log_in(client)
    assert previewed(preview(client, ip="203.0.113.5")) == ["Bot Org One"]


def test_an_ipv4_client_seen_through_ipv6_matches_its_network(app, client, db, team):
    add(app, "Dual Stack Bot", source_ip="::ffff:203.0.113.9")
    add(app, "IPv6 Bot", source_ip="2001:db8::5")
    log_in(client)
    assert previewed(preview(client, ip="203.0.113.0/24")) == ["Dual Stack Bot"]
    assert previewed(preview(client, ip="2001:db8::/32")) == ["IPv6 Bot"]


def test_an_email_domain_matches_in_any_case_with_its_subdomains_but_not_a_lookalike(app, client, db, team):
    flood(app)
    add(app, "Not Spam At All", email="d@notspam.example")
    log_in(client)

    found = previewed(preview(client, domain="Spam.Example"))

    assert sorted(found) == ["Bot Org One", "Bot Org Three", "Bot Org Two"]
    assert previewed(preview(client, domain="@spam.example")) == found


def test_criteria_combine_so_that_a_signature_must_match_every_one_given(app, client, db, team):
    flood(app)
    log_in(client)
    assert previewed(preview(client, ip="198.51.100.0/24", domain="spam.example")) == ["Bot Org Three"]
    assert previewed(preview(client, ip="192.0.2.0/24", domain="spam.example")) == []


def test_the_time_window_is_read_in_the_statements_time_zone(app, client, db, team):
    with seeding(app):
        statement = db.session.execute(db.select(Statement).where(Statement.slug == SLUG)).scalar_one()
        statement.timezone = "America/Mexico_City"  # UTC-6, no summer time since 2022
        db.session.commit()
    # 14:30 in Mexico City.
    add(app, "Afternoon Bot", created_at=datetime(2026, 3, 1, 20, 30, tzinfo=UTC))
    add(app, "Evening Org", created_at=datetime(2026, 3, 1, 21, 0, tzinfo=UTC))
    log_in(client)

    local = preview(client, submitted_from="2026-03-01T14:00", submitted_until="2026-03-01T14:30")
    as_if_utc = preview(client, submitted_from="2026-03-01T20:00", submitted_until="2026-03-01T20:45")

    assert previewed(local) == ["Afternoon Bot"]
    assert previewed(as_if_utc) == []
    # Open-ended windows, and what a person types where the browser has no date picker.
    assert previewed(preview(client, submitted_from="2026-03-01 14:45")) == ["Evening Org"]
    assert previewed(preview(client, submitted_until="2026-03-01 14:59")) == ["Afternoon Bot"]


def test_rejected_and_withdrawn_signatures_are_not_counted(app, client, db, team):
    add(app, "Already Rejected", "rejected", source_ip="203.0.113.5")
    add(app, "Withdrawn Org", "withdrawn", source_ip="203.0.113.6")
    live = add(app, "Live Bot", "awaiting_approval", source_ip="203.0.113.7")
    log_in(client)

    response = preview(client, ip="203.0.113.0/24")

    assert heading(response) == "This would invalidate 1 signature"
    assert previewed(response) == ["Live Bot"]
    assert get(live).status == "pending"


def test_confirming_rejects_the_previewed_signatures_audited_one_by_one_without_email(app, client, db, team):
    ids = flood(app)
    log_in(client)
    form = confirmation(preview(client, ip="203.0.113.0/24"))

    response = client.post(PAGE, data=form)

    assert response.status_code == 303
    assert get(ids["bot1"]).status == get(ids["bot2"]).status == "rejected"
    assert get(ids["bot3"]).status == get(ids["real"]).status == "verified"
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Invalidated 2 signatures" in page
    each = events("signature.invalidated")
    assert sorted(e.signature_id for e in each) == sorted([ids["bot1"], ids["bot2"]])
    assert {e.details["ip"] for e in each} == {"203.0.113.0/24"}
    assert sorted(e.details["previous_status"] for e in each) == ["pending", "verified"]
    maria = db.session.execute(db.select(Coordinator.id).where(Coordinator.email == "maria@lawg.example.org")).scalar()
    assert {e.actor for e in each} == {f"coordinator:{maria}"}
    (summary,) = events("signatures.invalidated")
    assert summary.details == {"count": 2, "ip": "203.0.113.0/24"}
    assert outbox() == []
    assert public_groups(client) == {"National": ["Bot Org Three", "Latin America Working Group"]}


def test_a_signature_arriving_after_the_preview_is_left_alone_and_reported(app, client, db, team):
    first = add(app, "Bot Org One", source_ip="203.0.113.5")
    log_in(client)
    form = confirmation(preview(client, ip="203.0.113.0/24"))
    late = add(app, "Bot Org Late", source_ip="203.0.113.99")

    response = client.post(PAGE, data=form, follow_redirects=True)

    assert get(first).status == "rejected"
    assert get(late).status == "verified"
    page = response.get_data(as_text=True)
    assert "Invalidated 1 signature:" in page
    assert "1 signature arrived or changed after the preview and also matches: not invalidated." in page
    # The page shows it, ready to be previewed and confirmed.
    assert previewed(response) == ["Bot Org Late"]
    assert len(events("signature.invalidated")) == 1


def test_a_previewed_signature_rejected_meanwhile_is_not_invalidated_again(app, client, db, team):
    one = add(app, "Bot Org One", source_ip="203.0.113.5")
    two = add(app, "Bot Org Two", source_ip="203.0.113.6")
    log_in(client)
    form = confirmation(preview(client, ip="203.0.113.0/24"))
    client.post(f"/coordinator/s/{SLUG}/signatures/moderate", data={"ids": [str(one)], "action": "reject"})

    response = client.post(PAGE, data=form, follow_redirects=True)

    assert get(two).status == "rejected"
    assert [e.signature_id for e in events("signature.invalidated")] == [two]
    assert "1 of the signatures previewed had been rejected or withdrawn meanwhile" in response.get_data(as_text=True)
    # Posting the same confirmation again (a double click) changes nothing more.
    client.post(PAGE, data=form)
    assert len(events("signature.invalidated")) == 1
    assert len(events("signatures.invalidated")) == 1


def test_posted_ids_that_do_not_match_the_criteria_are_left_alone(app, client, db, team):
    ids = flood(app)
    theirs = add(app, "Their Signatory", slug=OTHER_SLUG, source_ip="203.0.113.5")
    log_in(client)
    everything = ",".join(str(i) for i in [*ids.values(), theirs])

    client.post(PAGE, data={"ip": "203.0.113.0/24", "ids": everything})

    assert get(ids["bot1"]).status == get(ids["bot2"]).status == "rejected"
    assert get(ids["real"]).status == get(ids["bot3"]).status == get(theirs).status == "verified"


def test_empty_criteria_are_refused_with_a_clear_message(app, client, db, team):
    ids = flood(app)
    log_in(client)

    response = preview(client, ip="", domain="", submitted_from="", submitted_until="")

    assert response.status_code == 422
    assert "Give at least one of these: an IP address or network, an email domain, or a time window" in (
        response.get_data(as_text=True)
    )
    posted = client.post(PAGE, data={"ids": ",".join(str(i) for i in ids.values())}, follow_redirects=True)
    assert "Give at least one criterion" in posted.get_data(as_text=True)
    assert {get(i).status for i in ids.values()} == {"verified", "pending"}
    assert events() == []


@pytest.mark.parametrize(
    ("criteria", "message"),
    [
        ({"ip": "203.0.113"}, "Enter an IP address like 203.0.113.7, or a network like 203.0.113.0/24"),
        ({"ip": "203.0.113.0/33"}, "Enter an IP address like 203.0.113.7, or a network like 203.0.113.0/24"),
        ({"domain": "bob@spam.example"}, "Enter an email domain like spam.example, without a name or @"),
        ({"domain": "spam example"}, "Enter an email domain like spam.example, without a name or @"),
        ({"submitted_from": "yesterday"}, "Enter a date and time like 2026-03-01 14:30"),
        (
            {"submitted_from": "2026-03-02T10:00", "submitted_until": "2026-03-01T10:00"},
            "The end of the time window must come after its start",
        ),
        # The edges of the calendar cannot be moved to UTC or a minute on (a 500 once).
        ({"submitted_until": "9999-12-31T23:59"}, "Enter a date between the years 2000 and 2100"),
        ({"submitted_from": "0001-01-01T00:00"}, "Enter a date between the years 2000 and 2100"),
    ],
)
def test_malformed_criteria_are_refused_beside_the_field(app, client, db, team, criteria, message):
    flood(app)
    log_in(client)
    response = preview(client, **criteria)
    assert response.status_code == 422
    assert message in unescape(response.get_data(as_text=True))
    assert "This would invalidate" not in response.get_data(as_text=True)


def test_an_editor_may_invalidate_and_a_coordinator_of_another_statement_may_not(app, client, db, team):
    ids = flood(app)
    log_in(client, "otto@other.example.org")
    assert preview(client, ip="203.0.113.0/24").status_code == 404
    assert client.post(PAGE, data={"ip": "203.0.113.0/24", "ids": str(ids["bot1"])}).status_code == 404
    assert get(ids["bot1"]).status == "verified"

    client.post("/logout")
    log_in(client, "eddie@lawg.example.org")
    form = confirmation(preview(client, ip="203.0.113.5"))
    client.post(PAGE, data=form)
    assert get(ids["bot1"]).status == "rejected"


def test_confirming_without_the_csrf_token_changes_nothing(app, client, db, team):
    ids = flood(app)
    log_in(client)
    form = confirmation(preview(client, ip="203.0.113.0/24"))
    app.config["WTF_CSRF_ENABLED"] = True

    response = client.post(PAGE, data={k: v for k, v in form.items() if k != "csrf_token"}, follow_redirects=True)

    assert "The page had expired" in response.get_data(as_text=True)
    assert get(ids["bot1"]).status == "verified"
    assert events() == []


def test_a_flood_of_consecutive_signatures_is_confirmed_in_a_short_form(app, client, db, team):
    with seeding(app):
        statement = db.session.execute(db.select(Statement).where(Statement.slug == SLUG)).scalar_one()
        start = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
        for n in range(300):
            factories.signature(
                statement,
                f"Flood Org {n:03}",
                source_ip=f"203.0.113.{n % 250}",
                created_at=start + timedelta(seconds=n),
            )
    log_in(client)
    form = confirmation(preview(client, ip="203.0.113.0/24"))
    assert re.fullmatch(r"\d+-\d+", form["ids"])

    client.post(PAGE, data=form)

    assert len(events("signature.invalidated")) == 300
