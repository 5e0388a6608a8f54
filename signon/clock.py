"""The current time, aware and in UTC; views and commands read it once and pass it down."""

from datetime import UTC, datetime


def utcnow() -> datetime:
    return datetime.now(UTC)
