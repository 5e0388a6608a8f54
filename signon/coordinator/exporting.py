"""Exporting the final letter and the signatures, and publishing the letter."""

from __future__ import annotations

from urllib.parse import urlencode

from flask import abort, flash, get_flashed_messages, redirect, render_template, request, stream_with_context, url_for
from flask_login import current_user
from werkzeug.wrappers import Response

from signon.clock import utcnow
from signon.coordinator.blueprint import bp, current_statement
from signon.coordinator.forms import ExportForm, PublishForm
from signon.downloads import attachment
from signon.form_expiry import expiry_notice
from signon.services.errors import AlreadyPublished, StatementIsDraft, StatementStillOpen
from signon.services.letters import exports, publication

# What a coordinator exports is for the team alone: never kept by a shared cache or the browser.
PRIVATE = "private, no-store"


def _export_form() -> ExportForm:
    # A first visit (no query) shows the defaults; afterwards the query string is the form.
    return ExportForm(formdata=request.args if request.args else None)


@bp.get("/s/<slug>/export")
def export(slug: str) -> str | tuple[str, int]:
    statement = current_statement()
    form = _export_form()
    valid = form.validate() if request.args else True
    query = urlencode(list(request.args.items(multi=True)))
    page = render_template(
        "coordinator/export.html",
        statement=statement,
        form=form,
        query=query,
        valid=valid,
        can_publish=statement.can_publish(utcnow()),
        messages=get_flashed_messages(),
    )
    return (page, 422) if not valid else page


@bp.get("/s/<slug>/export/file")
def export_file(slug: str) -> Response | str | tuple[str, int]:
    form = _export_form()
    if not form.validate():
        return export(slug)
    options = form.options()
    if form.format.data == "csv":
        lines = stream_with_context(exports.signatures_csv(slug, options.statuses))
        return attachment(lines, exports.SHEET_FORMATS["csv"], f"{slug}-signatures.csv", cache_control=PRIVATE)
    if form.format.data == "xlsx":
        found = exports.signatures_xlsx(slug, options.statuses)
    else:
        found = exports.letter_file(slug, form.format.data, options)
    return attachment(found.content, found.mimetype, found.filename, cache_control=PRIVATE)


@bp.get("/s/<slug>/export/preview.png")
def export_preview(slug: str) -> Response:
    form = _export_form()
    if not form.validate():
        abort(400)
    response = Response(exports.first_page_png(slug, form.options()), mimetype="image/png")
    response.headers["Cache-Control"] = "private, max-age=60"
    return response


@bp.post("/s/<slug>/publish")
def publish(slug: str) -> Response:
    form = PublishForm()
    if not form.validate():
        flash(expiry_notice(form, "The page had expired. Press Publish again."))
        return redirect(url_for(".export", slug=slug), 303)
    try:
        report = publication.publish(slug, utcnow(), actor=f"coordinator:{current_user.id}")
    except StatementIsDraft:
        flash("A draft was never open for signing: open it and close it before publishing the final letter.")
    except StatementStillOpen:
        flash("Close the statement (or wait for its deadline) before publishing the final letter.")
    except AlreadyPublished:
        flash("The final letter is already published.")
    else:
        # Built now, once, so that the first visitors do not wait for a large PDF.
        exports.prepare_letter_files(slug, publication.PUBLIC_FORMATS)
        flash(f"Published. {report.emails:,} signatories will receive the link by email.")
    return redirect(url_for(".export", slug=slug), 303)
