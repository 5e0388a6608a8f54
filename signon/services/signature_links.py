"""The links emailed about one signature (confirm, "this wasn't me", manage): each names the
signature and the submission it was made for, so that a link sent to one signer stops working
once the row belongs to another (a withdrawn signature signed again by its organization)."""

from __future__ import annotations

from flask import current_app

from signon import tokens
from signon.extensions import db
from signon.models import Signature
from signon.services.errors import LinkExpired, LinkInvalid


def _submission(signature: Signature) -> int:
    # Microseconds: a signature withdrawn and signed again within one second is another submission.
    created = signature.created_at
    return int(created.timestamp()) * 1_000_000 + created.microsecond


def make(signature: Signature, purpose: str) -> str:
    return tokens.make_token(
        current_app.config["SECRET_KEY"], purpose, {"s": signature.id, "g": _submission(signature)}
    )


def read(token: str, purpose: str, days: int) -> Signature:
    """The signature a link names. LinkExpired (with the id, so a new link can be sent to the
    signature's current address) or LinkInvalid when it cannot be used."""
    try:
        payload = tokens.read_token(current_app.config["SECRET_KEY"], purpose, token, days * 86400)
    except tokens.TokenExpired as exc:
        value = exc.value.get("s") if isinstance(exc.value, dict) else None
        raise LinkExpired(value if isinstance(value, int) else None) from None
    except tokens.TokenInvalid:
        raise LinkInvalid() from None
    if not isinstance(payload, dict):
        raise LinkInvalid()
    signature_id = payload.get("s")
    signature = db.session.get(Signature, signature_id) if isinstance(signature_id, int) else None
    if signature is None or payload.get("g") != _submission(signature):
        raise LinkInvalid()
    return signature
