"""Coordinator accounts: sign-in, password reset, accepting an invitation."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import EmailField, PasswordField, StringField
from wtforms.validators import DataRequired, EqualTo, Length

from signon.formfields import PlainText, email_field, strip
from signon.services.team.coordinators import MIN_PASSWORD_LENGTH

PASSWORD_HINT = f"At least {MIN_PASSWORD_LENGTH} characters. A few unrelated words are easy to remember."


class LoginForm(FlaskForm):
    email = EmailField(
        "Email", filters=[strip], validators=[DataRequired("Enter your email address"), Length(max=320), PlainText()]
    )
    password = PasswordField("Password", validators=[DataRequired("Enter your password"), Length(max=500)])


class LogoutForm(FlaskForm):
    """Only a CSRF token: signing out is a POST so that a link cannot sign anyone out."""


class ForgotPasswordForm(FlaskForm):
    email = email_field("Email", "Enter the email address you sign in with")


def new_password_field() -> PasswordField:
    return PasswordField(
        "New password",
        validators=[
            DataRequired("Enter a new password"),
            Length(
                min=MIN_PASSWORD_LENGTH,
                max=500,
                message=f"Use at least {MIN_PASSWORD_LENGTH} characters (and at most 500)",
            ),
        ],
    )


def repeat_password_field() -> PasswordField:
    return PasswordField(
        "New password again",
        validators=[
            DataRequired("Enter the new password again"),
            EqualTo("password", message="The two passwords are not the same: type them again"),
        ],
    )


class NewPasswordForm(FlaskForm):
    """A new password, typed twice."""

    password = new_password_field()
    confirm = repeat_password_field()


class AcceptInvitationForm(FlaskForm):
    """A new coordinator's name and password; the email address is the invited one."""

    name = StringField(
        "Your name",
        filters=[strip],
        validators=[DataRequired("Enter your name"), Length(max=200), PlainText()],
    )
    password = new_password_field()
    confirm = repeat_password_field()


class JoinForm(FlaskForm):
    """Only a CSRF token: a signed-in coordinator joins the team with the account they have."""
