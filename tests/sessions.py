"""What most HTTP tests do first: write their data in an app context of its own (requests run
outside it, each with its own `g`), and sign a coordinator in."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from signon.extensions import db
from signon.models import Membership
from tests import factories

SLUG = "national-guard-letter"
DRAFT_SLUG = "draft-letter"
OTHER_SLUG = "other-team-letter"
MARIA = "maria@lawg.example.org"
EDDIE = "eddie@lawg.example.org"
OTTO = "otto@other.example.org"


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


@dataclass(frozen=True)
class Team:
    """María (owner) and Eddie (editor) coordinate SLUG, and DRAFT_SLUG when there is a draft;
    Otto owns OTHER_SLUG only."""

    statement_id: int
    other_statement_id: int
    maria: int
    eddie: int
    otto: int
    draft_id: int | None = None


def make_team(app: Any = None, *, moderated: bool = False, draft: bool = False) -> Team:
    """The team, committed: seeded in an app context of its own when given the app, else in the
    current one. ``moderated`` moderates SLUG; ``draft`` adds DRAFT_SLUG, a draft of María's."""
    if app is not None:
        with seeding(app):
            return make_team(moderated=moderated, draft=draft)
    ours = factories.open_statement(SLUG, moderated=moderated)
    drafts = (factories.draft_statement(DRAFT_SLUG, title="A Draft Letter"),) if draft else ()
    theirs = factories.open_statement(OTHER_SLUG, title="The Other Team's Letter")
    maria = factories.coordinator(MARIA, name="María Owner", statements=(ours, *drafts))
    eddie = factories.coordinator(EDDIE, name="Eddie Editor")
    for statement in (ours, *drafts):
        db.session.add(Membership(statement_id=statement.id, coordinator_id=eddie.id, role="editor"))
    otto = factories.coordinator(OTTO, name="Otto Other", statements=(theirs,))
    db.session.commit()
    return Team(ours.id, theirs.id, maria.id, eddie.id, otto.id, drafts[0].id if drafts else None)
