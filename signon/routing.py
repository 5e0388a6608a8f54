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
