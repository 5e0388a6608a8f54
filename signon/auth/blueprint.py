"""The accounts blueprint: signing in and out, password reset, invitation links."""

from __future__ import annotations

from flask import Blueprint

from signon.public import limits

bp = Blueprint("auth", __name__)
# Signing in, resetting a password and accepting an invitation are public forms too.
limits.register(bp)
