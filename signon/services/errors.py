"""Domain errors that views and commands turn into a 4xx page, a form error or exit status 1."""

from __future__ import annotations


class DomainError(Exception):
    """Base of every error a person can cause and be told about."""


class StatementNotFound(DomainError):
    pass


class StatementClosed(DomainError):
    """The statement no longer accepts signatures (closed, or past its deadline)."""


class UnknownCategory(DomainError):
    pass


class SignatureNotFound(DomainError):
    pass


class LinkInvalid(DomainError):
    """An emailed link that was altered or is not ours."""


class LinkExpired(DomainError):
    """An emailed link past its validity; ``signature_id`` says whose it was."""

    def __init__(self, signature_id: int | None) -> None:
        super().__init__("link expired")
        self.signature_id = signature_id


class StatementFileError(DomainError):
    """A statement file that cannot be imported; the message names the line and key."""


class CoordinatorExists(DomainError):
    pass


class NotAllowed(DomainError):
    """The coordinator is not a member of that statement (shown as 404, to hide its existence)."""


class StatementStillOpen(DomainError):
    """The final letter can be published only once the statement is closed."""


class StatementIsDraft(DomainError):
    """A draft was never opened for signing: there is no final letter to publish."""


class AlreadyPublished(DomainError):
    pass


class NotPublished(DomainError):
    pass


class DuplicateSignature(DomainError):
    """That organization (by its normalised name) has already signed this statement."""
