"""Template filters: formatting only, never a query."""

from __future__ import annotations

from datetime import datetime

from flask import Flask


def when(value: datetime | None) -> str:
    """A UTC timestamp as coordinators read it: 25 Nov 2026, 14:03 UTC."""
    if value is None:
        return ""
    return f"{value.day} {value:%b %Y, %H:%M} UTC"


def register(app: Flask) -> None:
    app.add_template_filter(when, "when")
