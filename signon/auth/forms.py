"""Coordinator sign-in."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import EmailField, PasswordField
from wtforms.validators import DataRequired, Length

from signon.formfields import PlainText, strip


class LoginForm(FlaskForm):
    email = EmailField(
        "Email", filters=[strip], validators=[DataRequired("Enter your email address"), Length(max=320), PlainText()]
    )
    password = PasswordField("Password", validators=[DataRequired("Enter your password"), Length(max=500)])


class LogoutForm(FlaskForm):
    """Only a CSRF token: signing out is a POST so that a link cannot sign anyone out."""
