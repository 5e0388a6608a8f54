"""Importing signatories from a CSV file in the browser: upload, map the columns, preview what
happens to each row, import the rows that pass in one transaction, and read the report."""

from __future__ import annotations

from dataclasses import asdict

from flask import abort, make_response, redirect, render_template, request, url_for
from flask_login import current_user
from werkzeug.exceptions import RequestEntityTooLarge
from werkzeug.wrappers import Response

from signon.clock import utcnow
from signon.coordinator.blueprint import bp, current_statement
from signon.coordinator.import_forms import ConfirmImportForm, MappingForm, UploadForm
from signon.coordinator.moderation import actor
from signon.errors import render_error
from signon.models import Statement
from signon.services.imports import mapped_imports, upload_store
from signon.services.imports.mapped_imports import (
    MAX_UPLOAD_BYTES,
    MAX_UPLOAD_ROWS,
    RowOutcome,
    UploadRefused,
    UploadTooLarge,
)
from signon.services.imports.signature_imports import REQUIRED
from signon.services.imports.upload_store import StoredUpload

UPLOAD = "/s/<slug>/import/<upload_id>"
PREVIEW_ROWS = 20


def _upload_page(statement: Statement, form: UploadForm, status: int = 200) -> tuple[str, int]:
    page = render_template(
        "coordinator/import.html",
        statement=statement,
        form=form,
        max_megabytes=MAX_UPLOAD_BYTES // (1024 * 1024),
        max_rows=MAX_UPLOAD_ROWS,
    )
    return page, status


@bp.get("/s/<slug>/import")
def import_upload(slug: str) -> tuple[str, int]:
    return _upload_page(current_statement(), UploadForm(formdata=None))


@bp.post("/s/<slug>/import")
def import_receive(slug: str) -> Response | tuple[str, int]:
    statement = current_statement()
    # This form alone takes a file larger than the rest of the site accepts. Werkzeug's
    # multipart parser buffers a chunk or two against the memory limit too, file or not.
    request.max_content_length = MAX_UPLOAD_BYTES + 64 * 1024
    request.max_form_memory_size = 512 * 1024
    try:
        form = UploadForm()
    except RequestEntityTooLarge:
        form = UploadForm(formdata=None)
        form.file.errors = [str(UploadTooLarge())]
        return _upload_page(statement, form, 413)
    if not form.validate():
        return _upload_page(statement, form, 422)
    try:
        text = mapped_imports.decode_upload(form.file.data.read(MAX_UPLOAD_BYTES + 1))
        mapped_imports.table_of(text)
    except UploadRefused as exc:
        form.file.errors = [str(exc)]
        return _upload_page(statement, form, 413 if isinstance(exc, UploadTooLarge) else 422)
    upload_id = upload_store.keep(
        text,
        form.file.data.filename or "",
        statement_id=statement.id,
        coordinator_id=current_user.id,
        now=utcnow(),
    )
    return redirect(url_for(".import_mapping", slug=slug, upload_id=upload_id), 303)


def _stored(statement: Statement, upload_id: str) -> StoredUpload:
    """The upload, while it is kept for this coordinator and statement; the view ends with a 404
    page once it is not (abort with a response: any view that reads an upload answers so)."""
    upload = upload_store.load(upload_id, statement_id=statement.id, coordinator_id=current_user.id, now=utcnow())
    if upload is None:
        abort(
            make_response(
                render_error(
                    404,
                    "This upload is not available",
                    "Uploads are kept for two hours, for the person who made them. Upload the file again.",
                )
            )
        )
    return upload


def _not_imported(statement: Statement, upload_id: str) -> StoredUpload:
    """The upload while its rows are still to be imported; once they are, the view ends with a
    redirect to their report."""
    upload = _stored(statement, upload_id)
    if upload.report is not None:
        abort(redirect(url_for(".import_report", slug=statement.slug, upload_id=upload_id), 303))
    return upload


def _mapping_page(
    statement: Statement, upload: StoredUpload, form: MappingForm | ConfirmImportForm, *, preview: bool
) -> tuple[str, int]:
    table = mapped_imports.table_of(upload.text)
    plan = mapped_imports.plan_mapped(statement.slug, upload.text, form.mapping()) if preview else None
    confirm = ConfirmImportForm(formdata=None, data=form.data)
    page = render_template(
        "coordinator/import_mapping.html",
        statement=statement,
        upload=upload,
        table=table,
        form=form,
        confirm=confirm,
        plan=plan,
        first_rows=plan.rows[:PREVIEW_ROWS] if plan else (),
        required=REQUIRED,
    )
    return page, 422 if form.errors else 200


def _configured(form: MappingForm | ConfirmImportForm, statement: Statement, upload: StoredUpload) -> None:
    form.configure(mapped_imports.table_of(upload.text).header, [c.label for c in statement.categories])


@bp.get(UPLOAD)
def import_mapping(slug: str, upload_id: str) -> tuple[str, int]:
    statement = current_statement()
    upload = _not_imported(statement, upload_id)
    if request.args:
        form = MappingForm(formdata=request.args)
        _configured(form, statement, upload)
        return _mapping_page(statement, upload, form, preview=form.validate())
    guessed = mapped_imports.guess_mapping(mapped_imports.table_of(upload.text).header)
    form = MappingForm(formdata=None, data={name: str(index) for name, index in guessed.items()})
    _configured(form, statement, upload)
    return _mapping_page(statement, upload, form, preview=False)


@bp.post(UPLOAD)
def import_confirm(slug: str, upload_id: str) -> Response | tuple[str, int]:
    statement = current_statement()
    upload = _not_imported(statement, upload_id)
    form = ConfirmImportForm()
    _configured(form, statement, upload)
    if not form.validate():
        return _mapping_page(statement, upload, form, preview=False)
    now = utcnow()
    plan = mapped_imports.import_mapped(slug, upload.text, form.mapping(), now, actor=actor())
    upload_store.replace_with_report(
        upload_id,
        [asdict(row) for row in plan.rows],
        statement_id=statement.id,
        coordinator_id=current_user.id,
        now=now,
    )
    return redirect(url_for(".import_report", slug=slug, upload_id=upload_id), 303)


@bp.get(UPLOAD + "/report")
def import_report(slug: str, upload_id: str) -> Response | tuple[str, int]:
    statement = current_statement()
    upload = _stored(statement, upload_id)
    if upload.report is None:
        return redirect(url_for(".import_mapping", slug=slug, upload_id=upload_id), 303)
    rows = [RowOutcome(**{**row, "problems": tuple(row["problems"])}) for row in upload.report]
    page = render_template(
        "coordinator/import_report.html",
        statement=statement,
        upload=upload,
        imported=[row for row in rows if row.imported],
        skipped=[row for row in rows if not row.imported],
    )
    return page, 200
