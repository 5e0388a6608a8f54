"""What a signatory does for itself through an emailed link: say "this wasn't me" from the
verification email, ask for a link to manage its signatures, and through that link withdraw or
correct one. Every change is audited with what it replaced and told to the statement's team.

Who holds the link is who controls the address that signed: that is the only proof asked for,
the same as for confirming. A withdrawal is one conditional UPDATE, so that however many
requests arrive at once, one changes the signature and one set of emails goes out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, update
from sqlalchemy.exc import IntegrityError

from signon import domains, lookalikes, tokens
from signon.extensions import db
from signon.models import Category, Signature, Statement
from signon.models.statuses import LIVE, FieldChoice, SignatureStatus, Standing
from signon.names import clean_name, organization_key
from signon.services import audit
from signon.services.circulation import notifications
from signon.services.errors import DomainError, DuplicateSignature, UnknownCategory
from signon.services.mail import coordinator_emails, emails, signature_links
from signon.services.mail.coordinator_emails import Change, SignatoryLine
from signon.services.moderation import moderation
from signon.services.signing import signatures

# A signature a signatory can still take off the list or correct; rejected ones are off already.
ON_THE_LIST = LIVE
FIELD_LABELS = {
    "organization_name": "Name",
    "category": "Category",
    "city": "City",
    "region": "State or region",
    "country": "Country",
    "website": "Website",
    "comment": "Comment",
}


class LetterDelivered(DomainError):
    """The final letter is published: the list it carried can no longer change here."""

    def __init__(self, slug: str, title: str, contact: str) -> None:
        super().__init__(slug)
        self.slug, self.title, self.contact = slug, title, contact


class CorrectionClosed(DomainError):
    """The statement has closed: its listings can no longer be corrected (withdrawing can)."""


class NotOnTheList(DomainError):
    """The signature was withdrawn or rejected: there is nothing to withdraw or correct."""


class SignatureChanged(DomainError):
    """The signature changed state (approved, say) between reading it and correcting it."""


@dataclass(frozen=True)
class Entry:
    """One signature as its signatory sees it on the "this wasn't me" and manage pages: what
    the list shows and what may be done. Never the contact's name or address."""

    statement_slug: str
    statement_title: str
    organization_name: str
    category: str
    category_key: str
    city: str
    region: str
    country: str
    place: str
    website: str
    comment: str
    state: Standing
    on_the_list: bool
    delivered: bool
    correctable: bool
    moderated: bool
    # The coordinators' address for questions ("" when the statement gives none).
    contact: str
    categories: tuple[tuple[str, str], ...]
    website_field: FieldChoice
    comment_field: FieldChoice


@dataclass(frozen=True)
class Correction:
    organization_name: str
    category_key: str
    city: str
    region: str
    country: str
    website: str
    comment: str


@dataclass(frozen=True)
class WithdrawResult:
    outcome: Standing | None  # withdrawn; None when it was off the list already
    entry: Entry


@dataclass(frozen=True)
class CorrectResult:
    changed: bool
    awaiting_approval: bool
    entry: Entry


def _state(signature: Signature) -> Standing:
    return signature.standing


def _entry(signature: Signature, now: datetime) -> Entry:
    statement = signature.statement
    on_the_list = signature.status in ON_THE_LIST
    delivered = statement.published_at is not None
    return Entry(
        statement_slug=statement.slug,
        statement_title=statement.title,
        organization_name=signature.organization_name,
        category=signature.category.label,
        category_key=signature.category.key,
        city=signature.city,
        region=signature.region,
        country=signature.country,
        place=signature.place,
        website=signature.website,
        comment=signature.comment,
        state=_state(signature),
        on_the_list=on_the_list,
        delivered=delivered,
        correctable=on_the_list and not delivered and statement.accepts_signatures(now),
        moderated=statement.moderated,
        contact=statement.contact_email or "",
        categories=tuple((c.key, c.label) for c in statement.categories),
        website_field=statement.website_field,
        comment_field=statement.comment_field,
    )


def _not_me_signature(token: str) -> Signature:
    return signature_links.read(token, tokens.NOT_ME, emails.not_me_days())


def _managed_signature(token: str) -> Signature:
    return signature_links.read(token, tokens.MANAGE_SIGNATURE, emails.manage_link_days())


def _facts(statement: Statement) -> coordinator_emails.StatementFacts:
    return coordinator_emails.statement_facts(statement.id, statement.slug, statement.title)


_STATE_WORDS = {
    Standing.awaiting_confirmation: "awaiting confirmation by email",
    Standing.awaiting_approval: "confirmed, awaiting your approval",
    Standing.verified: "verified and listed",
}


# --------------------------------------------------------------------------- withdrawing


def _withdraw(signature: Signature, now: datetime, *, via: str) -> WithdrawResult:
    statement = signature.statement
    if statement.published_at is not None:
        raise LetterDelivered(statement.slug, statement.title, statement.contact_email or "")
    before = _entry(signature, now)
    if not before.on_the_list:
        return WithdrawResult(None, before)
    previous = before.state
    if previous == Standing.verified and signature.hidden:
        previous_words = "verified, hidden from the public list"
    else:
        previous_words = _STATE_WORDS.get(previous, previous)
    unpublished = db.select(Statement.id).where(Statement.id == statement.id, Statement.published_at.is_(None)).exists()
    changed = db.session.execute(
        update(Signature)
        .where(Signature.id == signature.id, Signature.status.in_(ON_THE_LIST), unpublished)
        .values(status=SignatureStatus.withdrawn, updated_at=now)
        .execution_options(synchronize_session=False)
    ).rowcount  # type: ignore[attr-defined]
    if changed != 1:
        # Another request withdrew it, a coordinator rejected it, or the letter went out with
        # it a moment ago.
        db.session.rollback()
        db.session.refresh(statement)
        if statement.published_at is not None:
            raise LetterDelivered(statement.slug, statement.title, statement.contact_email or "")
        return WithdrawResult(None, _entry(signature, now))
    audit.record(
        now, "public", "signature.withdrawn",
        statement_id=statement.id, signature_id=signature.id, previous_status=previous, via=via,
    )  # fmt: skip
    line = SignatoryLine(before.organization_name, before.category, before.place, "")
    facts = _facts(statement)
    # Every member: like the deadline and closing notices, a name leaving or changing on the
    # list is something the whole team must know, whatever she chose for new signatures.
    for to in notifications.team(statement.id):
        coordinator_emails.signature_withdrawn(
            now, to, facts, line, signature_id=signature.id, not_me=via == "not_me", previous=previous_words
        )
    db.session.commit()
    db.session.refresh(signature)
    return WithdrawResult(Standing.withdrawn, _entry(signature, now))


def not_me_view(token: str, now: datetime) -> Entry:
    """What the "this wasn't me" page shows before its button is pressed. Changes nothing."""
    return _entry(_not_me_signature(token), now)


def withdraw_not_me(token: str, now: datetime) -> WithdrawResult:
    """The person at the address that was given says they did not sign: withdraw the signature
    whatever its state (awaiting confirmation, awaiting approval, verified), audit it and tell
    the coordinators. Only the first of any number of calls changes anything.
    LetterDelivered once the final letter is published."""
    return _withdraw(_not_me_signature(token), now, via="not_me")


# --------------------------------------------------------------------------- manage links


def send_manage_links(email: str, now: datetime) -> None:
    """Email the address one link per signature made with it that is still on the list (any
    statement). Says nothing about whether there were any, so no one learns who signed."""
    found = list(
        db.session.execute(
            db.select(Signature)
            .where(
                func.lower(Signature.contact_email) == email.strip().lower(),
                Signature.status.in_(ON_THE_LIST),
            )
            .order_by(Signature.created_at, Signature.id)
        ).scalars()
    )
    if not found:
        return
    # The address as it signed, not as typed now: the two differ at most in case.
    emails.manage_links(found[0].contact_email, found, now)
    for signature in found:
        audit.record(
            now, "public", "signature.manage_link_sent", statement_id=signature.statement_id, signature_id=signature.id
        )
    db.session.commit()


def manage_view(token: str, now: datetime) -> Entry:
    """The manage page of the signature the link belongs to. Changes nothing."""
    return _entry(_managed_signature(token), now)


def withdraw_managed(token: str, now: datetime) -> WithdrawResult:
    """Withdraw the signature from its manage page: allowed while the statement is open or
    closed, until the final letter is published (LetterDelivered after that)."""
    return _withdraw(_managed_signature(token), now, via="manage")


# --------------------------------------------------------------------------- correcting


def _listing(signature: Signature) -> dict[str, str]:
    # What a coordinator corrects, and what the signatory may correct besides.
    return {**moderation.listing(signature), "website": signature.website, "comment": signature.comment}


def _other_names(signature: Signature) -> list[tuple[str, str]]:
    return signatures.names_signed(signature.statement_id, except_id=signature.id)


def correct(token: str, data: Correction, now: datetime) -> CorrectResult:
    """Correct how the signature is listed, while its statement is open (CorrectionClosed
    after). The name keeps one signature per organization (DuplicateSignature when another
    has it). Under moderation, a verified signature whose name changed waits for approval
    again: the coordinators approved a name, not whatever it becomes. Audited with the values
    before and after; the team is told."""
    signature = _managed_signature(token)
    statement = signature.statement
    if signature.status not in ON_THE_LIST:
        raise NotOnTheList(signature.id)
    if statement.published_at is not None or not statement.accepts_signatures(now):
        raise CorrectionClosed(statement.slug)
    category = db.session.execute(
        db.select(Category).where(Category.statement_id == statement.id, Category.key == data.category_key)
    ).scalar_one_or_none()
    if category is None:
        raise UnknownCategory(data.category_key)
    before = _listing(signature)
    name = clean_name(data.organization_name)
    after = {
        "organization_name": name,
        "category": category.label,
        "city": clean_name(data.city),
        "region": clean_name(data.region),
        "country": clean_name(data.country),
        # A field the sign form hides is not the signatory's to fill in now.
        "website": data.website.strip() if statement.website_field != FieldChoice.hidden else signature.website,
        "comment": data.comment.strip() if statement.comment_field != FieldChoice.hidden else signature.comment,
    }
    changed = [key for key in FIELD_LABELS if before[key] != after[key]]
    if not changed:
        return CorrectResult(False, False, _entry(signature, now))
    back_to_approval = (
        statement.moderated and signature.status == SignatureStatus.verified and "organization_name" in changed
    )
    values: dict[str, object] = {
        "organization_name": name,
        "organization_key": organization_key(name),
        "category_id": category.id,
        "city": after["city"],
        "region": after["region"],
        "country": after["country"],
        "website": after["website"],
        "comment": after["comment"],
        "updated_at": now,
    }
    if "organization_name" in changed:
        # Checked again as at signing: a correction must not be the way to pass for another.
        values["name_warning"] = lookalikes.name_warning(name, _other_names(signature))
    if "website" in changed and signature.domain_check:
        values["domain_check"] = domains.check(signature.contact_email, after["website"]).result
    if back_to_approval:
        # The link proves the address as well as the confirmation did.
        values.update(status=SignatureStatus.pending, verified_at=None, confirmed_at=signature.confirmed_at or now)
    try:
        won = db.session.execute(
            update(Signature)
            .where(
                Signature.id == signature.id,
                Signature.status == signature.status,
                # A coordinator's correction in between must not be overwritten unseen.
                Signature.updated_at == signature.updated_at,
            )
            .values(values)
            .execution_options(synchronize_session=False)
        ).rowcount  # type: ignore[attr-defined]
    except IntegrityError:
        db.session.rollback()
        raise DuplicateSignature(name) from None
    if won != 1:
        # Withdrawn, rejected or approved meanwhile: the person looks again before deciding.
        db.session.rollback()
        raise SignatureChanged(signature.id)
    details: dict[str, object] = {"changed": changed, "before": before, "after": after, "via": "manage"}
    if back_to_approval:
        details.update(previous_status=SignatureStatus.verified, status=SignatureStatus.pending)
    audit.record(now, "public", "signature.edited", statement_id=statement.id, signature_id=signature.id, **details)
    changes = [Change(FIELD_LABELS[key], before[key], after[key]) for key in changed]
    facts = _facts(statement)
    # Every member: like the deadline and closing notices, a name leaving or changing on the
    # list is something the whole team must know, whatever she chose for new signatures.
    for to in notifications.team(statement.id):
        coordinator_emails.signature_corrected(
            now, to, facts, name, changes, signature_id=signature.id, awaiting_approval=back_to_approval
        )
    db.session.commit()
    db.session.refresh(signature)
    return CorrectResult(True, back_to_approval, _entry(signature, now))
