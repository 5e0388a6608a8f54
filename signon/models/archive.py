"""Rows a migration had to take out of a table to satisfy a new constraint: kept whole, with
the reason, so that nothing is ever deleted to make a schema fit."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, String
from sqlalchemy.orm import Mapped, mapped_column

from signon.extensions import Base
from signon.models.types import UTCDateTime


class ArchivedRow(Base):
    __tablename__ = "archived_row"

    id: Mapped[int] = mapped_column(primary_key=True)
    archived_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # The migration that moved it, and from where.
    revision: Mapped[str] = mapped_column(String(32))
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[int]
    reason: Mapped[str] = mapped_column(String(500))
    # Every column of the row as it was, by name.
    data: Mapped[dict[str, Any]] = mapped_column(JSON())
