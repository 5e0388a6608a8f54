"""The messages Signon sends: one function and one template pair (.txt and .html) each."""

from __future__ import annotations

from datetime import datetime, timedelta

from flask import current_app

from signon import tokens
from signon.models import OutboxMessage, Signature, Statement
from signon.services.mail import outbox, signature_links


def public_url(path: str) -> str:
    """An absolute link for an email, always from SIGNON_BASE_URL, never from a request's Host."""
    return current_app.config["SIGNON_BASE_URL"].rstrip("/") + path


def confirmation_days() -> int:
    return int(current_app.config["SIGNON_CONFIRMATION_LINK_DAYS"])


# A "this wasn't me" link outlives the confirmation link it came with by this much: the
# person whose address was used may read the email late, or only after it was confirmed.
NOT_ME_MARGIN_DAYS = 30


def not_me_days() -> int:
    return confirmation_days() + NOT_ME_MARGIN_DAYS


def manage_link_days() -> int:
    return int(current_app.config["SIGNON_MANAGE_LINK_DAYS"])


def confirm_token(signature: Signature) -> str:
    return signature_links.make(signature, tokens.CONFIRM_SIGNATURE)


def not_me_token(signature: Signature) -> str:
    return signature_links.make(signature, tokens.NOT_ME)


def manage_token(signature: Signature) -> str:
    return signature_links.make(signature, tokens.MANAGE_SIGNATURE)


def _contact_for(statement: Statement) -> str:
    return statement.contact_email or current_app.config["MAIL_DEFAULT_SENDER"]


def verification(signature: Signature, now: datetime) -> OutboxMessage:
    """The email with the link that confirms a signature."""
    statement = signature.statement
    context = {
        "signature": signature,
        "statement": statement,
        "category": signature.category.label,
        "link": public_url(f"/confirm/{confirm_token(signature)}"),
        "valid_until": now + timedelta(days=confirmation_days()),
        "not_me_link": public_url(f"/not-me/{not_me_token(signature)}"),
        "manage_url": public_url("/manage"),
        "statement_url": public_url(f"/s/{statement.slug}"),
        "contact": _contact_for(statement),
    }
    subject = f"Confirm your signature: {statement.title}"
    return outbox.queue_email("verify", signature.contact_email, subject, context, now, statement_id=statement.id)


def already_signed(existing: Signature, typed_name: str, recipient: str, now: datetime) -> OutboxMessage:
    """Told to whoever signs again for an organization that is on the list or awaiting confirmation."""
    statement = existing.statement
    context = {
        "existing": existing,
        "typed_name": typed_name,
        "statement": statement,
        "statement_url": public_url(f"/s/{statement.slug}"),
        "contact": _contact_for(statement),
    }
    subject = f"Your organization has already signed: {statement.title}"
    return outbox.queue_email("already_signed", recipient, subject, context, now, statement_id=statement.id)


def manage_links(recipient: str, signatures: list[Signature], now: datetime) -> OutboxMessage:
    """To the address that signed, on its request: a link to manage each signature made with it."""
    context = {
        "entries": [
            {
                "signature": signature,
                "statement": signature.statement,
                "category": signature.category.label,
                "link": public_url(f"/manage/{manage_token(signature)}"),
            }
            for signature in signatures
        ],
        "valid_until": now + timedelta(days=manage_link_days()),
        "manage_url": public_url("/manage"),
    }
    subject = "Manage your signature" if len(signatures) == 1 else "Manage your signatures"
    return outbox.queue_email("manage_link", recipient, subject, context, now)


def letter_published(statement: Statement, recipient: str, now: datetime) -> OutboxMessage:
    """To a verified signatory once the final letter is published: where to read and download it."""
    context = {
        "statement": statement,
        "statement_url": public_url(f"/s/{statement.slug}"),
        "pdf_url": public_url(f"/s/{statement.slug}/letter.pdf"),
        "docx_url": public_url(f"/s/{statement.slug}/letter.docx"),
    }
    subject = f"The final letter: {statement.title}"
    return outbox.queue_email("letter_published", recipient, subject, context, now, statement_id=statement.id)
