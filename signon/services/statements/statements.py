"""Statements: saving them from a file and reading them for the public page."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime
from zoneinfo import ZoneInfo

from babel.core import UnknownLocaleError
from babel.dates import format_date
from sqlalchemy import func, update

from signon.exports.letter import LetterAddressee
from signon.extensions import db
from signon.markup import render_markdown, split_footnotes
from signon.models import Addressee, Category, Coordinator, Membership, Signature, Statement
from signon.models.statuses import Role, SignatureStatus, StatementStatus
from signon.services import audit
from signon.services.errors import StatementFileError, StatementNotFound
from signon.services.statements.signatory_list import SignatoryGroup, SignatoryList, signatory_list
from signon.services.statements.statement_files import StatementInput, StatementText, slugify


@dataclass(frozen=True)
class PublicStatement:
    slug: str
    title: str
    status: str
    language: str
    date_text: str
    deadline_text: str
    accepts_signatures: bool
    addressees: tuple[LetterAddressee, ...]
    salutation: str
    body_html: str
    footnotes_html: str
    background_html: str
    closing: str
    count: int
    groups: tuple[SignatoryGroup, ...]
    etag: str
    published: bool
    # What a closed statement shows in place of the sign form (sanitised HTML, may be empty).
    closed_message_html: str = ""
    # The note on individuals under the list (signatory_list.INDIVIDUALS_NOTE), or "".
    individuals_note: str = ""


def text_of(statement: Statement) -> StatementText:
    """The statement's saved words: each field of StatementText is the column of that name."""
    return StatementText(**{field.name: getattr(statement, field.name) for field in fields(StatementText)})


def apply_text(statement: Statement, text: StatementText) -> None:
    """Put the words in the statement's columns: the reverse of ``text_of``."""
    for field in fields(StatementText):
        setattr(statement, field.name, getattr(text, field.name))


def addressee_of(addressee: Addressee) -> LetterAddressee:
    """An addressee as the public page, the letter and the coordinators' list show it."""
    return LetterAddressee(
        addressee.name,
        addressee.title,
        addressee.organization,
        tuple(addressee.address_lines),
        addressee.email,
        addressee.phone,
        addressee.social_handle,
    )


def get_by_slug(slug: str) -> Statement:
    statement = db.session.execute(db.select(Statement).where(Statement.slug == slug)).scalar_one_or_none()
    if statement is None:
        raise StatementNotFound(slug)
    return statement


def get_public(slug: str) -> Statement:
    """A statement the public may see: drafts are hidden as if they did not exist."""
    statement = get_by_slug(slug)
    if statement.status == StatementStatus.draft:
        raise StatementNotFound(slug)
    return statement


def _sync_categories(statement: Statement, labels: tuple[str, ...]) -> None:
    existing = {category.key: category for category in statement.categories}
    wanted = [slugify(label) for label in labels]
    for key, category in existing.items():
        if key in wanted:
            continue
        used = db.session.execute(
            db.select(func.count()).select_from(Signature).where(Signature.category_id == category.id)
        ).scalar_one()
        if used:
            raise StatementFileError(f"category '{category.label}' has {used} signatures and cannot be removed")
        statement.categories.remove(category)
    for position, (key, label) in enumerate(zip(wanted, labels, strict=True)):
        kept = existing.get(key)
        if kept is None:
            statement.categories.append(Category(key=key, label=label, position=position))
        else:
            kept.label, kept.position = label, position


def save_from_file(
    data: StatementInput, now: datetime, *, actor: str, coordinator_emails: tuple[str, ...] = ()
) -> Statement:
    """Create the statement with that slug, or update it: text, addressees, categories.

    Coordinators named by email become its owners. Nothing is written if any step fails.
    """
    coordinators = []
    for email in coordinator_emails:
        coordinator = db.session.execute(
            db.select(Coordinator).where(Coordinator.email == email.lower())
        ).scalar_one_or_none()
        if coordinator is None:
            raise StatementFileError(
                f"no coordinator with the email {email}: create one with 'flask coordinators create'"
            )
        coordinators.append(coordinator)
    statement = db.session.execute(db.select(Statement).where(Statement.slug == data.slug)).scalar_one_or_none()
    created = statement is None
    if statement is None:
        statement = Statement(slug=data.slug, created_at=now, revision=0)
        db.session.add(statement)
    try:
        apply_text(statement, data)
        statement.status = data.status
        statement.paper_size = data.paper
        statement.contact_email = data.contact_email or statement.contact_email
        statement.revision = (statement.revision or 0) + 1
        statement.updated_at = now
        statement.addressees = [Addressee(position=i, **vars(addressee)) for i, addressee in enumerate(data.addressees)]
        _sync_categories(statement, data.categories)
        db.session.flush()
        members = set(
            db.session.execute(
                db.select(Membership.coordinator_id).where(Membership.statement_id == statement.id)
            ).scalars()
        )
        for coordinator in coordinators:
            if coordinator.id not in members:
                db.session.add(Membership(statement_id=statement.id, coordinator_id=coordinator.id, role=Role.owner))
        audit.record(
            now,
            actor,
            "statement.created" if created else "statement.updated",
            statement_id=statement.id,
            revision=statement.revision,
        )
        db.session.commit()
    except Exception:
        db.session.rollback()
        raise
    return statement


def format_long_date(value: date, language: str) -> str:
    try:
        return format_date(value, format="long", locale=language.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return format_date(value, format="long", locale="en")


def deadline_in_words(deadline: datetime | None, zone_name: str) -> str:
    """ "Sign on by 15 August 2019", with the hour only when it is not the end of the day."""
    if deadline is None:
        return ""
    local = deadline.astimezone(ZoneInfo(zone_name))
    words = f"Sign on by {local.day} {local:%B %Y}"
    if (local.hour, local.minute) != (23, 59):
        words += f", {local:%H:%M} {local.tzname()}"
    return words


def public_etag(slug: str, now: datetime) -> str:
    """Changes whenever what the public page shows changes; cheap enough to ask on every request."""
    return _etag(get_public(slug), now)


def _etag(statement: Statement, now: datetime) -> str:
    stamp = db.session.execute(
        db.select(func.count(), func.max(Signature.updated_at)).where(
            Signature.statement_id == statement.id, Signature.status == SignatureStatus.verified
        )
    ).one()
    latest = stamp[1].timestamp() if stamp[1] else 0
    accepting = int(statement.accepts_signatures(now))
    return f"{statement.id}-{statement.revision}-{statement.status}{accepting}-{stamp[0]}-{latest:.6f}"


def public_view(slug: str, now: datetime) -> PublicStatement:
    """Everything the public page shows, sanitised and in order; contact details never included."""
    statement = get_public(slug)
    return read_model(statement, text_of(statement), now)


def read_model(statement: Statement | None, text: StatementText, now: datetime) -> PublicStatement:
    """What the public page shows of a statement with these words (its saved ones, or unsaved
    ones for the preview); a statement not created yet has no addressees and no signatories."""
    listed = signatory_list(statement.id) if statement is not None else SignatoryList((), 0, "")
    body_html, footnotes_html = split_footnotes(render_markdown(text.body))
    closed_message = statement.closed_message if statement is not None else ""
    return PublicStatement(
        slug=statement.slug if statement is not None else text.slug,
        title=text.title,
        status=statement.status if statement is not None else StatementStatus.draft,
        language=text.language,
        date_text=format_long_date(text.date, text.language) if text.date else "",
        deadline_text=deadline_in_words(text.deadline, text.timezone),
        accepts_signatures=statement.accepts_signatures(now) if statement is not None else False,
        addressees=tuple(addressee_of(a) for a in (statement.addressees if statement is not None else ())),
        salutation=text.salutation,
        body_html=body_html,
        footnotes_html=footnotes_html,
        background_html=render_markdown(text.background) if text.background.strip() else "",
        closing=text.closing,
        count=listed.count,
        groups=listed.groups,
        etag=_etag(statement, now) if statement is not None else "",
        published=statement is not None and statement.published_at is not None,
        closed_message_html=render_markdown(closed_message) if closed_message.strip() else "",
        individuals_note=listed.individuals_note,
    )


@dataclass(frozen=True)
class StatementLink:
    slug: str
    title: str
    deadline_text: str


def open_statements(now: datetime) -> list[StatementLink]:
    """Statements open for signatures, newest first, for the home page."""
    rows = db.session.execute(
        db.select(Statement)
        .where(Statement.status == StatementStatus.open)
        .order_by(Statement.created_at.desc())
        .limit(50)
    ).scalars()
    return [
        StatementLink(s.slug, s.title, deadline_in_words(s.deadline, s.timezone))
        for s in rows
        if s.accepts_signatures(now)
    ]


def closed_message_html(slug: str) -> str:
    """The coordinators' words for a closed statement as safe HTML; empty when they chose none
    (or the statement is a draft or unknown)."""
    try:
        statement = get_public(slug)
    except StatementNotFound:
        return ""
    return render_markdown(statement.closed_message) if statement.closed_message.strip() else ""


def lock(statement_id: int) -> None:
    """Hold the statement's row until this transaction ends, so that two requests acting on the
    statement at once go one after the other and the second sees what the first did. Writing to
    the row (changing nothing) takes the lock on PostgreSQL and SQLite alike: SQLite ignores
    SELECT ... FOR UPDATE, and pysqlite starts a transaction only at the first write."""
    db.session.execute(update(Statement).where(Statement.id == statement_id).values(id=Statement.id))
