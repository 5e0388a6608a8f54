"""A file sent as a download (the letter, the signature spreadsheets): one response for every
route that sends one, public or the coordinators'."""

from __future__ import annotations

from collections.abc import Iterable

from werkzeug.wrappers import Response


def attachment(content: bytes | Iterable[str], mimetype: str, filename: str, *, cache_control: str) -> Response:
    """``content`` to be saved as ``filename``. The type goes out as given: as ``mimetype``,
    Werkzeug would add a second "; charset=utf-8" to a text/* type that names one."""
    response = Response(content, content_type=mimetype)
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.headers["Cache-Control"] = cache_control
    return response
