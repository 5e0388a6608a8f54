"""Error pages: every failure a person can cause ends in a clear page with a 4xx, not a 500."""

from __future__ import annotations

import logging
import math
import time
from contextlib import suppress

from flask import Flask, current_app, make_response, render_template, request
from flask_limiter import RateLimitExceeded
from flask_login import current_user
from markupsafe import escape
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from werkzeug.exceptions import HTTPException, InternalServerError, SecurityError, ServiceUnavailable
from werkzeug.wrappers import Response

from signon.extensions import db, limiter
from signon.lost_connections import DATABASE_RETRY_AFTER, database_unavailable, describe

log = logging.getLogger(__name__)

MESSAGES = {
    400: ("Something in that request was not right", "Go back, check what you sent and try again."),
    403: ("You cannot see this page", "If you think you should, ask a coordinator of this statement."),
    404: ("Page not found", "Check the address, or follow the link you were sent again."),
    405: ("That action is not allowed here", "Use the buttons on the page instead."),
    410: ("This is no longer available", "It has closed or expired."),
    413: ("What you sent is too large", "Shorten the text and send it again."),
    429: ("Too many requests", "Wait a minute and try again."),
    500: ("Something went wrong on our side", "Nothing you sent was lost. Try again in a minute."),
    # Not "nothing was saved": the connection can drop after the server committed, before it said
    # so. Sending again is safe either way (a signature is stored once).
    503: (
        "Signon is briefly unavailable",
        "Try again in a minute. Sending a form again is safe: nothing is saved twice.",
    ),
}


PLAIN_PAGE = (
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title></head>'
    "<body><main><h1>{title}</h1><p>{message}</p></main></body></html>"
)


def render_error(code: int, title: str | None = None, message: str | None = None) -> tuple[str, int]:
    default_title, default_message = MESSAGES.get(code, MESSAGES[400])
    return render_template(
        "error.html", code=code, title=title or default_title, message=message or default_message
    ), code


def handle_http_error(error: HTTPException) -> tuple[str, int] | tuple[str, int, dict[str, str]]:
    if isinstance(error, SecurityError):
        # An untrusted Host: no URL can be built for it, so the page is plain and self-contained.
        return PLAIN_PAGE.format(title=escape(MESSAGES[400][0]), message="This address is not served here."), 400
    page, status = render_error(error.code or 500)
    # Werkzeug's own headers (Allow on a 405, WWW-Authenticate…) belong to the answer too.
    headers = {name: value for name, value in error.get_headers() if name.lower() != "content-type"}
    return (page, status, headers) if headers else (page, status)


def seconds_until_retry() -> int:
    """When the limit that was hit lets this client in again; a minute if the storage cannot say."""
    try:
        current = limiter.current_limit
        if current is not None:
            return max(1, math.ceil(current.reset_at - time.time()))
    except Exception:  # the storage went away: the page must still render
        log.warning("rate limit storage could not say when the window resets")
    return 60


def in_words(seconds: int) -> str:
    # Seconds up to two minutes, then whole minutes rounded up (a person told "1 minute" when 89
    # seconds remain would be refused again), less the second seconds_until_retry rounded up.
    if seconds < 120 and seconds != 60:
        return f"{seconds} second{'s' if seconds != 1 else ''}"
    minutes = math.ceil((seconds - 1) / 60)
    return f"{minutes} minute{'s' if minutes != 1 else ''}"


def handle_rate_limited(error: RateLimitExceeded) -> Response:
    seconds = seconds_until_retry()
    page, code = render_error(
        429,
        message=f"There were too many attempts from your connection. Try again in {in_words(seconds)}.",
    )
    response = make_response(page, code)
    response.headers["Retry-After"] = str(seconds)
    return response


def handle_database_error(error: DBAPIError) -> Response:
    """The database is restarting or out of reach: a 503 page that asks to retry, never a 500.

    The request's transaction is rolled back whole (its signature, outbox row and audit event
    go together), so nothing is half-written; the pool's pre-ping then reconnects by itself."""
    if not database_unavailable(error):
        raise error  # a real bug (an IntegrityError nobody caught, say): the 500 path logs it
    # One line per event, no traceback: an outage is not a bug, and a restart makes hundreds.
    log.warning("database unavailable: %s", describe(error))
    # The connection may be gone with its transaction; then the teardown discards the session.
    with suppress(SQLAlchemyError):
        db.session.rollback()
    title, message = MESSAGES[ServiceUnavailable.code]
    # Rendered without the context processors: Flask-Login's loads the signed-in coordinator,
    # which would query the database again (and base.html asks who is signed in).
    page = current_app.jinja_env.get_template("errors/unavailable.html").render(title=title, message=message)
    response = make_response(page, ServiceUnavailable.code)
    response.headers["Retry-After"] = str(DATABASE_RETRY_AFTER)
    response.headers["Cache-Control"] = "no-store"
    return response


def load_signed_in_coordinator() -> None:
    """Ask Flask-Login who is signed in before anything else, where a lost connection gets the
    503 page. Otherwise an error page could be the first to ask (base.html shows who is signed
    in), and an exception raised inside an error handler reaches no handler: Flask logs its
    traceback and the server answers 500. Every page a coordinator opens asks anyway."""
    if request.endpoint != "static":
        current_user.is_authenticated  # noqa: B018 (the access runs the user_loader once per request)


def handle_unexpected(error: Exception) -> tuple[str, int]:
    log.exception("unhandled error", exc_info=error)
    return render_error(InternalServerError.code)


def register(app: Flask) -> None:
    # First of all: before Flask-Limiter's check, whose 429 page would otherwise ask.
    app.before_request_funcs.setdefault(None, []).insert(0, load_signed_in_coordinator)
    app.register_error_handler(HTTPException, handle_http_error)
    app.register_error_handler(RateLimitExceeded, handle_rate_limited)
    app.register_error_handler(DBAPIError, handle_database_error)
    if not app.config["TESTING"]:
        app.register_error_handler(Exception, handle_unexpected)
