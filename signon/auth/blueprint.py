"""The accounts blueprint: signing in and out, password reset, invitation links."""

from __future__ import annotations

from flask import Blueprint

bp = Blueprint("auth", __name__)
