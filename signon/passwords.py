"""Hashing coordinators' passwords, with the method the configuration names.

Production uses werkzeug's scrypt. Under SIGNON_ENV=testing a cheap PBKDF2 is used: the suite
signs coordinators in hundreds of times, and scrypt's 70 ms each is most of its run time.
"""

from __future__ import annotations

from functools import cache

from flask import current_app
from werkzeug.security import check_password_hash, generate_password_hash


def hash_password(password: str) -> str:
    return generate_password_hash(password, method=current_app.config["PASSWORD_HASH_METHOD"])


def check_password(password_hash: str, password: str) -> bool:
    return check_password_hash(password_hash, password)


@cache
def _dummy_hash(method: str) -> str:
    return generate_password_hash("not a password of anyone", method=method)


def waste_a_check(password: str) -> None:
    """As long as checking a real password, so that an unknown email takes as long to refuse
    as a wrong password and nobody learns which addresses have accounts."""
    check_password_hash(_dummy_hash(current_app.config["PASSWORD_HASH_METHOD"]), password)
