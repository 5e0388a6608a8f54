"""Rate limits on the public forms, per client address (the address ProxyFix vouches for).

Each limit is a setting (a Flask-Limiter rate string such as "60 per hour"), read on every
request, so an instance config or environment variable changes it without code. Only POSTs
count: reading a form is never limited. Storage, on/off and failing open are in
signon/extensions.py and signon/config.py.
"""

from __future__ import annotations

from collections.abc import Callable

from flask import current_app
from flask_limiter import RouteLimit

from signon.extensions import limiter


def configured(setting: str) -> Callable[[], str]:
    """The rate in ``app.config[setting]``, looked up when a request comes in."""

    def rate() -> str:
        return str(current_app.config[setting])

    return rate


def limit_posts(setting: str, *, shared: str | None = None) -> RouteLimit:
    """A view decorator, placed under the route decorator: POSTs to the view count against the
    rate in ``app.config[setting]`` per client address. Views given the same ``shared`` name
    draw from one count; otherwise each view has its own."""
    if shared is not None:
        return limiter.shared_limit(configured(setting), scope=shared, methods=["POST"])
    return limiter.limit(configured(setting), methods=["POST"])
