"""Drafting a statement in the browser: creating it, changing its words, previewing them
unsaved, and choosing what its sign form asks."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from datetime import date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy.exc import IntegrityError

from signon.extensions import db
from signon.markup import footnote_labels
from signon.models import Category, Membership, Statement
from signon.models.statement import DEFAULT_CATEGORIES
from signon.models.statuses import FieldChoice, Role, StatementStatus
from signon.services import audit
from signon.services.errors import DomainError
from signon.services.statements.statement_files import LANGUAGE, LIMITS, SLUG, StatementText, slugify
from signon.services.statements.statements import (
    PublicStatement,
    apply_text,
    get_by_slug,
    read_model,
    text_of,
)

MAX_BODY = 100_000
MAX_BACKGROUND = 50_000


class InvalidText(DomainError):
    """A statement's words break a rule; ``field`` names the one to fix."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


@dataclass(frozen=True)
class SignFormSettings:
    """How the sign form shows each optional field, and whether people may sign as individuals."""

    website: FieldChoice = FieldChoice.optional
    phone: FieldChoice = FieldChoice.hidden
    comment: FieldChoice = FieldChoice.optional
    allow_individuals: bool = False


def check_text(text: StatementText) -> None:
    """The rules a statement's words follow, the same as for an imported file."""
    if not text.title.strip():
        raise InvalidText("title", "Enter a title")
    for name in ("title", "salutation", "closing"):
        value = getattr(text, name)
        if len(value) > LIMITS[name]:
            raise InvalidText(name, f"Keep it under {LIMITS[name]} characters")
        if "\n" in value or "\r" in value:
            raise InvalidText(name, "Keep it on one line")
    if not SLUG.match(text.slug) or len(text.slug) > LIMITS["slug"]:
        raise InvalidText("slug", "Use lower-case letters, digits and single hyphens, like joint-letter-2026")
    if not LANGUAGE.match(text.language):
        raise InvalidText("language", "Enter a language code such as en, es or pt-BR")
    try:
        ZoneInfo(text.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidText("timezone", "Choose a time zone from the list") from None
    if text.deadline is not None and text.deadline.tzinfo is None:
        raise InvalidText("deadline_date", "The deadline needs a time zone")
    if not text.body.strip():
        raise InvalidText("body", "Enter the text of the statement")
    if len(text.body) > MAX_BODY:
        raise InvalidText("body", f"Keep the text under {MAX_BODY:,} characters")
    if len(text.background) > MAX_BACKGROUND:
        raise InvalidText("background", f"Keep the additional information under {MAX_BACKGROUND:,} characters")
    cited, defined = footnote_labels(text.body)
    missing = sorted(cited - defined)
    if missing:
        label = missing[0]
        raise InvalidText(
            "body", f"Footnote [^{label}] is cited but never defined: add a line '[^{label}]: the source'"
        )


def _normalised(text: StatementText) -> StatementText:
    """As an imported file stores them: Unix line ends, the body ending with one line end."""
    return replace(
        text,
        body=text.body.replace("\r\n", "\n").strip() + "\n",
        background=text.background.replace("\r\n", "\n").strip(),
    )


def new_slug(title: str) -> str:
    """A web address made from the title, unused by any other statement."""
    # Room for the "-2" that tells two statements of one title apart.
    base = slugify(title, LIMITS["slug"] - 8) or "statement"
    slug, n = base, 1
    while db.session.execute(db.select(Statement.id).where(Statement.slug == slug)).first() is not None:
        n += 1
        slug = f"{base}-{n}"
    return slug


def _slug_taken(slug: str, statement_id: int | None) -> bool:
    found = db.session.execute(db.select(Statement.id).where(Statement.slug == slug)).scalar_one_or_none()
    return found is not None and found != statement_id


def preview(slug: str | None, text: StatementText, now: datetime) -> PublicStatement:
    """What the public page would show with these words, unsaved: the same read model as the
    public page (with the saved statement's addressees, status and signatories), so that both
    render the same HTML."""
    if not text.slug:
        text = replace(text, slug=slugify(text.title) or "statement")
    text = _normalised(text)
    check_text(text)
    return read_model(get_by_slug(slug) if slug else None, text, now)


def saved_preview(slug: str, now: datetime) -> PublicStatement:
    """The preview of the saved words: what the public page shows (or will show, for a draft)."""
    statement = get_by_slug(slug)
    return read_model(statement, text_of(statement), now)


def create_statement(text: StatementText, now: datetime, *, coordinator_id: int, actor: str) -> Statement:
    """A new draft with the default categories; its creator becomes its owner. Without a web
    address, one is made from the title."""
    if not text.slug:
        text = replace(text, slug=new_slug(text.title))
    text = _normalised(text)
    check_text(text)
    if _slug_taken(text.slug, None):
        raise InvalidText("slug", "Another statement already has this web address: choose another")
    statement = Statement(status=StatementStatus.draft, revision=1, created_at=now, updated_at=now)
    apply_text(statement, text)
    statement.categories = [
        Category(key=slugify(label), label=label, position=i) for i, label in enumerate(DEFAULT_CATEGORIES)
    ]
    db.session.add(statement)
    try:
        db.session.flush()
    except IntegrityError:
        db.session.rollback()
        raise InvalidText("slug", "Another statement already has this web address: choose another") from None
    db.session.add(Membership(statement_id=statement.id, coordinator_id=coordinator_id, role=Role.owner))
    audit.record(now, actor, "statement.created", statement_id=statement.id, revision=statement.revision)
    db.session.commit()
    return statement


def update_text(slug: str, text: StatementText, now: datetime, *, actor: str) -> Statement:
    """Save new words. The web address changes only while the statement is a draft: once
    public, links to it have been shared. Nothing changes (no new revision) if nothing differs."""
    statement = get_by_slug(slug)
    text = _normalised(text)
    check_text(text)
    if text.slug != statement.slug:
        if statement.status != StatementStatus.draft:
            raise InvalidText("slug", "The web address cannot change once the statement has been public")
        if _slug_taken(text.slug, statement.id):
            raise InvalidText("slug", "Another statement already has this web address: choose another")
    before = text_of(statement)
    # The form shows the deadline to the minute: the same minute is the same deadline.
    if before.deadline is not None and text.deadline == before.deadline.replace(second=0, microsecond=0):
        text = replace(text, deadline=before.deadline)
    changed = [f.name for f in fields(StatementText) if getattr(before, f.name) != getattr(text, f.name)]
    if not changed:
        return statement
    apply_text(statement, text)
    if "deadline" in changed:
        # A new deadline earns its own 48-hour reminder.
        statement.reminder_sent_at = None
    statement.revision += 1
    statement.updated_at = now
    try:
        db.session.flush()
    except IntegrityError:
        db.session.rollback()
        raise InvalidText("slug", "Another statement already has this web address: choose another") from None
    audit.record(
        now,
        actor,
        "statement.updated",
        statement_id=statement.id,
        revision=statement.revision,
        changed=changed,
        # The history shows what each edit replaced.
        before={name: _audit_value(getattr(before, name)) for name in changed},
        after={name: _audit_value(getattr(text, name)) for name in changed},
    )
    db.session.commit()
    return statement


def _audit_value(value: object) -> str:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return "" if value is None else str(value)


def sign_form_settings(slug: str) -> SignFormSettings:
    statement = get_by_slug(slug)
    return SignFormSettings(
        statement.website_field, statement.phone_field, statement.comment_field, statement.allow_individuals
    )


def update_sign_form(slug: str, settings: SignFormSettings, now: datetime, *, actor: str) -> Statement:
    """Show, hide or require the sign form's optional fields, and let individuals sign or not."""
    for mode in (settings.website, settings.phone, settings.comment):
        if mode not in tuple(FieldChoice):
            raise ValueError(f"unknown field mode {mode!r}")
    statement = get_by_slug(slug)
    if sign_form_settings(slug) == settings:
        return statement
    statement.website_field, statement.phone_field = FieldChoice(settings.website), FieldChoice(settings.phone)
    statement.comment_field = FieldChoice(settings.comment)
    statement.allow_individuals = settings.allow_individuals
    statement.revision += 1
    statement.updated_at = now
    audit.record(
        now,
        actor,
        "statement.sign_form_updated",
        statement_id=statement.id,
        revision=statement.revision,
        **asdict(settings),
    )
    db.session.commit()
    return statement
