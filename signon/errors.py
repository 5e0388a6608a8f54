"""Error pages: every failure a person can cause ends in a clear page with a 4xx, not a 500."""

from __future__ import annotations

import logging
import math
import time

from flask import Flask, make_response, render_template
from flask_limiter import RateLimitExceeded
from markupsafe import escape
from sqlalchemy.exc import OperationalError
from werkzeug.exceptions import HTTPException, InternalServerError, SecurityError, ServiceUnavailable
from werkzeug.wrappers import Response

from signon.extensions import limiter

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
    503: ("Signon is briefly unavailable", "Nothing was saved from that request. Try again in a minute."),
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


def handle_http_error(error: HTTPException) -> tuple[str, int]:
    if isinstance(error, SecurityError):
        # An untrusted Host: no URL can be built for it, so the page is plain and self-contained.
        return PLAIN_PAGE.format(title=escape(MESSAGES[400][0]), message="This address is not served here."), 400
    return render_error(error.code or 500)


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
    if seconds < 60:
        return f"{seconds} second{'s' if seconds != 1 else ''}"
    minutes = max(1, round(seconds / 60))  # "1 minute" for 61 seconds; a retry a second early is refused again
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


def handle_database_unavailable(error: OperationalError) -> tuple[str, int]:
    # The database is restarting or out of reach: say so, and let the client retry.
    log.warning("database unavailable: %s", error)
    return render_error(ServiceUnavailable.code)


def handle_unexpected(error: Exception) -> tuple[str, int]:
    log.exception("unhandled error", exc_info=error)
    return render_error(InternalServerError.code)


def register(app: Flask) -> None:
    app.register_error_handler(HTTPException, handle_http_error)
    app.register_error_handler(RateLimitExceeded, handle_rate_limited)
    app.register_error_handler(OperationalError, handle_database_unavailable)
    if not app.config["TESTING"]:
        app.register_error_handler(Exception, handle_unexpected)
