"""Invalidating signatures in bulk, by IP address or network, email domain or time window:
preview the matches, then confirm. Any coordinator of the statement may, as for rejecting one."""

from __future__ import annotations

from datetime import datetime
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from flask import flash, get_flashed_messages, redirect, render_template, request, url_for
from flask_login import current_user
from werkzeug.wrappers import Response

from signon.clock import utcnow
from signon.coordinator.blueprint import bp, current_statement
from signon.coordinator.invalidation_forms import ConfirmForm, CriteriaFields, PreviewForm
from signon.form_expiry import expiry_notice
from signon.models import Statement
from signon.services.moderation import bulk_invalidation
from signon.services.moderation.bulk_invalidation import InvalidationReport, InvalidCriterion, NoCriteria, Preview
from signon.services.moderation.signature_table import STATUS_FILTERS

STATUS_LABELS = dict(STATUS_FILTERS)


def _local(moment: datetime, zone: str) -> str:
    local = moment.astimezone(ZoneInfo(zone))
    return f"{local.day} {local:%b %Y, %H:%M:%S} {local.tzname()}"


def _rows(preview: Preview, zone: str) -> list[dict[str, str]]:
    return [
        {
            "name": m.organization_name,
            "status": STATUS_LABELS.get(m.status, m.status),
            "submitted": _local(m.submitted_at, zone),
            "domain": m.email_domain,
            "ip": m.source_ip,
        }
        for m in preview.matches
    ]


def _preview(statement: Statement, form: CriteriaFields) -> Preview | None:
    """The matches for a valid form; None, with the refusal on the form, otherwise."""
    if not form.validate():
        return None
    try:
        return bulk_invalidation.preview(statement.id, form.criteria(statement.timezone))
    except NoCriteria:
        form.refuse()
    except InvalidCriterion as exc:
        form.refuse(exc)
    return None


@bp.get("/s/<slug>/invalidate")
def invalidate(slug: str) -> str | tuple[str, int]:
    statement = current_statement()
    asked = any(request.args.get(name) is not None for name in ("ip", "domain", "submitted_from", "submitted_until"))
    form = PreviewForm(formdata=request.args if asked else None)
    preview = _preview(statement, form) if asked else None
    page = render_template(
        "coordinator/invalidate.html",
        statement=statement,
        form=form,
        preview=preview,
        rows=_rows(preview, statement.timezone) if preview else [],
        carried=form.carried() if preview else {},
        ids=bulk_invalidation.encode_ids(preview.ids) if preview else "",
        messages=get_flashed_messages(with_categories=True),
    )
    return (page, 422) if form.errors else page


def _say(report: InvalidationReport) -> None:
    count = len(report.invalidated)
    if count:
        flash(f"Invalidated {count:,} signature{'s' if count != 1 else ''}: they are rejected and off the list.")
    else:
        flash("No signature was invalidated.")
    if report.no_longer_matching:
        n = report.no_longer_matching
        flash(
            f"{n:,} of the signatures previewed had been rejected or withdrawn meanwhile, "
            f"or no longer match{'es' if n == 1 else ''}: left as they are."
        )
    if report.new_matches:
        n = report.new_matches
        flash(
            f"{n:,} signature{'s' if n != 1 else ''} arrived or changed after the preview and also "
            f"match{'es' if n == 1 else ''}: not invalidated. "
            f"{'It is' if n == 1 else 'They are'} listed below: preview again before invalidating.",
            "error",
        )


@bp.post("/s/<slug>/invalidate")
def confirm_invalidation(slug: str) -> Response | tuple[str, int]:
    statement = current_statement()
    form = ConfirmForm()
    if not form.validate():
        expired = "The page had expired: check the signatures listed, then confirm again."
        changed = "The confirmation was not as the preview left it: preview the signatures again."
        flash(expiry_notice(form, expired, otherwise=changed), "error")
        return redirect(url_for(".invalidate", slug=slug) + _query(), 303)
    try:
        report = bulk_invalidation.invalidate(
            statement.id, form.criteria(statement.timezone), form.ids.data, utcnow(),
            actor=f"coordinator:{current_user.id}",
        )  # fmt: skip
    except NoCriteria:
        flash("Give at least one criterion, then preview the signatures before invalidating them.", "error")
        return redirect(url_for(".invalidate", slug=slug), 303)
    except InvalidCriterion as exc:
        flash(exc.message, "error")
        return redirect(url_for(".invalidate", slug=slug) + _query(), 303)
    _say(report)
    # With new matches, the preview shows them; otherwise, an empty form for the next flood.
    return redirect(url_for(".invalidate", slug=slug) + (_query() if report.new_matches else ""), 303)


def _query() -> str:
    """The criteria as the preview's query string, as they were posted."""
    values = {
        name: str(request.form.get(name, ""))[:300] for name in ("ip", "domain", "submitted_from", "submitted_until")
    }
    return "?" + urlencode(values) if any(values.values()) else ""
