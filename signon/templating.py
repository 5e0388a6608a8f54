"""Template filters: formatting only, never a query; and the status enums, so that a template
branches on `statement.status == StatementStatus.draft`, never on a bare string."""

from __future__ import annotations

from datetime import datetime

from flask import Flask

from signon.models.statuses import FieldChoice, Notify, PaperSize, Role, SignatureStatus, Standing, StatementStatus

ENUMS = (FieldChoice, Notify, PaperSize, Role, SignatureStatus, Standing, StatementStatus)


def when(value: datetime | None) -> str:
    """A UTC timestamp as coordinators read it: 25 Nov 2026, 14:03 UTC."""
    if value is None:
        return ""
    return f"{value.day} {value:%b %Y, %H:%M} UTC"


def register(app: Flask) -> None:
    app.add_template_filter(when, "when")
    app.jinja_env.globals.update({enum.__name__: enum for enum in ENUMS})
