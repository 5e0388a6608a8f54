"""Limits on what the public may send: a POST to a public page carries a small form, so a body
over 64 kB is refused with 413, a body that is not a form (JSON, XML, plain text) with 415, a
form that is not UTF-8 with 400 and a form of more than 50 fields with 400, before any view (or
query) runs. Werkzeug caps the number of fields only for multipart bodies, hence the count; and
it reads bytes that are not UTF-8 as an empty form or as replacement characters, hence the
check of the raw body."""

from __future__ import annotations

from urllib.parse import unquote_to_bytes

from flask import Blueprint, abort, current_app, request

from signon.errors import render_error

PUBLIC_POST_BYTES = 64 * 1024
PUBLIC_FORM_FIELDS = 50
URLENCODED = "application/x-www-form-urlencoded"
MULTIPART = "multipart/form-data"

NOT_A_FORM = (
    "This page takes a form",
    "Send it from the form on the page, as a web browser does.",
)
NOT_UTF8 = (
    "This form could not be read",
    "Signon reads forms as UTF-8 text, and part of what was sent was not. "
    "Go back to the form's page, reload it and send the form again.",
)


def is_utf8_form(body: bytes) -> bool:
    """Whether a urlencoded body is UTF-8 text, both as sent and once its %-escapes are read."""
    try:
        body.decode("utf-8")
        for pair in body.split(b"&"):
            unquote_to_bytes(pair.replace(b"+", b" ")).decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _has_body() -> bool:
    return bool(request.content_length) or "chunked" in request.headers.get("Transfer-Encoding", "").lower()


def limit_public_posts() -> tuple[str, int] | None:
    if request.method != "POST":
        return None
    limit = current_app.config.get("SIGNON_PUBLIC_POST_BYTES", PUBLIC_POST_BYTES)
    # Also bounds a body sent without Content-Length (chunked): Werkzeug stops reading there.
    request.max_content_length = limit
    if request.content_length is not None and request.content_length > limit:
        abort(413)
    if request.mimetype not in (URLENCODED, MULTIPART) and _has_body():
        return render_error(415, *NOT_A_FORM)
    # Read once and kept: the form is parsed from the same bytes.
    if request.mimetype == URLENCODED and not is_utf8_form(request.get_data(cache=True)):
        return render_error(400, *NOT_UTF8)
    fields = current_app.config.get("SIGNON_PUBLIC_FORM_FIELDS", PUBLIC_FORM_FIELDS)
    if sum(1 for _ in request.form.items(multi=True)) + len(request.files) > fields:
        abort(400)
    # Werkzeug decodes a multipart field that is not UTF-8 with replacement characters.
    if request.mimetype == MULTIPART and any("\ufffd" in value for value in request.form.values()):
        return render_error(400, *NOT_UTF8)
    return None


def register(bp: Blueprint) -> None:
    bp.before_request(limit_public_posts)
