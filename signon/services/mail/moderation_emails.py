"""The message a signer receives when the coordinators reject their signature with a word of
explanation: one function and one template pair. It adds to the caller's transaction."""

from __future__ import annotations

from datetime import datetime

from flask import current_app

from signon.models import OutboxMessage, Signature
from signon.services.mail import outbox
from signon.services.mail.emails import public_url


def rejection(signature: Signature, message: str, now: datetime) -> OutboxMessage:
    """Tell the contact that their signature is not listed, with the coordinators' message."""
    statement = signature.statement
    context = {
        "signature": signature,
        "statement": statement,
        # Kept as the coordinator wrote it, one paragraph per block of lines.
        "paragraphs": [block.strip() for block in message.replace("\r\n", "\n").split("\n\n") if block.strip()],
        "statement_url": public_url(f"/s/{statement.slug}"),
        "contact": statement.contact_email or current_app.config["MAIL_DEFAULT_SENDER"],
    }
    subject = f"Your signature was not added: {statement.title}"
    return outbox.queue_email(
        "signature_rejected", signature.contact_email, subject, context, now, statement_id=statement.id
    )
