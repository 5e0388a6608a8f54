"""Adding a signatory by hand (an organization that replied by email), and the possible
duplicates with their one-click merge."""

from __future__ import annotations

from flask import flash, get_flashed_messages, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from signon.clock import utcnow
from signon.coordinator.blueprint import bp, current_statement
from signon.coordinator.moderation import actor
from signon.coordinator.moderation_forms import AddSignatoryForm, MergeForm
from signon.form_expiry import expiry_notice
from signon.services.errors import DuplicateSignature, SignatureNotFound, UnknownCategory
from signon.services.moderation import duplicates, moderation
from signon.services.signing import signatures


@bp.route("/s/<slug>/signatures/new", methods=["GET", "POST"])
def add_signatory(slug: str) -> Response | tuple[str, int]:
    statement = current_statement()
    form = AddSignatoryForm(formdata=request.form if request.method == "POST" else None)
    form.set_categories([(c.key, c.label) for c in statement.categories])
    if request.method == "POST" and form.validate():
        data = signatures.SignatureInput(
            organization_name=form.organization.data,
            category_key=form.category.data,
            city=form.city.data,
            region=form.region.data or "",
            country=form.country.data,
            website=form.website.data or "",
            contact_name=form.contact_name.data,
            contact_role=form.contact_role.data or "",
            contact_email=form.email.data,
            authorized=True,
        )
        try:
            added = signatures.add_on_coordinators_word(slug, data, utcnow(), actor=actor())
        except DuplicateSignature:
            form.organization.errors = [
                "This organization has already signed this statement (under this name or a variant of it)"
            ]
        except UnknownCategory:
            form.category.errors = ["Choose one of the listed categories"]
        else:
            flash(f"Added {added.organization_name} as a verified signatory. Add another, or go back to the list.")
            return redirect(url_for(".add_signatory", slug=slug), 303)
    page = render_template(
        "coordinator/add_signatory.html", statement=statement, form=form, messages=get_flashed_messages()
    )
    return page, 422 if form.errors else 200


@bp.get("/s/<slug>/duplicates")
def duplicates_page(slug: str) -> str:
    statement = current_statement()
    return render_template(
        "coordinator/duplicates.html",
        statement=statement,
        pairs=duplicates.possible_duplicates(statement.id),
        messages=get_flashed_messages(),
    )


@bp.post("/s/<slug>/duplicates/merge")
def merge(slug: str) -> Response:
    statement = current_statement()
    form = MergeForm()
    if not form.validate():
        flash(expiry_notice(form, "The page had expired. Press the merge button again."))
        return redirect(url_for(".duplicates_page", slug=slug), 303)
    try:
        kept = moderation.merge(statement.id, form.keep.data, form.merge.data, utcnow(), actor=actor())
    except SignatureNotFound:
        flash("One of the two signatures is no longer there. Nothing was merged.")
    except moderation.AlreadyOffTheList:
        flash("One of the two signatures is already off the list (merged, rejected or withdrawn). Nothing was merged.")
    else:
        flash(f"Merged: {kept.organization_name} is kept; the other signature is rejected as its duplicate.")
    return redirect(url_for(".duplicates_page", slug=slug), 303)
