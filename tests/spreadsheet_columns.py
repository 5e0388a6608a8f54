"""The columns of the signatures spreadsheet coordinators download (CSV and XLSX), in order."""

from __future__ import annotations

COLUMNS = [
    "id",
    "organization",
    "category",
    "city",
    "region",
    "country",
    "website",
    "contact_name",
    "role",
    "email",
    "phone",
    "authorized",
    "comment",
    "status",
    "individual",
    "hidden",
    "pinned",
    "submitted_at",
    "confirmed_at",
    "verified_at",
    "ip",
    "user_agent",
]
