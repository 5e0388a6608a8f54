"""Two quiet checks that tell a bot from a person on the sign form, without asking the person
anything: a field people never see (hidden by CSS and from screen readers, skipped by the Tab
key) that bots fill in, and a minimum time between showing the form and receiving it, measured
from a signed timestamp written into the form. A bot is answered exactly as a person is, so
the form never tells it what gave it away."""

from __future__ import annotations

from itsdangerous import BadSignature, URLSafeSerializer

SALT = "signon.sign-form-shown"


def stamp(secret: str, slug: str, now: float) -> str:
    """The signed moment the sign form of ``slug`` was shown, in seconds since the epoch."""
    return str(URLSafeSerializer(secret, salt=SALT).dumps({"s": slug, "t": round(now, 3)}))


def seconds_since_shown(secret: str, slug: str, value: str, now: float) -> float | None:
    """How long ago the form was shown, or None when ``value`` is missing, forged or made for
    another statement's form."""
    try:
        payload = URLSafeSerializer(secret, salt=SALT).loads(value)
    except BadSignature:
        return None
    if not isinstance(payload, dict) or payload.get("s") != slug:
        return None
    shown = payload.get("t")
    if isinstance(shown, bool) or not isinstance(shown, int | float):
        return None
    return now - float(shown)


def bot_reason(*, trap: str, shown: str, slug: str, secret: str, min_seconds: float, now: float) -> str | None:
    """Why a sign form that passed validation looks sent by a bot, or None for a person.

    ``trap`` is what came in the hidden field, ``shown`` the signed timestamp; with
    ``min_seconds`` 0 the timestamp is not checked at all."""
    if trap.strip():
        return "hidden field filled in"
    if min_seconds <= 0:
        return None
    age = seconds_since_shown(secret, slug, shown, now)
    if age is None:
        return "timestamp missing or forged"
    if age < min_seconds:
        return f"sent {max(age, 0):.1f} s after the form was shown"
    return None
