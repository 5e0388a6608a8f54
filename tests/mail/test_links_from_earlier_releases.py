"""Links emailed by an earlier release keep working after an upgrade, for as long as their email
promised, and never for a signature row that another signer has taken since (issue 18).

Each link is minted here exactly as the release that emailed it did: the old minting code is
copied below with the commit it comes from, not called, so that a change to today's code cannot
change what these tests mint. The formats, and why only the first one needed a change, are in
the docstring of signon/services/signature_links.py.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from datetime import UTC, datetime, timedelta

import pytest
from itsdangerous import URLSafeTimedSerializer
from itsdangerous.timed import TimestampSigner

from signon.models import Coordinator, Invitation, Membership, Signature
from tests import factories
from tests.conftest import TEST_SECRET

NAME = factories.SIGN_FORM["organization"]
EMAIL = "ana@came.example.org"


# --------------------------------------------------------------------------- minting as before


def confirm_path_before_6d1c54d(signature_id: int) -> str:
    """A confirmation link as every release before 6d1c54d emailed it (319653d, 2a976ea,
    a85ed1f and 26f4679 hold the same code). signon/services/emails.py:

        def confirm_token(signature: Signature) -> str:
            return tokens.make_token(current_app.config["SECRET_KEY"], tokens.CONFIRM_SIGNATURE, {"s": signature.id})
        ...
        "link": public_url(f"/confirm/{confirm_token(signature)}"),

    with CONFIRM_SIGNATURE = "confirm-signature" and signon/tokens.py:

        def make_token(secret: str, purpose: str, value: object) -> str:
            return str(URLSafeTimedSerializer(secret, salt=purpose).dumps(value))
    """
    return "/confirm/" + str(URLSafeTimedSerializer(TEST_SECRET, salt="confirm-signature").dumps({"s": signature_id}))


# The three links of 6d1c54d ("this wasn't me" release) and their salts (signon/tokens.py).
ROUTES_6D1C54D = {
    "confirm": ("/confirm/", "confirm-signature"),
    "not-me": ("/not-me/", "not-me"),
    "manage": ("/manage/", "manage-signature"),
}


def path_as_6d1c54d(link: str, signature: Signature) -> str:
    """A link as 6d1c54d emailed it (and every release since). signon/services/signature_links.py:

        def _submission(signature: Signature) -> int:
            created = signature.created_at
            return int(created.timestamp()) * 1_000_000 + created.microsecond

        def make(signature: Signature, purpose: str) -> str:
            return tokens.make_token(
                current_app.config["SECRET_KEY"], purpose, {"s": signature.id, "g": _submission(signature)}
            )

    and signon/services/emails.py: "/confirm/{confirm_token}", "/not-me/{not_me_token}",
    "/manage/{manage_token}"."""
    route, salt = ROUTES_6D1C54D[link]
    created = signature.created_at
    submission = int(created.timestamp()) * 1_000_000 + created.microsecond
    serializer = URLSafeTimedSerializer(TEST_SECRET, salt=salt)
    return route + str(serializer.dumps({"s": signature.id, "g": submission}))


# --------------------------------------------------------------------------- helpers


def pending(db, *, created_at: datetime | None = None) -> Signature:
    """A signature awaiting confirmation, as the sign form of any release left it."""
    statement = factories.open_statement()
    return factories.pending_signature(
        statement, NAME, category="international", email=EMAIL, created_at=created_at or factories.now()
    )


def reload(db, signature_id: int) -> Signature:
    db.session.expire_all()
    return db.session.get(Signature, signature_id)


def main_of(response) -> str:
    html = response.get_data(as_text=True)
    return html[html.index("<main") : html.index("</main>")]


def buttons(response) -> list[str]:
    return [b.strip() for b in re.findall(r"<button[^>]*>(.*?)</button>", main_of(response), re.S)]


# --------------------------------------------------------------------------- confirmation links without "g"


def test_a_confirmation_link_from_before_this_wasnt_me_opens_its_one_button_page(db, client):
    signature = pending(db)
    path = confirm_path_before_6d1c54d(signature.id)

    response = client.get(path)

    assert response.status_code == 200, main_of(response)
    assert NAME in main_of(response)
    assert buttons(response) == ["Confirm"]
    assert reload(db, signature.id).confirmed_at is None


def test_a_confirmation_link_from_before_this_wasnt_me_confirms_the_signature(db, client):
    signature = pending(db)
    path = confirm_path_before_6d1c54d(signature.id)

    response = client.post(path)

    assert response.status_code == 303
    confirmed = reload(db, signature.id)
    assert confirmed.status == "verified"
    assert confirmed.confirmed_at is not None


def test_a_confirmation_link_from_before_this_wasnt_me_works_to_the_end_of_the_days_its_email_promised(
    db, client, link_clock
):
    signature = pending(db)
    path = confirm_path_before_6d1c54d(signature.id)
    # "The link works until" now + SIGNON_CONFIRMATION_LINK_DAYS (7, the default of every release).
    link_clock(days=7, seconds=-5)

    assert client.get(path).status_code == 200
    assert client.post(path).status_code == 303
    assert reload(db, signature.id).status == "verified"


def test_a_confirmation_link_from_before_this_wasnt_me_expires_when_its_email_said(db, client, link_clock):
    signature = pending(db)
    path = confirm_path_before_6d1c54d(signature.id)
    link_clock(days=7, minutes=1)

    opened = client.get(path)
    pressed = client.post(path)

    assert opened.status_code == 410
    assert "This link has expired" in opened.get_data(as_text=True)
    assert buttons(opened) == ["Send a new link"]
    assert pressed.status_code == 410
    assert "This link has expired" in pressed.get_data(as_text=True)
    assert reload(db, signature.id).confirmed_at is None


def test_a_confirmation_link_signed_in_the_second_its_signature_was_made_works(db, client, monkeypatch):
    # itsdangerous keeps whole seconds, created_at keeps microseconds: a link signed at 12:00:00
    # for a signature made at 12:00:00.999 is that signature's own link.
    second = int(factories.now().timestamp()) - 60
    signature = pending(db, created_at=datetime.fromtimestamp(second + 0.999, UTC))
    with monkeypatch.context() as patched:
        patched.setattr(TimestampSigner, "get_timestamp", lambda self: second)
        path = confirm_path_before_6d1c54d(signature.id)

    assert client.post(path).status_code == 303
    assert reload(db, signature.id).status == "verified"


def test_a_confirmation_link_from_before_this_wasnt_me_cannot_confirm_the_row_once_another_signer_took_it(
    db, client, link_clock
):
    # The old release emailed the link an hour ago; since the upgrade its signature was
    # withdrawn ("this wasn't me") and the organization signed again, with another address.
    signature = pending(db, created_at=factories.now() - timedelta(hours=1))
    link_clock(hours=-1)
    old_path = confirm_path_before_6d1c54d(signature.id)
    link_clock(hours=1)
    signature.status = "withdrawn"
    db.session.commit()
    signed = client.post("/s/national-guard-letter/sign", data=factories.sign_form(email="director@came.example.org"))
    assert signed.status_code == 303
    assert reload(db, signature.id).contact_email == "director@came.example.org"

    opened = client.get(old_path)
    pressed = client.post(old_path)

    assert opened.status_code == pressed.status_code == 400
    assert "This link is not valid" in opened.get_data(as_text=True)
    assert "This link is not valid" in pressed.get_data(as_text=True)
    taken = reload(db, signature.id)
    assert (taken.status, taken.confirmed_at) == ("pending", None)


@pytest.mark.parametrize("link", ["not-me", "manage"])
def test_a_this_wasnt_me_or_manage_link_without_its_submission_was_never_emailed_and_is_refused(db, client, link):
    signature = pending(db)
    route, salt = ROUTES_6D1C54D[link]
    path = route + str(URLSafeTimedSerializer(TEST_SECRET, salt=salt).dumps({"s": signature.id}))

    response = client.get(path)

    assert response.status_code == 400
    assert "This link is not valid" in response.get_data(as_text=True)


# --------------------------------------------------------------------------- formats unchanged since


# Pressing the button: confirming redirects to the statement (303); withdrawing answers with
# its "withdrawn" page at once (200).
@pytest.mark.parametrize(
    ("link", "button_path", "opened_button", "pressed_status"),
    [
        ("confirm", "", "Confirm", 303),
        ("not-me", "", "Withdraw this signature", 200),
        ("manage", "/withdraw", "Withdraw this signature", 200),
    ],
)
def test_a_signature_link_from_6d1c54d_opens_and_works(db, client, link, button_path, opened_button, pressed_status):
    signature = pending(db)
    path = path_as_6d1c54d(link, signature)

    opened = client.get(path)
    pressed = client.post(path + button_path)

    assert opened.status_code == 200, main_of(opened)
    assert opened_button in buttons(opened)
    assert pressed.status_code == pressed_status
    expected = "verified" if link == "confirm" else "withdrawn"
    assert reload(db, signature.id).status == expected


def test_an_invitation_link_from_26f4679_opens_and_accepts(db, client):
    """signon/services/invitations.py in 26f4679 (unchanged since): token_urlsafe(32) emailed as
    /invitations/<token>, its SHA-256 stored with expires_at = now + 7 days."""
    statement = factories.open_statement()
    owner = factories.coordinator(statements=(statement,))
    token = secrets.token_urlsafe(32)
    moment = factories.now()
    db.session.add(
        Invitation(
            statement_id=statement.id,
            email="ines@partner.example.org",
            role="editor",
            token_hash=hashlib.sha256(token.encode("utf-8")).hexdigest(),
            invited_by_id=owner.id,
            created_at=moment,
            expires_at=moment + timedelta(days=7),
        )
    )
    db.session.commit()
    path = f"/invitations/{token}"

    assert client.get(path).status_code == 200
    password = "a brand new passphrase 2026"
    accepted = client.post(path, data={"name": "Inés Partner", "password": password, "confirm": password})

    assert accepted.status_code == 303
    db.session.expire_all()
    ines = db.session.execute(
        db.select(Coordinator).where(Coordinator.email == "ines@partner.example.org")
    ).scalar_one()
    role = db.session.execute(db.select(Membership.role).where(Membership.coordinator_id == ines.id)).scalar_one()
    assert role == "editor"


def test_a_password_reset_link_from_26f4679_opens_and_sets_the_password(db, client):
    """signon/services/passwords.py in 26f4679 (unchanged since): salt "reset-password", payload
    {"c": id, "f": sha256(password_hash)[:32]}, emailed as /password/reset/<token>, one hour."""
    coordinator = factories.coordinator()
    old_hash = coordinator.password_hash
    fingerprint = hashlib.sha256(old_hash.encode("utf-8")).hexdigest()[:32]
    token = URLSafeTimedSerializer(TEST_SECRET, salt="reset-password").dumps({"c": coordinator.id, "f": fingerprint})
    path = f"/password/reset/{token}"
    password = "a brand new passphrase 2026"

    assert client.get(path).status_code == 200
    assert client.post(path, data={"password": password, "confirm": password}).status_code == 303
    db.session.expire_all()
    assert db.session.get(Coordinator, coordinator.id).password_hash != old_hash
