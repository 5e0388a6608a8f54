"""The links emailed about one signature (confirm, "this wasn't me", manage): each names the
signature and the submission it was made for, so that a link sent to one signer stops working
once the row belongs to another (a withdrawn signature signed again by its organization).

A link works for as long as its email promised, whichever release sent it. The formats every
release has emailed (same SECRET_KEY, itsdangerous ``URLSafeTimedSerializer``, one salt each):

=====================  ==================  =================================  ======================
link                   salt                payload                            releases that sent it
=====================  ==================  =================================  ======================
/confirm/<token>       confirm-signature   ``{"s": id}``                      every commit before
                                                                              6d1c54d: 319653d,
                                                                              2a976ea, a85ed1f,
                                                                              26f4679
/confirm/<token>       confirm-signature   ``{"s": id, "g": submission}``     6d1c54d onwards
/not-me/<token>        not-me              ``{"s": id, "g": submission}``     6d1c54d onwards
/manage/<token>        manage-signature    ``{"s": id, "g": submission}``     6d1c54d onwards
=====================  ==================  =================================  ======================

The routes have not changed since each link first appeared. A confirmation link works for
SIGNON_CONFIRMATION_LINK_DAYS (7 by default in every release; its email says "works until"),
"this wasn't me" for that plus NOT_ME_MARGIN_DAYS, manage for SIGNON_MANAGE_LINK_DAYS.
"""

from __future__ import annotations

from datetime import datetime

from flask import current_app

from signon import tokens
from signon.extensions import db
from signon.models import Signature
from signon.services.errors import LinkExpired, LinkInvalid

# The purposes whose links were once emailed without "g" (before 6d1c54d); no other purpose
# ever was, so a token of another purpose without "g" is refused as not one of ours.
_MINTED_WITHOUT_SUBMISSION = frozenset({tokens.CONFIRM_SIGNATURE})


def _submission(signature: Signature) -> int:
    # Microseconds: a signature withdrawn and signed again within one second is another submission.
    created = signature.created_at
    return int(created.timestamp()) * 1_000_000 + created.microsecond


def _same_submission(payload: dict[object, object], signature: Signature, purpose: str, signed_at: datetime) -> bool:
    """Whether the link was made for the signature's current submission."""
    if "g" in payload:
        return payload["g"] == _submission(signature)
    if purpose not in _MINTED_WITHOUT_SUBMISSION or set(payload) != {"s"}:
        return False
    # A link from before "g" names only the row. The row's submission is the one the link was
    # made for unless it began after the link was signed: signing again rewrites created_at.
    # The token keeps whole seconds and created_at was read just before the token was signed,
    # in the same request, so compare whole seconds: a link signed in the second its
    # signature was made still works. A row signed again in that very second cannot be told
    # apart, but cannot happen: links without "g" stopped being made (6d1c54d) before
    # signing again existed (d532520).
    return int(signature.created_at.timestamp()) <= int(signed_at.timestamp())


def make(signature: Signature, purpose: str) -> str:
    return tokens.make_token(
        current_app.config["SECRET_KEY"], purpose, {"s": signature.id, "g": _submission(signature)}
    )


def read(token: str, purpose: str, days: int) -> Signature:
    """The signature a link names. LinkExpired (with the id, so a new link can be sent to the
    signature's current address) or LinkInvalid when it cannot be used."""
    try:
        payload, signed_at = tokens.read_signed_token(current_app.config["SECRET_KEY"], purpose, token, days * 86400)
    except tokens.TokenExpired as exc:
        value = exc.value.get("s") if isinstance(exc.value, dict) else None
        raise LinkExpired(value if isinstance(value, int) else None) from None
    except tokens.TokenInvalid:
        raise LinkInvalid() from None
    if not isinstance(payload, dict):
        raise LinkInvalid()
    signature_id = payload.get("s")
    signature = db.session.get(Signature, signature_id) if isinstance(signature_id, int) else None
    if signature is None or not _same_submission(payload, signature, purpose, signed_at):
        raise LinkInvalid()
    return signature
