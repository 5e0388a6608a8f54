"""The team page's forms: inviting a coordinator, changing a role, and the confirmations."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import EmailField, RadioField
from wtforms.fields.choices import SelectChoice

from signon.formfields import ListedChoice, email_validators, strip

ROLE_CHOICES = [SelectChoice("editor", "Editor"), SelectChoice("owner", "Owner")]


class InviteForm(FlaskForm):
    email = EmailField(
        "Email address",
        filters=[strip],
        validators=email_validators("Enter the email address of the person to invite"),
    )
    role = RadioField(
        "Role",
        choices=[
            SelectChoice("editor", "Editor: everything except adding and removing coordinators"),
            SelectChoice("owner", "Owner: everything, including adding and removing coordinators"),
        ],
        # Left out of a post, the role is the default one, as the page shows it checked.
        default="editor",
    )


class RoleForm(FlaskForm):
    """One per member row; the select is given a per-member id when rendered."""

    role = ListedChoice("Role", choices=ROLE_CHOICES, message="Choose owner or editor")


class TeamActionForm(FlaskForm):
    """Only a CSRF token: withdrawing an invitation, removing a member, leaving the team."""
