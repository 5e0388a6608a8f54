"""Handing stored messages to an SMTP server through Flask-Mail."""

from __future__ import annotations

import smtplib
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Any

from flask import current_app
from flask_mail import BadHeaderError, Connection, Message


@dataclass(frozen=True)
class Envelope:
    recipient: str
    subject: str
    text_body: str
    html_body: str
    headers: dict[str, Any]


class PermanentFailure(Exception):
    """The server refused the message for good (5xx); sending it again would not help."""


class TimeoutConnection(Connection):
    """Flask-Mail's connection with a socket timeout: smtplib waits forever by default."""

    def __init__(self, timeout: float) -> None:
        super().__init__(current_app.extensions["mail"])
        self.timeout = timeout

    def configure_host(self) -> smtplib.SMTP | smtplib.SMTP_SSL:
        host: smtplib.SMTP | smtplib.SMTP_SSL
        if self.mail.use_ssl:
            host = smtplib.SMTP_SSL(self.mail.server, self.mail.port, timeout=self.timeout)
        else:
            host = smtplib.SMTP(self.mail.server, self.mail.port, timeout=self.timeout)
        if self.mail.use_tls:
            host.starttls()
        if self.mail.username and self.mail.password:
            host.login(self.mail.username, self.mail.password)
        return host


def build_message(envelope: Envelope) -> Message:
    headers = dict(envelope.headers)
    message = Message(
        subject=envelope.subject,
        recipients=[envelope.recipient],
        body=envelope.text_body,
        html=envelope.html_body or None,
        date=parsedate_to_datetime(headers.pop("Date")).timestamp() if "Date" in headers else None,
        extra_headers={k: v for k, v in headers.items() if k != "Message-ID"},
    )
    if "Message-ID" in headers:
        message.msgId = headers["Message-ID"]
    return message


def open_connection() -> TimeoutConnection:
    return TimeoutConnection(float(current_app.config["MAIL_TIMEOUT"]))


def send(connection: TimeoutConnection, envelope: Envelope) -> None:
    """Send one message; a refusal for good raises PermanentFailure, anything else is temporary."""
    try:
        connection.send(build_message(envelope))
    except BadHeaderError as exc:
        raise PermanentFailure("header with a line break") from exc
    except smtplib.SMTPRecipientsRefused as exc:
        codes = [code for code, _ in exc.recipients.values()]
        if codes and all(code >= 500 for code in codes):
            raise PermanentFailure(f"recipient refused: {exc.recipients}") from exc
        raise
    except (smtplib.SMTPSenderRefused, smtplib.SMTPDataError) as exc:
        if exc.smtp_code >= 500:
            raise PermanentFailure(f"{exc.smtp_code} {exc.smtp_error!r}") from exc
        raise
