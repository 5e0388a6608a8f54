"""The team page: who coordinates the statement, in which role, and who is invited. Everyone on
the team sees it; only owners invite, withdraw invitations, change roles and remove members
(editors get 403). Anyone may leave, unless they are its last owner."""

from __future__ import annotations

from flask import abort, flash, get_flashed_messages, redirect, render_template, url_for
from flask_login import current_user
from werkzeug.wrappers import Response

from signon.clock import utcnow
from signon.coordinator.blueprint import bp, current_statement, owners_only
from signon.coordinator.team_forms import InviteForm, RoleForm, TeamActionForm
from signon.form_expiry import expiry_notice, explain_expiry
from signon.models import Statement
from signon.models.statuses import Role
from signon.routing import check_id
from signon.services.team import invitations
from signon.services.team import team as teams
from signon.services.team.invitations import AlreadyOnTeam, InvitationNotFound
from signon.services.team.team import LastOwner, MemberNotFound

MEMBER = "<coordinator_id>"
INVITATION = "<invitation_id>"


def member_id_or_404(statement: Statement, coordinator_id: str) -> int:
    """The id of a member of this statement's team, checked before any form: 404 otherwise."""
    member_id = check_id(coordinator_id)
    if not teams.is_member(statement.id, member_id):
        abort(404)
    return member_id


def _actor() -> int:
    return int(current_user.id)


def team_page(statement: Statement, invite_form: InviteForm, status: int = 200) -> tuple[str, int]:
    view = teams.view(statement.id, _actor(), utcnow())
    rows = [(m, RoleForm(formdata=None, data={"role": m.role}) if view.you_manage else None) for m in view.members]
    page = render_template(
        "coordinator/team.html",
        statement=statement,
        team=view,
        rows=rows,
        invite_form=invite_form,
        action_form=TeamActionForm(),
        messages=get_flashed_messages(),
    )
    return page, status


def back_to_team(slug: str) -> Response:
    return redirect(url_for(".team", slug=slug), 303)


@bp.get("/s/<slug>/team")
def team(slug: str) -> tuple[str, int]:
    statement = current_statement()
    return team_page(statement, InviteForm(formdata=None))


@bp.post("/s/<slug>/team/invite")
@owners_only
def invite(slug: str) -> Response | tuple[str, int]:
    statement = current_statement()
    form = InviteForm()
    if form.validate():
        try:
            issued = invitations.invite(statement.id, _actor(), form.email.data, Role(form.role.data), utcnow())
        except AlreadyOnTeam:
            form.email.errors = [f"{form.email.data} is already on this statement's team"]
        else:
            flash(f"Invitation sent to {issued.email}. The link works for seven days.")
            return back_to_team(slug)
    explain_expiry(form, "This form expired. Check the address and send the invitation again.")
    return team_page(statement, form, 422)


@bp.post(f"/s/<slug>/team/invitations/{INVITATION}/revoke")
@owners_only
def revoke_invitation(slug: str, invitation_id: str) -> Response:
    statement = current_statement()
    found_id = check_id(invitation_id)
    if not invitations.is_pending(statement.id, found_id):
        abort(404)
    form = TeamActionForm()
    if not form.validate():
        flash(expiry_notice(form))
        return back_to_team(slug)
    try:
        email = invitations.revoke(statement.id, found_id, _actor(), utcnow())
    except InvitationNotFound:
        abort(404)
    flash(f"The invitation to {email} was withdrawn: its link no longer works.")
    return back_to_team(slug)


@bp.post(f"/s/<slug>/team/members/{MEMBER}/role")
@owners_only
def change_role(slug: str, coordinator_id: str) -> Response:
    statement = current_statement()
    member_id = member_id_or_404(statement, coordinator_id)
    form = RoleForm()
    if not form.validate():
        flash(expiry_notice(form, otherwise="Choose owner or editor."))
        return back_to_team(slug)
    try:
        member = teams.change_role(statement.id, member_id, Role(form.role.data), _actor(), utcnow())
    except MemberNotFound:
        abort(404)
    except LastOwner:
        flash("A statement needs at least one owner: make someone else an owner first.")
    else:
        flash(f"{member.name} is now {'an owner' if member.role == Role.owner else 'an editor'}.")
    return back_to_team(slug)


def removal_page(statement: Statement, coordinator_id: int, leaving: bool) -> tuple[str, int]:
    view = teams.view(statement.id, _actor(), utcnow())
    member = view.member(coordinator_id)
    if member is None:
        abort(404)
    last_owner = member.role == Role.owner and view.owners == 1
    if leaving:
        action_url = url_for(".leave", slug=statement.slug)
    else:
        action_url = url_for(".remove_member", slug=statement.slug, coordinator_id=coordinator_id)
    page = render_template(
        "coordinator/team_remove.html",
        statement=statement,
        member=member,
        leaving=leaving,
        last_owner=last_owner,
        action_url=action_url,
        form=TeamActionForm(),
    )
    return page, 200


def remove(statement: Statement, coordinator_id: int) -> Response:
    form = TeamActionForm()
    if not form.validate():
        flash(expiry_notice(form))
        return back_to_team(statement.slug)
    try:
        member = teams.remove(statement.id, coordinator_id, _actor(), utcnow())
    except MemberNotFound:
        abort(404)
    except LastOwner:
        flash("A statement needs at least one owner: make someone else an owner first.")
        return back_to_team(statement.slug)
    if member.is_you:
        # No longer on the team: its pages would answer 404 now.
        return redirect(url_for(".dashboard"), 303)
    flash(f"{member.name} was removed from the team.")
    return back_to_team(statement.slug)


@bp.get(f"/s/<slug>/team/members/{MEMBER}/remove")
@owners_only
def confirm_removal(slug: str, coordinator_id: str) -> tuple[str, int]:
    statement = current_statement()
    member_id = member_id_or_404(statement, coordinator_id)
    return removal_page(statement, member_id, leaving=member_id == _actor())


@bp.post(f"/s/<slug>/team/members/{MEMBER}/remove")
@owners_only
def remove_member(slug: str, coordinator_id: str) -> Response:
    statement = current_statement()
    member_id = member_id_or_404(statement, coordinator_id)
    return remove(statement, member_id)


@bp.get("/s/<slug>/team/leave")
def confirm_leaving(slug: str) -> tuple[str, int]:
    statement = current_statement()
    return removal_page(statement, _actor(), leaving=True)


@bp.post("/s/<slug>/team/leave")
def leave(slug: str) -> Response:
    return remove(current_statement(), _actor())
