"""What a form says when its CSRF token failed: one test, one place for the words.

Flask-WTF's token lasts an hour (``WTF_CSRF_TIME_LIMIT``) and belongs to the session, so a page
left open too long, a session that ended, cookies turned off or a post from another site all fail
it alike, with Flask-WTF's own message ("The CSRF token has expired.") that means nothing to a
signer. Every view says instead that the page expired and what to do: a form comes back with what
was typed (``explain_expiry``), a button sends the person back with a notice (``expiry_notice``)."""

from __future__ import annotations

from flask_wtf import FlaskForm

# A form that comes back with what was typed, and the notice in its error summary.
FORM_EXPIRED = "This form expired. Check your answers and send it again."
# A button (a form with nothing to type): the person is sent back to press it again.
PAGE_EXPIRED = "The page had expired. Press the button again."


def csrf_failed(form: FlaskForm) -> bool:
    """Whether validating the form failed on its CSRF token: missing, expired, from another
    session or garbled, which a person cannot tell apart and need not."""
    return "csrf_token" in form.errors


def explain_expiry(form: FlaskForm, message: str = FORM_EXPIRED) -> bool:
    """When the form failed on its CSRF token, ``message`` takes the place of Flask-WTF's; the page
    then comes back with what was typed and a fresh token. True when it did."""
    if not csrf_failed(form):
        return False
    form.csrf_token.errors = [message]
    return True


def expiry_notice(form: FlaskForm, message: str = PAGE_EXPIRED, otherwise: str | None = None) -> str:
    """What to tell someone whose button's form was refused: ``message`` when the CSRF token
    failed, ``otherwise`` for any other refusal (a tampered hidden value). Without ``otherwise``,
    ``message`` either way: a button's form has nothing else a person could get wrong."""
    if otherwise is None or csrf_failed(form):
        return message
    return otherwise
