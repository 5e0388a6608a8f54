"""Signed, expiring links: one salt per purpose, the payload still known once expired."""

import time
from datetime import UTC, datetime

import pytest
from itsdangerous.timed import TimestampSigner

from signon.tokens import (
    CONFIRM_SIGNATURE,
    TokenExpired,
    TokenInvalid,
    make_token,
    read_signed_token,
    read_token,
)

SECRET = "a-secret-key-for-tests-only"
DAY = 24 * 60 * 60


def made_days_ago(monkeypatch: pytest.MonkeyPatch, days: int, value: object, purpose: str = CONFIRM_SIGNATURE) -> str:
    """A token signed as if ``days`` ago (itsdangerous reads the clock in TimestampSigner)."""
    with monkeypatch.context() as patched:
        signed_at = int(time.time()) - days * DAY
        patched.setattr(TimestampSigner, "get_timestamp", lambda self: signed_at)
        return make_token(SECRET, purpose, value)


@pytest.mark.parametrize("value", [42, "signature-42", {"signature_id": 42, "email": "ana@example.org"}, [1, 2]])
def test_a_token_reads_back_as_the_value_it_carries(value: object) -> None:
    token = make_token(SECRET, CONFIRM_SIGNATURE, value)

    assert read_token(SECRET, CONFIRM_SIGNATURE, token, max_age_seconds=DAY) == value


def test_a_token_is_safe_to_put_in_a_url() -> None:
    token = make_token(SECRET, CONFIRM_SIGNATURE, {"signature_id": 42, "email": "ana@example.org"})

    assert all(c.isalnum() or c in "-_." for c in token)


def test_a_token_made_for_another_purpose_is_invalid() -> None:
    token = make_token(SECRET, "reset-password", 42)

    with pytest.raises(TokenInvalid):
        read_token(SECRET, CONFIRM_SIGNATURE, token, max_age_seconds=DAY)


def test_a_token_signed_with_another_secret_is_invalid() -> None:
    token = make_token("another-secret", CONFIRM_SIGNATURE, 42)

    with pytest.raises(TokenInvalid):
        read_token(SECRET, CONFIRM_SIGNATURE, token, max_age_seconds=DAY)


def test_a_token_with_another_payload_under_the_same_signature_is_invalid() -> None:
    payload_42, timestamp, signature = make_token(SECRET, CONFIRM_SIGNATURE, 42).split(".")
    payload_43 = make_token(SECRET, CONFIRM_SIGNATURE, 43).split(".")[0]
    assert payload_43 != payload_42

    with pytest.raises(TokenInvalid):
        read_token(SECRET, CONFIRM_SIGNATURE, f"{payload_43}.{timestamp}.{signature}", max_age_seconds=DAY)


def test_a_token_with_an_altered_signature_is_invalid() -> None:
    token = make_token(SECRET, CONFIRM_SIGNATURE, 42)
    payload, timestamp, signature = token.split(".")
    # A character in the middle: every one of its bits is part of the signature.
    altered = signature[:5] + ("A" if signature[5] != "A" else "B") + signature[6:]

    with pytest.raises(TokenInvalid):
        read_token(SECRET, CONFIRM_SIGNATURE, f"{payload}.{timestamp}.{altered}", max_age_seconds=DAY)


def test_a_token_with_an_altered_timestamp_is_invalid(monkeypatch: pytest.MonkeyPatch) -> None:
    old = made_days_ago(monkeypatch, 10, 42)
    fresh = make_token(SECRET, CONFIRM_SIGNATURE, 42)
    payload, _, signature = old.split(".")
    fresh_timestamp = fresh.split(".")[1]

    with pytest.raises(TokenInvalid):
        read_token(SECRET, CONFIRM_SIGNATURE, f"{payload}.{fresh_timestamp}.{signature}", max_age_seconds=DAY)


@pytest.mark.parametrize("token", ["", "not-a-token", "a.b.c", "...."])
def test_a_string_that_is_not_a_token_is_invalid(token: str) -> None:
    with pytest.raises(TokenInvalid):
        read_token(SECRET, CONFIRM_SIGNATURE, token, max_age_seconds=DAY)


def test_a_token_within_its_age_is_accepted(monkeypatch: pytest.MonkeyPatch) -> None:
    token = made_days_ago(monkeypatch, 2, 42)

    assert read_token(SECRET, CONFIRM_SIGNATURE, token, max_age_seconds=3 * DAY) == 42


def test_an_expired_token_raises_token_expired_carrying_the_value(monkeypatch: pytest.MonkeyPatch) -> None:
    token = made_days_ago(monkeypatch, 8, {"signature_id": 42})

    with pytest.raises(TokenExpired) as expired:
        read_token(SECRET, CONFIRM_SIGNATURE, token, max_age_seconds=7 * DAY)

    assert expired.value.value == {"signature_id": 42}


def test_a_token_with_no_age_left_is_expired() -> None:
    token = make_token(SECRET, CONFIRM_SIGNATURE, 42)

    with pytest.raises(TokenExpired) as expired:
        read_token(SECRET, CONFIRM_SIGNATURE, token, max_age_seconds=-1)

    assert expired.value.value == 42


def test_an_old_token_for_another_purpose_is_invalid_not_expired(monkeypatch: pytest.MonkeyPatch) -> None:
    token = made_days_ago(monkeypatch, 8, 42, purpose="reset-password")

    with pytest.raises(TokenInvalid):
        read_token(SECRET, CONFIRM_SIGNATURE, token, max_age_seconds=7 * DAY)


def test_a_token_tells_when_it_was_signed_in_whole_seconds_utc(monkeypatch: pytest.MonkeyPatch) -> None:
    token = made_days_ago(monkeypatch, 2, {"s": 42})
    expected = datetime.fromtimestamp((int(time.time()) - 2 * DAY), UTC)

    value, signed_at = read_signed_token(SECRET, CONFIRM_SIGNATURE, token, max_age_seconds=3 * DAY)

    assert value == {"s": 42}
    assert signed_at.tzinfo is not None and signed_at.utcoffset() == UTC.utcoffset(None)
    assert signed_at.microsecond == 0
    assert abs((signed_at - expected).total_seconds()) <= 1


def test_reading_the_signing_time_keeps_the_same_refusals(monkeypatch: pytest.MonkeyPatch) -> None:
    expired = made_days_ago(monkeypatch, 8, {"s": 42})
    other_purpose = make_token(SECRET, "reset-password", {"s": 42})

    with pytest.raises(TokenExpired) as too_old:
        read_signed_token(SECRET, CONFIRM_SIGNATURE, expired, max_age_seconds=7 * DAY)
    with pytest.raises(TokenInvalid):
        read_signed_token(SECRET, CONFIRM_SIGNATURE, other_purpose, max_age_seconds=7 * DAY)
    assert too_old.value.value == {"s": 42}
