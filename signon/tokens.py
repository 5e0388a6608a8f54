"""Signed, expiring links. Each purpose has its own salt; single use is enforced by state."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

CONFIRM_SIGNATURE = "confirm-signature"
# "This wasn't me", in every verification email: withdraws the signature it names.
NOT_ME = "not-me"
# A signatory's own page to withdraw or correct one signature, emailed on request.
MANAGE_SIGNATURE = "manage-signature"


class TokenInvalid(Exception):
    """The token was tampered with or is not one of ours."""


@dataclass(frozen=True)
class TokenExpired(Exception):
    """The token is genuine but too old; the value it carried is still known."""

    value: object


def make_token(secret: str, purpose: str, value: object) -> str:
    return str(URLSafeTimedSerializer(secret, salt=purpose).dumps(value))


def read_token(secret: str, purpose: str, token: str, max_age_seconds: int) -> object:
    return read_signed_token(secret, purpose, token, max_age_seconds)[0]


def read_signed_token(secret: str, purpose: str, token: str, max_age_seconds: int) -> tuple[object, datetime]:
    """The value a token carries and when it was signed (aware UTC, whole seconds: itsdangerous
    keeps no fraction), so that a caller can tell a link from before a change of the data it names."""
    serializer = URLSafeTimedSerializer(secret, salt=purpose)
    try:
        value, signed_at = serializer.loads(token, max_age=max_age_seconds, return_timestamp=True)
    except SignatureExpired as exc:
        # The signature was good, only the time ran out: the payload can be trusted.
        raise TokenExpired(serializer.load_payload(exc.payload) if exc.payload else None) from None
    except BadSignature:
        raise TokenInvalid() from None
    return value, signed_at
