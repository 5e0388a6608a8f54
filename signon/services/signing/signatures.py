"""Signing a statement and confirming the signature through the emailed link."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import func, update
from sqlalchemy.exc import IntegrityError

from signon import domains, lookalikes, tokens
from signon.extensions import db
from signon.models import Category, Signature, Statement
from signon.models.statuses import FieldChoice, SignatureStatus, Standing, StatementStatus
from signon.names import clean_name, organization_key
from signon.services import audit
from signon.services.errors import (
    DuplicateSignature,
    LinkExpired,
    LinkInvalid,
    SignatureNotFound,
    StatementClosed,
    UnknownCategory,
)
from signon.services.mail import emails, signature_links
from signon.services.statements import statements


@dataclass(frozen=True)
class SignatureInput:
    organization_name: str
    category_key: str
    city: str
    country: str
    contact_name: str
    contact_email: str
    authorized: bool
    region: str = ""
    website: str = ""
    contact_role: str = ""
    comment: str = ""
    source_ip: str = ""
    user_agent: str = ""
    phone: str = ""
    # A person signing in their own name: organization_name is then their affiliation, if any.
    individual: bool = False


@dataclass(frozen=True)
class ConfirmationView:
    signature_id: int
    statement_slug: str
    statement_title: str
    statement_open: bool
    organization_name: str
    category: str
    place: str
    website: str
    contact_name: str
    contact_role: str
    confirmed: bool
    awaiting_approval: bool
    status: SignatureStatus


@dataclass(frozen=True)
class ConfirmResult:
    # Where confirming put the signature (verified, or awaiting approval); None when it had
    # been confirmed already and nothing changed.
    outcome: Standing | None
    statement_slug: str
    organization_name: str


def sign_form_statement(slug: str, now: datetime) -> Statement:
    """The statement behind a sign form, or StatementClosed if it takes no more signatures."""
    statement = statements.get_public(slug)
    if not statement.accepts_signatures(now):
        raise StatementClosed(slug)
    return statement


def _category(statement: Statement, key: str) -> Category:
    category = db.session.execute(
        db.select(Category).where(Category.statement_id == statement.id, Category.key == key)
    ).scalar_one_or_none()
    if category is None:
        raise UnknownCategory(key)
    return category


def listed_name(data: SignatureInput) -> str:
    """The name on the list: the organization's or, for an individual, the person's own name
    followed by their affiliation (listed for identification purposes only)."""
    if not data.individual:
        return clean_name(data.organization_name)
    person, affiliation = clean_name(data.contact_name), clean_name(data.organization_name)
    return (f"{person}, {affiliation}" if affiliation else person)[:300]


def _as_the_form_allows(statement: Statement, data: SignatureInput) -> SignatureInput:
    """What the statement's sign form asks for, and nothing it hides."""
    return replace(
        data,
        website=data.website if statement.website_field != FieldChoice.hidden else "",
        phone=data.phone if statement.phone_field != FieldChoice.hidden else "",
        comment=data.comment if statement.comment_field != FieldChoice.hidden else "",
        individual=data.individual and statement.allow_individuals,
    )


def _new_signature(
    statement: Statement, category: Category, data: SignatureInput, now: datetime, *, status: SignatureStatus
) -> Signature:
    name = listed_name(data)
    return Signature(
        statement=statement,
        category=category,
        organization_name=name,
        organization_key=organization_key(name),
        city=clean_name(data.city),
        region=clean_name(data.region),
        country=clean_name(data.country),
        website=data.website.strip(),
        comment=data.comment.strip(),
        phone=clean_name(data.phone),
        individual=data.individual,
        contact_name=clean_name(data.contact_name),
        contact_role=clean_name(data.contact_role),
        contact_email=data.contact_email,
        authorized=data.authorized,
        status=status,
        created_at=now,
        updated_at=now,
        verified_at=now if status == SignatureStatus.verified else None,
        source_ip=data.source_ip[:45],
        user_agent=data.user_agent[:500],
    )


def _existing(statement_id: int, key: str) -> Signature | None:
    return db.session.execute(
        db.select(Signature).where(Signature.statement_id == statement_id, Signature.organization_key == key)
    ).scalar_one_or_none()


def names_signed(statement_id: int, *, except_id: int | None = None) -> list[tuple[str, str]]:
    """(name, key) of the statement's signatures that a new name could pass for, oldest first;
    ``except_id`` leaves out the signature whose own name is being checked."""
    query = db.select(Signature.organization_name, Signature.organization_key).where(
        Signature.statement_id == statement_id, Signature.status != SignatureStatus.rejected
    )
    if except_id is not None:
        query = query.where(Signature.id != except_id)
    return [(name, key) for name, key in db.session.execute(query.order_by(Signature.id)).all()]


def _answer_duplicate(existing: Signature, data: SignatureInput, now: datetime) -> None:
    same_person = existing.contact_email.casefold() == data.contact_email.casefold()
    if same_person and existing.standing == Standing.awaiting_confirmation:
        # Most often the first email was lost or deleted: send the link again.
        emails.verification(existing, now)
        audit.record(
            now, "public", "signature.link_resent", statement_id=existing.statement_id, signature_id=existing.id
        )
    else:
        emails.already_signed(existing, data.organization_name, data.contact_email, now)
        audit.record(
            now, "public", "signature.duplicate_refused",
            statement_id=existing.statement_id, signature_id=existing.id,
            typed_name=data.organization_name, source_ip=data.source_ip,
        )  # fmt: skip
    db.session.commit()


def _sign_again(withdrawn: Signature, category: Category, data: SignatureInput, now: datetime) -> bool:
    """A withdrawn signature (its signer left, or someone said "this wasn't me") must not keep
    the organization off the list: a new signature takes its row, as a fresh submission that
    needs its own confirmation. False if another request took it first."""
    fresh = _new_signature(withdrawn.statement, category, data, now, status=SignatureStatus.pending)
    values = {
        column: getattr(fresh, column)
        for column in (
            "organization_name", "city", "region", "country", "website", "comment", "phone", "individual",
            "contact_name", "contact_role", "contact_email", "authorized", "status", "created_at", "updated_at",
            "verified_at", "source_ip", "user_agent",
        )
    }  # fmt: skip
    values |= {
        "category_id": category.id,
        "confirmed_at": None,
        "hidden": False,
        "pinned": False,
        "domain_check": domains.check(fresh.contact_email, fresh.website).result,
        "name_warning": lookalikes.name_warning(fresh.organization_name, names_signed(withdrawn.statement_id)),
    }
    if fresh in db.session:
        db.session.expunge(fresh)
    changed = db.session.execute(
        update(Signature)
        .where(Signature.id == withdrawn.id, Signature.status == SignatureStatus.withdrawn)
        .values(**values)
        .execution_options(synchronize_session=False)
    ).rowcount  # type: ignore[attr-defined]
    if changed != 1:
        db.session.rollback()
        return False
    db.session.refresh(withdrawn)
    emails.verification(withdrawn, now)
    audit.record(
        now, "public", "signature.signed_again", statement_id=withdrawn.statement_id, signature_id=withdrawn.id
    )
    db.session.commit()
    return True


def submit(slug: str, data: SignatureInput, now: datetime) -> None:
    """Store a pending signature with its verification email and an audit event, in one
    transaction. A second signature from the same organization (any variant of its name) is
    never stored: its sender gets an email saying so, and sees the same page as anyone else."""
    statement = sign_form_statement(slug, now)
    category = _category(statement, data.category_key)
    data = _as_the_form_allows(statement, data)
    name = listed_name(data)
    key = organization_key(name)
    existing = _existing(statement.id, key)
    if (
        existing is not None
        and existing.status == SignatureStatus.withdrawn
        and _sign_again(existing, category, data, now)
    ):
        return
    if existing is not None:
        _answer_duplicate(existing, data, now)
        return
    signature = _new_signature(statement, category, data, now, status=SignatureStatus.pending)
    signature.domain_check = domains.check(signature.contact_email, signature.website).result
    signature.name_warning = lookalikes.name_warning(name, names_signed(statement.id))
    db.session.add(signature)
    try:
        db.session.flush()
        emails.verification(signature, now)
        audit.record(now, "public", "signature.submitted", statement_id=statement.id, signature_id=signature.id)
        db.session.commit()
    except IntegrityError:
        # Another request for the same organization won the race: answer as for a duplicate.
        db.session.rollback()
        existing = _existing(statement.id, key)
        if existing is None:
            # The other constraint a new signature can break: its category was removed meanwhile.
            _category(sign_form_statement(slug, now), data.category_key)
            raise
        _answer_duplicate(existing, data, now)


def _signature_from_token(token: str) -> Signature:
    return signature_links.read(token, tokens.CONFIRM_SIGNATURE, emails.confirmation_days())


def confirmation_view(token: str, now: datetime) -> ConfirmationView:
    """What the confirmation page shows before the person presses Confirm. Changes nothing."""
    signature = _signature_from_token(token)
    statement = signature.statement
    return ConfirmationView(
        signature_id=signature.id,
        statement_slug=statement.slug,
        statement_title=statement.title,
        statement_open=statement.status != StatementStatus.closed,
        organization_name=signature.organization_name,
        category=signature.category.label,
        place=signature.place,
        website=signature.website,
        contact_name=signature.contact_name,
        contact_role=signature.contact_role,
        confirmed=signature.confirmed_at is not None,
        awaiting_approval=signature.awaiting_approval,
        status=signature.status,
    )


def confirm(token: str, now: datetime) -> ConfirmResult:
    """Confirm the signature the link belongs to. Only the first call changes anything, however
    many arrive at once; under moderation the signature then waits for the coordinator."""
    signature = _signature_from_token(token)
    statement = signature.statement
    if signature.standing != Standing.awaiting_confirmation:
        return ConfirmResult(None, statement.slug, signature.organization_name)
    if statement.status == StatementStatus.closed:
        raise StatementClosed(statement.slug)
    new_status = SignatureStatus.pending if statement.moderated else SignatureStatus.verified
    changed = db.session.execute(
        update(Signature)
        .where(
            Signature.id == signature.id,
            Signature.status == SignatureStatus.pending,
            Signature.confirmed_at.is_(None),
        )
        .values(
            status=new_status,
            confirmed_at=now,
            verified_at=now if new_status == SignatureStatus.verified else None,
            updated_at=now,
        )
        .execution_options(synchronize_session=False)
    ).rowcount  # type: ignore[attr-defined]
    if changed != 1:
        db.session.rollback()
        return ConfirmResult(None, statement.slug, signature.organization_name)
    audit.record(
        now, "public", "signature.confirmed", statement_id=statement.id, signature_id=signature.id, status=new_status
    )
    db.session.commit()
    outcome = Standing.verified if new_status == SignatureStatus.verified else Standing.awaiting_approval
    return ConfirmResult(outcome, statement.slug, signature.organization_name)


def resend_link(signature_id: int, now: datetime) -> None:
    """Send a fresh confirmation link to the address that signed, if it still waits for one."""
    signature = db.session.get(Signature, signature_id)
    if signature is None:
        raise SignatureNotFound(signature_id)
    if signature.standing != Standing.awaiting_confirmation:
        return
    emails.verification(signature, now)
    audit.record(now, "public", "signature.link_resent", statement_id=signature.statement_id, signature_id=signature.id)
    db.session.commit()


def resend_links_to(email: str, now: datetime) -> None:
    """Send fresh links for every unconfirmed signature made with this address. Says nothing
    about whether there were any, so the page cannot be used to learn who signed."""
    pending = db.session.execute(
        db.select(Signature).where(
            func.lower(Signature.contact_email) == email.strip().lower(),
            Signature.status == SignatureStatus.pending,
            Signature.confirmed_at.is_(None),
        )
    ).scalars()
    for signature in pending:
        emails.verification(signature, now)
        audit.record(
            now, "public", "signature.link_resent", statement_id=signature.statement_id, signature_id=signature.id
        )
    db.session.commit()


def resend_for_token(token: str, now: datetime) -> None:
    """A new link for the signature an expired (or still valid) link belongs to."""
    try:
        signature_id = _signature_from_token(token).id
    except LinkExpired as exc:
        if exc.signature_id is None:
            raise LinkInvalid() from None
        signature_id = exc.signature_id
    resend_link(signature_id, now)


def add_on_coordinators_word(slug: str, data: SignatureInput, now: datetime, *, actor: str) -> Signature:
    """A verified signature added by a coordinator (a reply by email, an imported list);
    the audit trail records on whose word it was listed."""
    statement = statements.get_by_slug(slug)
    category = _category(statement, data.category_key)
    signature = _new_signature(statement, category, data, now, status=SignatureStatus.verified)
    db.session.add(signature)
    try:
        db.session.flush()
    except IntegrityError:
        db.session.rollback()
        raise DuplicateSignature(signature.organization_name) from None
    audit.record(now, actor, "signature.added_verified", statement_id=statement.id, signature_id=signature.id)
    db.session.commit()
    return signature
