"""The coordinator's pages: their statements and the signatures CSV download (the signatures
table is in ``moderation``)."""

from __future__ import annotations

from flask import (
    abort,
    render_template,
    stream_with_context,
)
from flask_login import current_user
from werkzeug.wrappers import Response

from signon.coordinator.blueprint import bp
from signon.exports.spreadsheet import csv_lines
from signon.routing import check_slug
from signon.services.errors import NotAllowed
from signon.services.team import coordinators


@bp.get("/")
def dashboard() -> str:
    return render_template("coordinator/dashboard.html", statements=coordinators.dashboard(current_user.id))


@bp.get("/s/<slug>/signatures.csv")
def signatures_csv(slug: str) -> Response:
    try:
        statement, rows = coordinators.signatures_in_list_order(current_user.id, check_slug(slug))
    except NotAllowed:
        abort(404)
    response = Response(stream_with_context(csv_lines(rows)), mimetype="text/csv")
    response.headers["Content-Disposition"] = f'attachment; filename="{statement.slug}-signatures.csv"'
    response.headers["Cache-Control"] = "private, no-store"
    return response
