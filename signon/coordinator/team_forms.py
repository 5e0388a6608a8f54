"""The team page's forms: inviting a coordinator, changing a role, and the confirmations."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import RadioField
from wtforms.fields.choices import SelectChoice

from signon.formfields import ListedChoice, email_field
from signon.models.statuses import Role

ROLE_CHOICES = [SelectChoice(Role.editor, "Editor"), SelectChoice(Role.owner, "Owner")]


class InviteForm(FlaskForm):
    email = email_field("Email address", "Enter the email address of the person to invite")
    role = RadioField(
        "Role",
        choices=[
            SelectChoice(Role.editor, "Editor: everything except adding and removing coordinators"),
            SelectChoice(Role.owner, "Owner: everything, including adding and removing coordinators"),
        ],
        # Left out of a post, the role is the default one, as the page shows it checked.
        default=Role.editor,
    )


class RoleForm(FlaskForm):
    """One per member row; the select is given a per-member id when rendered."""

    role = ListedChoice("Role", choices=ROLE_CHOICES, message="Choose owner or editor")


class TeamActionForm(FlaskForm):
    """Only a CSRF token: withdrawing an invitation, removing a member, leaving the team."""
