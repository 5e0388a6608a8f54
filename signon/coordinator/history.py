"""A statement's history: every recorded change to it and to its signatures, newest first."""

from __future__ import annotations

from flask import abort, render_template, request

from signon.coordinator.blueprint import bp, current_statement
from signon.services.statements import history

MAX_PAGE_DIGITS = 6


def _page_number() -> int:
    """?page=N, ASCII digits only (int() would take full-width ones); 404 for anything else."""
    value = request.args.get("page", "1")
    if not (value.isascii() and value.isdigit() and 0 < len(value) <= MAX_PAGE_DIGITS) or int(value) < 1:
        abort(404)
    return int(value)


@bp.get("/s/<slug>/history")
def statement_history(slug: str) -> str:
    statement = current_statement()
    found = history.statement_history(statement.id, _page_number())
    return render_template("coordinator/history.html", statement=statement, history=found)
