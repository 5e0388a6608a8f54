"""The coordinators' blueprint and its one guard.

Every request to the blueprint passes ``guard`` before its view runs: it asks to sign in
(Flask-Login's answer: a 302 to /login with ``next``), and, for every URL with a ``<slug>``,
loads the statement when the signed-in coordinator is on its team (404 otherwise, so that no one
learns which slugs exist) and refuses an editor the views marked ``@owners_only`` (403). A view
reads the statement with ``current_statement()``; it checks nothing itself, so a page added
later cannot forget to."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from flask import Blueprint, abort, current_app, g, request
from flask_login import current_user
from flask_login.config import EXEMPT_METHODS
from werkzeug.wrappers import Response

from signon.extensions import login_manager
from signon.models import Statement
from signon.models.statuses import Role
from signon.routing import check_slug
from signon.services.errors import NotAllowed
from signon.services.team import coordinators
from signon.version import __version__

bp = Blueprint("coordinator", __name__, url_prefix="/coordinator")

View = TypeVar("View", bound=Callable[..., object])

# The views only a statement's owners may use, marked with @owners_only.
_OWNERS_ONLY: set[Callable[..., object]] = set()


def owners_only(view: View) -> View:
    """Marks a view of a statement that only its owners may use: the guard answers an editor
    403 (she may see the statement, but not do this), and a stranger 404 as everywhere."""
    _OWNERS_ONLY.add(view)
    return view


@bp.before_request
def guard() -> Response | None:
    """Sign-in, then membership of the URL's statement (and ownership where the view asks for
    it), checked once for every view of the blueprint."""
    # As Flask-Login's login_required: OPTIONS is answered by Flask without running a view.
    if request.method in EXEMPT_METHODS or current_app.config.get("LOGIN_DISABLED"):
        return None
    if not current_user.is_authenticated:
        return login_manager.unauthorized()
    slug = (request.view_args or {}).get("slug")
    if slug is None:
        return None
    try:
        statement = coordinators.statement_for(current_user.id, check_slug(str(slug)))
    except NotAllowed:
        abort(404)
    view = current_app.view_functions.get(request.endpoint or "")
    if view in _OWNERS_ONLY and coordinators.role_on(current_user.id, statement.id) != Role.owner:
        abort(403)
    g.coordinator_statement = statement
    return None


def current_statement() -> Statement:
    """The statement named by this request's ``<slug>``, which the guard has found the signed-in
    coordinator on the team of."""
    statement = g.get("coordinator_statement")
    if not isinstance(statement, Statement):
        raise LookupError("no statement for this request: its URL has no <slug>")
    return statement


@bp.context_processor
def release() -> dict[str, str]:
    """The release, in the footer of every coordinator page: what a coordinator quotes when
    asking for help, and what tells her an upgrade has happened. Not on public pages."""
    return {"signon_version": __version__}
