"""Shapes of the values in URLs, checked before any query."""

from __future__ import annotations

import re

from flask import abort

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
TOKEN = re.compile(r"^[A-Za-z0-9_\-.]{20,400}$")


def check_slug(slug: str) -> str:
    if len(slug) > 80 or not SLUG.fullmatch(slug):
        abort(404)
    return slug


def check_token(token: str) -> str:
    if not TOKEN.fullmatch(token):
        abort(404)
    return token


# The largest id a row can have (a 32-bit integer column on PostgreSQL).
LARGEST_ID = 2**31 - 1


def check_id(value: str) -> int:
    """A row id from the URL, or 404: ASCII digits only (Werkzeug's <int:> converter takes
    full-width digits) and within the column's range, so that an odd value never reaches the
    database."""
    if not (value.isascii() and value.isdigit() and len(value) <= 10) or not 0 < int(value) <= LARGEST_ID:
        abort(404)
    return int(value)
