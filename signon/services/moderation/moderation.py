"""Moderating a statement's signatures: approve, reject (with an optional message to the signer),
hide, restore, pin and unpin, one or many at a time; correct a signatory's listing; merge a
duplicate into the signature kept; switch the statement's moderation mode. Every change is
audited, with the values it replaced."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.exc import IntegrityError

from signon.extensions import db
from signon.models import Category, Signature, Statement
from signon.models.statuses import LIVE, SignatureStatus
from signon.names import clean_name, organization_key
from signon.services import audit
from signon.services.errors import (
    DomainError,
    DuplicateSignature,
    SignatureNotFound,
    StatementNotFound,
    UnknownCategory,
)
from signon.services.mail import moderation_emails

ACTIONS = ("approve", "reject", "hide", "restore", "pin", "unpin")
# The listing fields a coordinator corrects; the submitted values stay in the audit trail.
LISTING_FIELDS = ("organization_name", "category", "city", "region", "country")


@dataclass(frozen=True)
class Skipped:
    signature_id: int
    name: str
    reason: str


@dataclass(frozen=True)
class ActionReport:
    action: str
    done: tuple[str, ...]
    skipped: tuple[Skipped, ...]


@dataclass(frozen=True)
class ListingInput:
    """A signatory's listing as a coordinator corrects it."""

    organization_name: str
    category_key: str
    city: str
    region: str
    country: str


class AlreadyOffTheList(DomainError):
    """One of two signatures to merge is already rejected or withdrawn."""


def _refusal(action: str, signature: Signature) -> str:
    """Why the action does not apply to this signature; empty when it does."""
    if action == "approve":
        if signature.status == SignatureStatus.verified:
            return "already verified"
        if signature.status == SignatureStatus.withdrawn:
            return "withdrawn by the signer"
        if signature.confirmed_at is None and signature.verified_at is None:
            return "not confirmed by email yet"
    elif action == "reject":
        if signature.status not in LIVE:
            return f"already {signature.status}"
    elif action == "hide" and signature.hidden:
        return "already hidden"
    elif action == "restore" and not signature.hidden:
        return "not hidden"
    elif action == "pin" and signature.pinned:
        return "already pinned"
    elif action == "unpin" and not signature.pinned:
        return "not pinned"
    return ""


def applies(action: str, signature: Signature) -> bool:
    """Whether the action would change this signature."""
    return not _refusal(action, signature)


def _approve(signature: Signature, now: datetime) -> None:
    signature.status = SignatureStatus.verified
    signature.verified_at = now


def _reject(signature: Signature, now: datetime) -> None:
    signature.status = SignatureStatus.rejected


_CHANGES: dict[str, Callable[[Signature, datetime], None]] = {
    "approve": _approve,
    "reject": _reject,
    "hide": lambda signature, now: setattr(signature, "hidden", True),
    "restore": lambda signature, now: setattr(signature, "hidden", False),
    "pin": lambda signature, now: setattr(signature, "pinned", True),
    "unpin": lambda signature, now: setattr(signature, "pinned", False),
}
_EVENTS = {
    "approve": "signature.approved",
    "reject": "signature.rejected",
    "hide": "signature.hidden",
    "restore": "signature.restored",
    "pin": "signature.pinned",
    "unpin": "signature.unpinned",
}


def apply(
    statement_id: int,
    action: str,
    signature_ids: Sequence[int],
    now: datetime,
    *,
    actor: str,
    message: str = "",
) -> ActionReport:
    """Do ``action`` to each of the statement's signatures named, in one transaction, and say
    which were changed and which skipped, and why. ``reject`` with a ``message`` emails it to
    each rejected signature's contact (through the outbox, in the same transaction)."""
    if action not in ACTIONS:
        raise ValueError(f"action must be one of {', '.join(ACTIONS)}")
    wanted = list(dict.fromkeys(signature_ids))
    found = {
        s.id: s
        for s in db.session.execute(
            db.select(Signature).where(Signature.statement_id == statement_id, Signature.id.in_(wanted))
        ).scalars()
    }
    done: list[str] = []
    skipped: list[Skipped] = []
    message = message.strip()
    for signature_id in wanted:
        signature = found.get(signature_id)
        if signature is None:
            skipped.append(Skipped(signature_id, "", "not a signature of this statement"))
            continue
        reason = _refusal(action, signature)
        if reason:
            skipped.append(Skipped(signature_id, signature.organization_name, reason))
            continue
        previous = signature.status
        _CHANGES[action](signature, now)
        signature.updated_at = now
        details: dict[str, object] = {"previous_status": previous} if action in ("approve", "reject") else {}
        if action == "reject" and message:
            moderation_emails.rejection(signature, message, now)
            details["message"] = message
        audit.record(now, actor, _EVENTS[action], statement_id=statement_id, signature_id=signature.id, **details)
        done.append(signature.organization_name)
    db.session.commit()
    return ActionReport(action, tuple(done), tuple(skipped))


def signature_of(statement_id: int, signature_id: int) -> Signature:
    """One of the statement's signatures; SignatureNotFound for any other id."""
    signature = db.session.execute(
        db.select(Signature).where(Signature.statement_id == statement_id, Signature.id == signature_id)
    ).scalar_one_or_none()
    if signature is None:
        raise SignatureNotFound(signature_id)
    return signature


def listing(signature: Signature) -> dict[str, str]:
    """The fields a coordinator corrects, as the history records them before and after."""
    return {
        "organization_name": signature.organization_name,
        "category": signature.category.label,
        "city": signature.city,
        "region": signature.region,
        "country": signature.country,
    }


def edit(statement_id: int, signature_id: int, data: ListingInput, now: datetime, *, actor: str) -> bool:
    """Correct how a signatory is listed (name, category, place). The audit event keeps the
    values before and after, so the first edit keeps what was submitted. DuplicateSignature
    when the new name is another signature's (merge them instead). False when nothing changed."""
    signature = signature_of(statement_id, signature_id)
    category = db.session.execute(
        db.select(Category).where(Category.statement_id == statement_id, Category.key == data.category_key)
    ).scalar_one_or_none()
    if category is None:
        raise UnknownCategory(data.category_key)
    before = listing(signature)
    name = clean_name(data.organization_name)
    signature.organization_name, signature.organization_key = name, organization_key(name)
    signature.category = category
    signature.city, signature.region = clean_name(data.city), clean_name(data.region)
    signature.country = clean_name(data.country)
    after = listing(signature)
    if after == before:
        db.session.rollback()
        return False
    signature.updated_at = now
    try:
        db.session.flush()
    except IntegrityError:
        db.session.rollback()
        raise DuplicateSignature(name) from None
    changed = [key for key in LISTING_FIELDS if before[key] != after[key]]
    audit.record(
        now, actor, "signature.edited",
        statement_id=statement_id, signature_id=signature_id, changed=changed, before=before, after=after,
    )  # fmt: skip
    db.session.commit()
    return True


def merge(statement_id: int, keep_id: int, merged_id: int, now: datetime, *, actor: str) -> Signature:
    """Keep one of two signatures of the same organization and reject the other as merged
    into it (audited on both). A pinned duplicate passes its pin to the one kept."""
    if keep_id == merged_id:
        raise ValueError("a signature cannot be merged into itself")
    kept = signature_of(statement_id, keep_id)
    merged = signature_of(statement_id, merged_id)
    if kept.status not in LIVE or merged.status not in LIVE:
        # Already merged (a second tab, a colleague) or taken off the list: merging again the
        # other way would reject the one signature left.
        raise AlreadyOffTheList(merged.id if kept.status in LIVE else kept.id)
    previous = merged.status
    merged.status = SignatureStatus.rejected
    merged.updated_at = now
    if merged.pinned:
        merged.pinned, kept.pinned = False, True
        kept.updated_at = now
    audit.record(
        now, actor, "signature.merged",
        statement_id=statement_id, signature_id=merged.id, merged_into=kept.id,
        kept_name=kept.organization_name, previous_status=previous,
    )  # fmt: skip
    audit.record(
        now, actor, "signature.merged_from",
        statement_id=statement_id, signature_id=kept.id, merged_id=merged.id, merged_name=merged.organization_name,
    )  # fmt: skip
    db.session.commit()
    return kept


def set_moderated(statement_id: int, moderated: bool, now: datetime, *, actor: str) -> bool:
    """Hold confirmed signatures for approval (True) or list them once confirmed (False).
    Signatures already awaiting approval keep waiting either way. False when unchanged."""
    statement = db.session.get(Statement, statement_id)
    if statement is None:
        raise StatementNotFound(str(statement_id))
    if statement.moderated == moderated:
        return False
    statement.moderated = moderated
    statement.updated_at = now
    audit.record(now, actor, "statement.moderation_changed", statement_id=statement_id, moderated=moderated)
    db.session.commit()
    return True
