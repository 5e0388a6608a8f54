"""What most HTTP tests do first: write their data in an app context of its own (requests run
outside it, each with its own `g`), and sign a coordinator in."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from signon.extensions import db
from tests import factories

MARIA = "maria@lawg.example.org"


@contextmanager
def seeding(app: Any) -> Iterator[None]:
    """An app context for the factories and assertions."""
    with app.app_context():
        yield
        db.session.remove()


def log_in(client: Any, email: str = MARIA, password: str = factories.PASSWORD, **kwargs: Any) -> Any:
    """Sign in through the form, as a person does; the response is the redirect that follows."""
    response = client.post("/login", data={"email": email, "password": password}, **kwargs)
    assert response.status_code == 303, response.get_data(as_text=True)
    return response
