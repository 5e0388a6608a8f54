"""A statement's history, read from the audit trail: who did what and when, to the statement
and to each of its signatures, newest first, a page at a time."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, func, or_

from signon.extensions import db
from signon.models import AuditEvent, Coordinator, Signature
from signon.models.statuses import Notify

PAGE_SIZE = 50
LONG_TEXT = 160

ACTORS = {"public": "Public", "cli": "Command line", "system": "Signon"}

# What each action did, as a sentence; an action missing here is shown by its name.
SENTENCES = {
    "statement.created": "Created the statement",
    "statement.updated": "Edited the statement",
    "statement.opened": "Opened the statement for signatures",
    "statement.reopened": "Reopened the statement for signatures",
    "statement.closed": "Closed the statement",
    "statement.closed_message_updated": "Changed the message shown once the statement is closed",
    "statement.sign_form_updated": "Changed the fields of the sign form",
    "statement.moderation_changed": "Changed whether signatures need approval",
    "statement.review_link_created": "Created a review link",
    "statement.review_link_revoked": "Revoked the review link",
    "statement.published": "Published the final letter and emailed it to the signatories",
    "statement.message_sent": "Emailed every verified signatory",
    "statement.deadline_reminder_sent": "Reminded the coordinators that the deadline is 48 hours away",
    "statement.closed_notice_sent": "Told the coordinators that the statement has closed",
    "addressee.added": "Added an addressee",
    "addressee.updated": "Edited an addressee",
    "addressee.moved": "Moved an addressee",
    "addressee.removed": "Removed an addressee",
    "category.added": "Added a category",
    "category.renamed": "Renamed a category",
    "category.moved": "Moved a category",
    "category.removed": "Removed a category",
    "signature.submitted": "Signed; awaiting confirmation by email",
    "signature.confirmed": "Confirmed the signature by email",
    "signature.link_resent": "Sent a new confirmation link",
    "signature.duplicate_refused": "Refused a second signature for the same organization",
    "signature.added_verified": "Added a verified signature",
    "signature.imported": "Imported a verified signature",
    "signature.approved": "Approved the signature",
    "signature.rejected": "Rejected the signature",
    "signature.hidden": "Hid the signature from the public list",
    "signature.restored": "Restored the signature",
    "signature.pinned": "Pinned the signature under “Initiated by”",
    "signature.unpinned": "Unpinned the signature",
    "signature.edited": "Edited the signature",
    "signature.merged": "Merged this duplicate into another signature",
    "signature.merged_from": "Merged a duplicate into this signature",
    "signature.withdrawn": "Withdrew the signature",
    "signature.manage_link_sent": "Sent the signer a link to manage the signature",
    "signature.signed_again": "Signed again after a withdrawal",
    "signature.invalidated": "Invalidated the signature (bulk)",
    "signatures.invalidated": "Invalidated signatures in bulk",
    "statement.retention_changed": "Changed how long contact details are kept",
    "statement.contacts_purged": "Anonymised the signatories' contact details",
    "signature.archived": "Moved to the archive by a database upgrade: the same organization had signed twice",
    "signatures.imported": "Imported signatures from a spreadsheet",
    "membership.notify_changed": "Changed their email about new signatures",
    "team.invited": "Invited a coordinator",
    "team.invitation_accepted": "Joined the team by invitation",
    "team.invitation_revoked": "Revoked an invitation to the team",
    "team.role_changed": "Changed a coordinator's role",
    "team.member_removed": "Removed a coordinator from the team",
    "team.left": "Left the team",
}

NOTIFY_WORDS: dict[str, str] = {
    Notify.each: "each new signature",
    Notify.digest: "a daily digest",
    Notify.none: "no email",
}
# Kept in the trail for the record, but of no use to read on the page.
HIDDEN_DETAILS = {"key"}


@dataclass(frozen=True)
class Detail:
    label: str
    value: str
    # Both set for a change from one value to another.
    before: str | None = None
    after: str | None = None
    # Long texts (a message's body) are folded away on the page.
    long: bool = False


@dataclass(frozen=True)
class HistoryEntry:
    id: int
    at: datetime
    actor: str
    action: str
    sentence: str
    organization: str
    details: tuple[Detail, ...]


@dataclass(frozen=True)
class HistoryPage:
    entries: tuple[HistoryEntry, ...]
    page: int
    pages: int
    total: int

    @property
    def newer(self) -> int | None:
        return self.page - 1 if self.page > 1 else None

    @property
    def older(self) -> int | None:
        return self.page + 1 if self.page < self.pages else None


def _shown(value: Any) -> str:
    if value is None or value == "":
        return "(empty)"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, str):
        return value
    if isinstance(value, list | tuple):
        return ", ".join(_shown(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def _label(key: str) -> str:
    return key.replace("_", " ").capitalize()


def _change(label: str, value: Any) -> Detail | None:
    """A {"before": x, "after": y} mapping or an [x, y] pair as a change; None otherwise."""
    if isinstance(value, dict) and set(value) == {"before", "after"}:
        before, after = value["before"], value["after"]
    elif isinstance(value, list | tuple) and len(value) == 2:
        before, after = value
    else:
        return None
    return Detail(label, "", before=_shown(before), after=_shown(after))


def _details(action: str, details: dict[str, Any], coordinators: dict[int, str]) -> tuple[Detail, ...]:
    if action == "membership.notify_changed":
        details = {k: NOTIFY_WORDS.get(v, v) if isinstance(v, str) else v for k, v in details.items()}
        details.pop("coordinator_id", None)  # the actor: she changed her own choice
    found: list[Detail] = []
    if "before" in details and "after" in details:
        before, after = details["before"], details["after"]
        if isinstance(before, dict) and isinstance(after, dict):
            for field in sorted(set(before) | set(after)):
                if before.get(field) != after.get(field):
                    found.append(
                        Detail(_label(field), "", before=_shown(before.get(field)), after=_shown(after.get(field)))
                    )
        else:
            found.append(Detail("Change", "", before=_shown(before), after=_shown(after)))
    both_mappings = isinstance(details.get("before"), dict) and isinstance(details.get("after"), dict)
    for key, value in details.items():
        if key in HIDDEN_DETAILS or key in ("before", "after"):
            continue
        if key == "changed" and both_mappings:
            continue  # each changed field is listed with its values above
        if key == "coordinator_id" and isinstance(value, int):
            found.append(Detail("Coordinator", coordinators.get(value, f"A former coordinator (#{value})")))
            continue
        if key in ("changes", "changed") and isinstance(value, dict):
            for field, change in value.items():
                found.append(_change(_label(field), change) or Detail(_label(field), _shown(change)))
            continue
        change = _change(_label(key), value) if isinstance(value, dict) else None
        text = _shown(value)
        found.append(change or Detail(_label(key), text, long=len(text) > LONG_TEXT or "\n" in text))
    return tuple(found)


def _statement_events(statement_id: int) -> Any:
    of_its_signatures = db.select(Signature.id).where(Signature.statement_id == statement_id)
    return and_(
        or_(AuditEvent.statement_id == statement_id, AuditEvent.signature_id.in_(of_its_signatures)),
        # One line per imported row would bury everything else: the import's own event gives the
        # count, and each signatory's page keeps its row.
        AuditEvent.action != "signature.imported",
    )


def _coordinator_names(events: list[AuditEvent]) -> dict[int, str]:
    """The names of the coordinators who acted, or whom an event names, by id."""
    ids = {i for i in (_coordinator_id(e.actor) for e in events) if i is not None}
    ids |= {
        e.details["coordinator_id"]
        for e in events
        if isinstance(e.details, dict) and isinstance(e.details.get("coordinator_id"), int)
    }
    if not ids:
        return {}
    rows = db.session.execute(db.select(Coordinator.id, Coordinator.name).where(Coordinator.id.in_(ids)))
    return {row[0]: row[1] for row in rows}


def _coordinator_id(actor: str) -> int | None:
    kind, _, number = actor.partition(":")
    return int(number) if kind == "coordinator" and number.isascii() and number.isdigit() else None


def _actor(actor: str, coordinators: dict[int, str]) -> str:
    number = _coordinator_id(actor)
    if number is not None:
        return coordinators.get(number, f"A former coordinator (#{number})")
    return ACTORS.get(actor, actor)


def _organizations(events: list[AuditEvent]) -> dict[int, str]:
    ids = {e.signature_id for e in events if e.signature_id is not None}
    if not ids:
        return {}
    rows = db.session.execute(db.select(Signature.id, Signature.organization_name).where(Signature.id.in_(ids)))
    return {row[0]: row[1] for row in rows}


def statement_history(statement_id: int, page: int = 1) -> HistoryPage:
    """The statement's audit events and those of its signatures, newest first; ``page`` counts
    from 1 and is brought within range."""
    where = _statement_events(statement_id)
    total = int(db.session.execute(db.select(func.count()).select_from(AuditEvent).where(where)).scalar_one())
    pages = max((total + PAGE_SIZE - 1) // PAGE_SIZE, 1)
    page = min(max(page, 1), pages)
    events = list(
        db.session.execute(
            db.select(AuditEvent)
            .where(where)
            .order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
            .offset((page - 1) * PAGE_SIZE)
            .limit(PAGE_SIZE)
        ).scalars()
    )
    coordinators = _coordinator_names(events)
    organizations = _organizations(events)
    entries = tuple(
        HistoryEntry(
            id=e.id,
            at=e.at,
            actor=_actor(e.actor, coordinators),
            action=e.action,
            sentence=SENTENCES.get(e.action, e.action),
            organization=organizations.get(e.signature_id, f"Signature #{e.signature_id} (deleted)")
            if e.signature_id is not None
            else "",
            details=_details(e.action, e.details if isinstance(e.details, dict) else {}, coordinators),
        )
        for e in events
    )
    return HistoryPage(entries=entries, page=page, pages=pages, total=total)
