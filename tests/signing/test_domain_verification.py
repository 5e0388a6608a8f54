"""The domain check at signing, as coordinators see it: an email at the organization's own
domain is "domain verified", a free mail address or another domain "unverified domain", with
the reason; under moderation a free mail signature waits for a coordinator like any other."""

from __future__ import annotations

import re

import pytest

from signon.models import Signature
from tests import factories
from tests.moderation_support import TABLE, add, public_groups, rows
from tests.sessions import SLUG, log_in, make_team

SIGN = f"/s/{SLUG}/sign"
LINK = re.compile(r"http://signon\.example\.org(/confirm/[A-Za-z0-9_\-.]+)")


def sign(client, **changes: str) -> None:
    response = client.post(SIGN, data=factories.sign_form(**changes))
    assert response.status_code == 303, response.get_data(as_text=True)[:2000]


def stored(db, name: str = factories.SIGN_FORM["organization"]) -> Signature:
    db.session.expire_all()
    return db.session.execute(db.select(Signature).where(Signature.organization_name == name)).scalar_one()


def row_of(client, name: str, url: str = TABLE) -> dict[str, str]:
    return next(row for row in rows(client, url) if row["Organization"].startswith(name))


@pytest.mark.parametrize(
    ("email", "website", "result"),
    [
        ("jane@uk.amnesty.org", "https://www.amnesty.org", "verified"),
        ("jane@amnesty.org", "amnesty.org", "verified"),
        ("info@bücher.de", "xn--bcher-kva.de", "verified"),
        ("x@amnesty.org.uk", "amnesty.org", "mismatch"),
        ("x@amnesty.org", "", "mismatch"),
        ("someone@gmail.com", "", "freemail"),
        ("someone@gmail.com", "gmail.com", "freemail"),
    ],
)
def test_the_sign_form_stores_the_domain_check(client, db, team, email, website, result):
    sign(client, email=email, website=website)
    assert stored(db).domain_check == result


def test_a_verified_domain_is_shown_in_the_table_and_on_the_signatorys_page(client, db, team):
    sign(client, email="ana@came.example.org", website="https://www.came.example.org")
    log_in(client)

    row = row_of(client, "Centro de Atención")
    assert "Domain verified email and website both at example.org" in row["Signed by"]
    page = client.get(f"{TABLE}/{stored(db).id}").get_data(as_text=True)
    assert re.search(r"<dt>Domain</dt><dd><span[^>]*>Domain verified</span>: email and website both at example", page)


def test_a_free_mail_address_is_shown_as_unverified_with_the_reason(client, db, team):
    sign(client, email="ana.martinez@gmail.com", website="came.example.org")
    log_in(client)

    row = row_of(client, "Centro de Atención")
    assert "Unverified domain email at gmail.com, a free mail provider" in row["Signed by"]
    page = client.get(f"{TABLE}/{stored(db).id}").get_data(as_text=True)
    assert "Unverified domain</strong>: email at gmail.com, a free mail provider" in page


def test_another_domain_is_shown_as_unverified_naming_both(client, db, team):
    sign(client, email="ana@foo.example.org", website="https://www.bar.example.net")
    log_in(client)

    row = row_of(client, "Centro de Atención")
    assert "Unverified domain email at foo.example.org, website bar.example.net" in row["Signed by"]


def test_a_signature_that_was_never_checked_shows_nothing(app, client, db, team):
    add(app, "Latin America Working Group")  # added by hand: no domain_check
    log_in(client)

    row = row_of(client, "Latin America Working Group")
    assert "domain" not in row["Signed by"].lower()
    page = client.get(TABLE).get_data(as_text=True)
    assert "Unverified domain <span" not in page  # no count in the status links either
    assert ">Unverified domain</a>" not in page


def test_the_table_filters_the_unverified_domains_and_counts_them(app, client, db, team):
    sign(client, email="ana@gmail.com", organization="Free Mail Org")
    sign(client, email="ana@came.example.org", website="came.example.org", organization="Own Domain Org")
    sign(client, email="ana@elsewhere.example.net", website="came.example.org", organization="Other Domain Org")
    add(app, "Added By Hand Org")
    log_in(client)

    names = sorted(
        row["Organization"].split(" https://")[0] for row in rows(client, f"{TABLE}?status=unverified_domain")
    )
    assert names == ["Free Mail Org", "Other Domain Org"]
    html = client.get(TABLE).get_data(as_text=True)
    assert re.search(r'href="[^"]*status=unverified_domain"[^>]*>Unverified domain <span class="count">2</span>', html)


def test_under_moderation_a_free_mail_signature_waits_for_a_coordinator_after_confirmation(
    app, client, db, smtp, send_outbox
):
    make_team(app, moderated=True)
    sign(client, email="ana.martinez@gmail.com")
    send_outbox()
    (message,) = smtp.to("ana.martinez@gmail.com")
    path = LINK.search(smtp.text_of(message)).group(1)

    assert client.get(path).status_code == 200
    response = client.post(path)

    assert response.status_code == 303
    signature = stored(db)
    assert (signature.status, signature.domain_check) == ("pending", "freemail")
    assert signature.confirmed_at is not None
    assert public_groups(client) == {}
    log_in(client)
    row = row_of(client, "Centro de Atención", f"{TABLE}?status=awaiting_approval")
    assert row["Status"] == "Awaiting approval"
    assert "Unverified domain" in row["Signed by"]
