"""The development mailbox: outgoing email shown in the browser when no mail server is set.

Registered only in development without MAIL_SERVER; production never has these routes.
"""

from __future__ import annotations

from flask import Blueprint, abort, render_template

from signon.services.mail import outbox

bp = Blueprint("devmail", __name__, url_prefix="/dev/mail")


@bp.get("/")
def index() -> str:
    return render_template("devmail/index.html", messages=outbox.recent())


@bp.get("/<int:message_id>")
def message(message_id: int) -> str:
    found = outbox.get(message_id) if message_id < 2**31 else None
    if found is None:
        abort(404)
    return render_template("devmail/message.html", m=found)
