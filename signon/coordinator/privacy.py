"""A statement's privacy page: how long its signatories' contact details are kept after it
closes (owners set it; every coordinator of the statement can read it)."""

from __future__ import annotations

from flask import flash, get_flashed_messages, redirect, render_template, url_for
from flask_login import current_user
from werkzeug.wrappers import Response

from signon.clock import utcnow
from signon.coordinator.blueprint import bp, current_statement, owners_only
from signon.coordinator.drafting import EDIT_EXPIRED
from signon.coordinator.privacy_forms import RetentionForm
from signon.form_expiry import explain_expiry
from signon.models import Statement
from signon.models.statuses import Role
from signon.services.statements import privacy as retention_service
from signon.services.team import coordinators


def _page(statement: Statement, form: RetentionForm) -> str | tuple[str, int]:
    explain_expiry(form, EDIT_EXPIRED)
    page = render_template(
        "coordinator/privacy.html",
        statement=statement,
        form=form,
        retention=retention_service.retention(statement.id),
        is_owner=coordinators.role_on(current_user.id, statement.id) == Role.owner,
        messages=get_flashed_messages(with_categories=True),
    )
    return (page, 422) if form.errors else page


@bp.get("/s/<slug>/privacy")
def privacy_page(slug: str) -> str | tuple[str, int]:
    statement = current_statement()
    return _page(statement, RetentionForm(formdata=None, data={"months": statement.retention_months}))


@bp.post("/s/<slug>/privacy")
@owners_only
def set_retention(slug: str) -> Response | str | tuple[str, int]:
    statement = current_statement()
    form = RetentionForm()
    if not form.validate():
        form.say_range()
        return _page(statement, form)
    if statement.contacts_purged_at is not None:
        flash("The contact details were already anonymised: the retention no longer applies.", "error")
    elif retention_service.set_retention(
        statement.id, form.months.data, utcnow(), actor=f"coordinator:{current_user.id}"
    ):
        flash(f"Saved: contact details are kept {form.months.data} months after the statement closes.")
    return redirect(url_for(".privacy_page", slug=slug), 303)
