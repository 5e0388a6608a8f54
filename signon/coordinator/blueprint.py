"""The coordinators' blueprint and what every one of its pages needs: the statement, if the
signed-in coordinator is on its team (404 otherwise, so that no one learns which slugs exist),
and the owner's rights."""

from __future__ import annotations

from flask import Blueprint, abort
from flask_login import current_user

from signon import __version__
from signon.models import Statement
from signon.routing import check_slug
from signon.services import coordinators
from signon.services.errors import NotAllowed

bp = Blueprint("coordinator", __name__, url_prefix="/coordinator")


@bp.context_processor
def release() -> dict[str, str]:
    """The release, in the footer of every coordinator page: what a coordinator quotes when
    asking for help, and what tells her an upgrade has happened. Not on public pages."""
    return {"signon_version": __version__}


def member_statement_or_404(slug: str) -> Statement:
    """The statement, when the signed-in coordinator is on its team; 404 otherwise."""
    try:
        return coordinators.statement_for(current_user.id, check_slug(slug))
    except NotAllowed:
        abort(404)


def owned_statement_or_403(slug: str) -> Statement:
    """The statement, when the signed-in coordinator is one of its owners: 404 for strangers,
    403 for an editor, who may see the statement but not do what only owners do."""
    statement = member_statement_or_404(slug)
    if coordinators.role_on(current_user.id, statement.id) != "owner":
        abort(403)
    return statement
