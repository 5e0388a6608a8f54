"""Uploaded CSV files kept between the mapping screen, the preview and the import.

A file is written under ``instance/imports/`` (or ``SIGNON_IMPORT_DIR``) with a random name of
32 characters, and records the coordinator and statement it belongs to: only that coordinator,
on that statement, can read it, so a leaked address shows nobody else anything. It lives two
hours at most and is replaced by the import's report once imported. Kept on the server rather
than sent back to the browser in a hidden field, because a 2 MB list of contacts need not
travel back and forth, and a form cannot fill in a file input again.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import tempfile
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from flask import current_app

LIFETIME = timedelta(hours=2)
_NAME = re.compile(r"^[A-Za-z0-9_-]{32}$")


@dataclass(frozen=True)
class StoredUpload:
    id: str
    filename: str
    text: str
    created_at: datetime
    # Once imported: the report, as the import service's outcomes in plain dictionaries.
    report: list[dict[str, Any]] | None = None


def folder() -> Path:
    configured = current_app.config.get("SIGNON_IMPORT_DIR")
    return Path(configured) if configured else Path(current_app.instance_path) / "imports"


def _write(path: Path, content: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    # Written aside and renamed, so a reader never sees half a file; readable by us only.
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".part-")
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        json.dump(content, out, ensure_ascii=False)
    os.replace(temporary, path)


def _sweep(now: datetime) -> None:
    """Remove what has outlived LIFETIME, so abandoned uploads do not pile up."""
    oldest = (now - LIFETIME).timestamp()
    for path in folder().glob("*.json"):
        try:
            if path.stat().st_mtime < oldest:
                path.unlink(missing_ok=True)
        except OSError:
            continue


def keep(text: str, filename: str, *, statement_id: int, coordinator_id: int, now: datetime) -> str:
    """Store the file for this coordinator and statement; returns its id."""
    _sweep(now)
    upload_id = secrets.token_urlsafe(24)
    content = {
        "statement_id": statement_id,
        "coordinator_id": coordinator_id,
        "filename": filename[:200],
        "created_at": now.isoformat(),
        "text": text,
        "report": None,
    }
    _write(folder() / f"{upload_id}.json", content)
    return upload_id


def _read(upload_id: str, statement_id: int, coordinator_id: int, now: datetime) -> dict[str, Any] | None:
    if not _NAME.fullmatch(upload_id):
        return None
    try:
        content = json.loads((folder() / f"{upload_id}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    created = datetime.fromisoformat(content["created_at"])
    if (content["statement_id"], content["coordinator_id"]) != (statement_id, coordinator_id):
        return None
    if now - created > LIFETIME:
        return None
    return dict(content)


def load(upload_id: str, *, statement_id: int, coordinator_id: int, now: datetime) -> StoredUpload | None:
    """The upload, if it exists, is this coordinator's on this statement and has not expired."""
    content = _read(upload_id, statement_id, coordinator_id, now)
    if content is None:
        return None
    return StoredUpload(
        id=upload_id,
        filename=content["filename"],
        text=content["text"] or "",
        created_at=datetime.fromisoformat(content["created_at"]),
        report=content["report"],
    )


def replace_with_report(
    upload_id: str, report: list[dict[str, Any]], *, statement_id: int, coordinator_id: int, now: datetime
) -> None:
    """Forget the file's contents once imported; keep what the report shows."""
    content = _read(upload_id, statement_id, coordinator_id, now)
    if content is None:
        return
    content.update(text=None, report=report)
    _write(folder() / f"{upload_id}.json", content)
