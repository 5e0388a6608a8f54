"""What happened to one signature, read from the audit trail: submitted, confirmed, approved,
corrected (with the values before and after, so the original submission stays visible)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from signon.extensions import db
from signon.models import AuditEvent, Coordinator

_WHAT = {
    "signature.submitted": "Signed through the sign form",
    "signature.confirmed": "Confirmed through the emailed link",
    "signature.link_resent": "Confirmation link sent again",
    "signature.duplicate_refused": "Someone tried to sign again for this organization",
    "signature.added_verified": "Added by a coordinator",
    "signature.imported": "Imported from a spreadsheet",
    "signature.approved": "Approved",
    "signature.rejected": "Rejected",
    "signature.hidden": "Hidden from the public list",
    "signature.restored": "Shown on the public list again",
    "signature.pinned": "Pinned under “Initiated by”",
    "signature.unpinned": "No longer pinned under “Initiated by”",
    "signature.invalidated": "Invalidated in bulk (rejected)",
    "signature.withdrawn": "Withdrawn by the signer",
    "signature.manage_link_sent": "Link to manage the signature sent",
    "signature.signed_again": "Signed again after the withdrawal, by the same organization",
    "signature.archived": "Moved to the archive by a database upgrade",
}
_FIELD_NAMES = {
    "organization_name": "name",
    "category": "category",
    "city": "city",
    "region": "state or region",
    "country": "country",
    "website": "website",
    "comment": "comment",
}


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    who: str
    what: str


def _who(actor: str, names: dict[int, str]) -> str:
    kind, _, number = actor.partition(":")
    if kind == "coordinator" and number.isdigit():
        return names.get(int(number), "A former coordinator")
    return {"public": "The signer", "cli": "Command line", "system": "Signon"}.get(kind, actor)


def _what(event: AuditEvent) -> str:
    details: dict[str, Any] = event.details or {}
    if event.action == "signature.edited":
        before, after = details.get("before", {}), details.get("after", {})
        changes = [
            f"{_FIELD_NAMES.get(key, key)} “{before.get(key, '')}” → “{after.get(key, '')}”"
            for key in details.get("changed", ())
        ]
        return "Listing corrected: " + "; ".join(changes)
    if event.action == "signature.merged":
        return f"Merged into “{details.get('kept_name', '')}” (rejected as a duplicate)"
    if event.action == "signature.merged_from":
        return f"“{details.get('merged_name', '')}” merged into this signature"
    if event.action == "signature.withdrawn" and details.get("via") == "not_me":
        return "Withdrawn through “This wasn’t me” in the verification email"
    if event.action == "signature.rejected" and details.get("message"):
        return f"Rejected, with a message to the signer: “{details['message']}”"
    return _WHAT.get(event.action, event.action)


def history(statement_id: int, signature_id: int) -> list[HistoryEntry]:
    """The signature's audit events, oldest first, in words."""
    events = list(
        db.session.execute(
            db.select(AuditEvent)
            .where(AuditEvent.statement_id == statement_id, AuditEvent.signature_id == signature_id)
            .order_by(AuditEvent.at, AuditEvent.id)
        ).scalars()
    )
    actors = {e.actor.partition(":") for e in events}
    ids = {int(number) for kind, _, number in actors if kind == "coordinator" and number.isdigit()}
    names = dict(db.session.execute(db.select(Coordinator.id, Coordinator.name).where(Coordinator.id.in_(ids))).all())
    return [HistoryEntry(event.at, _who(event.actor, names), _what(event)) for event in events]
