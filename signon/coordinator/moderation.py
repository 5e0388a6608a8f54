"""The signatures table and moderation: filter, search, sort and page; approve, reject, hide,
restore and pin in bulk or one at a time; a signatory's page with its listing and history;
the statement's moderation mode."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode

from flask import abort, flash, get_flashed_messages, redirect, render_template, request, url_for
from flask_login import current_user
from werkzeug.datastructures import MultiDict
from werkzeug.wrappers import Response

from signon.clock import utcnow
from signon.coordinator.blueprint import bp, current_statement
from signon.coordinator.moderation_forms import (
    ActionForm,
    BulkForm,
    ListingForm,
    ModerationForm,
    TableForm,
    table_query_args,
)
from signon.form_expiry import expiry_notice
from signon.models import Signature, Statement
from signon.routing import check_id
from signon.services.errors import DuplicateSignature, SignatureNotFound, UnknownCategory
from signon.services.moderation import moderation, signature_history, signature_table
from signon.services.moderation.moderation import ActionReport
from signon.services.moderation.signature_table import TableQuery

# A string, checked by routing.check_id: Werkzeug's int converter takes full-width digits.
SIGNATURE = "/s/<slug>/signatures/<signature_id>"
BUTTONS = {
    "approve": "Approve",
    "hide": "Hide from the public list",
    "restore": "Show on the public list again",
    "pin": "Pin under “Initiated by”",
    "unpin": "Unpin",
}
DONE = {
    "approve": "Approved",
    "reject": "Rejected",
    "hide": "Hidden",
    "restore": "Restored",
    "pin": "Pinned",
    "unpin": "Unpinned",
}


def actor() -> str:
    return f"coordinator:{current_user.id}"


def _table_form(statement: Statement, args: MultiDict[str, str]) -> tuple[TableForm, TableQuery, bool]:
    form = TableForm(formdata=args if args else None)
    form.set_categories(tuple((c.key, c.label) for c in statement.categories))
    valid = form.validate() if args else True
    if not valid:
        return form, TableQuery(), False
    query = TableQuery(
        status=form.status.data, category=form.category.data, search=form.q.data or "", sort=form.sort.data,
        page=form.page.data or 1,
    )  # fmt: skip
    return form, query, True


def _table_url(slug: str, values: dict[str, object]) -> str:
    query = urlencode(table_query_args(values))
    return url_for(".signatures", slug=slug) + (f"?{query}" if query else "")


def _links(slug: str, query: TableQuery, table: signature_table.SignatureTable) -> dict[str, object]:
    """The page's links that keep the other filters: one per status, and the neighbouring pages."""
    kept = {"status": query.status, "category": query.category, "q": query.search, "sort": query.sort}

    def url(**changes: object) -> str:
        return _table_url(slug, {**kept, **changes})

    return {
        "statuses": [(c, url(status=c.key, page=1), c.key == query.status) for c in table.counts],
        "previous": url(page=table.page - 1) if table.page > 1 else "",
        "next": url(page=table.page + 1) if table.page < table.pages else "",
        "back": urlencode(table_query_args({**kept, "page": table.page})),
    }


def _table_page(statement: Statement, args: MultiDict[str, str], bulk: BulkForm | None = None) -> tuple[str, int]:
    form, query, valid = _table_form(statement, args)
    table = signature_table.page(statement.id, query)
    mode = ModerationForm(data={"moderated": "on" if statement.moderated else "off"})
    page = render_template(
        "coordinator/signatures.html",
        statement=statement,
        form=form,
        table=table,
        bulk=bulk or BulkForm(formdata=None),
        mode=mode,
        links=_links(statement.slug, query, table),
        total=table.counts[0].count,
        messages=get_flashed_messages(),
    )
    return page, 200 if valid and (bulk is None or not bulk.errors) else 422


@bp.get("/s/<slug>/signatures")
def signatures(slug: str) -> tuple[str, int]:
    return _table_page(current_statement(), request.args)


def _say(report: ActionReport) -> None:
    if report.done:
        count = len(report.done)
        flash(f"{DONE[report.action]} {count} signature{'s' if count != 1 else ''}: {', '.join(report.done)}.")
    if report.skipped:
        reasons = "; ".join(f"{s.name or s.signature_id} ({s.reason})" for s in report.skipped)
        flash(f"Left unchanged: {reasons}.")


@bp.post("/s/<slug>/signatures/moderate")
def moderate(slug: str) -> Response | tuple[str, int]:
    statement = current_statement()
    form = BulkForm()
    args = MultiDict(parse_qsl(form.back.data or "", keep_blank_values=False))
    if not form.validate():
        return _table_page(statement, args, bulk=form)
    chosen = form.chosen()
    if chosen is None:
        flash("Tick the signatures first, then choose what to do with them.")
    else:
        action, ids = chosen
        message = (form.message.data or "") if action == "reject" else ""
        _say(moderation.apply(statement.id, action, ids, utcnow(), actor=actor(), message=message))
    _, query, _ = _table_form(statement, args)
    kept = {"status": query.status, "category": query.category, "q": query.search, "sort": query.sort}
    return redirect(_table_url(slug, {**kept, "page": query.page}), 303)


@bp.post("/s/<slug>/moderation")
def moderation_mode(slug: str) -> Response:
    statement = current_statement()
    form = ModerationForm()
    if not form.validate():
        flash(expiry_notice(form, "The page had expired, or no choice was made. Choose again and save."))
    else:
        moderated = form.moderated.data == "on"
        if moderation.set_moderated(statement.id, moderated, utcnow(), actor=actor()):
            flash(
                "Moderation is on: confirmed signatures now wait for approval."
                if moderated
                else "Moderation is off: confirmed signatures are now listed at once."
            )
    return redirect(url_for(".signatures", slug=slug) + "#moderation", 303)


def _signature_or_404(statement: Statement, signature_id: int) -> Signature:
    try:
        return moderation.signature_of(statement.id, signature_id)
    except SignatureNotFound:
        abort(404)


def _signatory_page(
    statement: Statement, signature_id: int, listing: ListingForm | None = None, action: ActionForm | None = None
) -> tuple[str, int]:
    signature = _signature_or_404(statement, signature_id)
    if listing is None:
        listing = ListingForm(
            formdata=None,
            data={
                "organization": signature.organization_name,
                "category": signature.category.key,
                "city": signature.city,
                "region": signature.region,
                "country": signature.country,
            },
        )
    listing.set_categories([(c.key, c.label) for c in statement.categories])
    page = render_template(
        "coordinator/signatory.html",
        statement=statement,
        signature=signature,
        status=signature.standing,
        domain=signature_table.domain_note(signature),
        listing=listing,
        action=action or ActionForm(formdata=None),
        buttons=[(name, label) for name, label in BUTTONS.items() if moderation.applies(name, signature)],
        can_reject=moderation.applies("reject", signature),
        history=signature_history.history(statement.id, signature.id),
        messages=get_flashed_messages(),
    )
    failed = (listing and listing.errors) or (action and action.errors)
    return page, 422 if failed else 200


@bp.get(SIGNATURE)
def signatory(slug: str, signature_id: str) -> tuple[str, int]:
    return _signatory_page(current_statement(), check_id(signature_id))


@bp.post(SIGNATURE + "/edit")
def edit_signatory(slug: str, signature_id: str) -> Response | tuple[str, int]:
    statement = current_statement()
    number = _signature_or_404(statement, check_id(signature_id)).id
    form = ListingForm()
    form.set_categories([(c.key, c.label) for c in statement.categories])
    if not form.validate():
        return _signatory_page(statement, number, listing=form)
    data = moderation.ListingInput(
        organization_name=form.organization.data, category_key=form.category.data, city=form.city.data or "",
        region=form.region.data or "", country=form.country.data or "",
    )  # fmt: skip
    try:
        changed = moderation.edit(statement.id, number, data, utcnow(), actor=actor())
    except DuplicateSignature:
        form.organization.errors = [
            "Another signature of this statement already has that name: merge the two from Possible duplicates"
        ]
        return _signatory_page(statement, number, listing=form)
    except UnknownCategory:
        abort(404)
    flash("Saved. The submitted listing stays in the history below." if changed else "Nothing was changed.")
    return redirect(url_for(".signatory", slug=slug, signature_id=number), 303)


@bp.post(SIGNATURE + "/moderate")
def moderate_signatory(slug: str, signature_id: str) -> Response | tuple[str, int]:
    statement = current_statement()
    number = _signature_or_404(statement, check_id(signature_id)).id
    form = ActionForm()
    if not form.validate():
        return _signatory_page(statement, number, action=form)
    message = (form.message.data or "") if form.action.data == "reject" else ""
    _say(moderation.apply(statement.id, form.action.data, [number], utcnow(), actor=actor(), message=message))
    return redirect(url_for(".signatory", slug=slug, signature_id=number), 303)
