"""Limits on what the public may send: a POST to a public page carries a small form, so a body
over 64 kB is refused with 413 and a form of more than 50 fields with 400, before any view (or
query) runs. Werkzeug caps the number of fields only for multipart bodies, hence the count."""

from __future__ import annotations

from flask import Blueprint, abort, current_app, request

PUBLIC_POST_BYTES = 64 * 1024
PUBLIC_FORM_FIELDS = 50


def limit_public_posts() -> None:
    if request.method != "POST":
        return
    limit = current_app.config.get("SIGNON_PUBLIC_POST_BYTES", PUBLIC_POST_BYTES)
    # Also bounds a body sent without Content-Length (chunked): Werkzeug stops reading there.
    request.max_content_length = limit
    if request.content_length is not None and request.content_length > limit:
        abort(413)
    fields = current_app.config.get("SIGNON_PUBLIC_FORM_FIELDS", PUBLIC_FORM_FIELDS)
    if sum(1 for _ in request.form.items(multi=True)) + len(request.files) > fields:
        abort(400)


def register(bp: Blueprint) -> None:
    bp.before_request(limit_public_posts)
