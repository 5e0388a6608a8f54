"""Public pages: the statement, the sign form, confirmation links, health."""

from __future__ import annotations

import logging
from datetime import datetime

from flask import (
    Blueprint,
    abort,
    current_app,
    flash,
    get_flashed_messages,
    make_response,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_login import current_user
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
from werkzeug.wrappers import Response

from signon.clock import utcnow
from signon.downloads import attachment
from signon.errors import render_error
from signon.extensions import db
from signon.form_expiry import expiry_notice, explain_expiry
from signon.lost_connections import DATABASE_RETRY_AFTER, describe
from signon.models.statuses import Standing
from signon.public import bot_checks, limits, rate_limits
from signon.public.forms import ConfirmForm, ResendForm, SignForm
from signon.public.link_requests import ask_for_links
from signon.routing import check_slug, check_token
from signon.services.errors import (
    DomainError,
    LinkExpired,
    LinkInvalid,
    NotPublished,
    SignatureNotFound,
    StatementClosed,
    StatementNotFound,
    UnknownCategory,
)
from signon.services.letters import exports, publication
from signon.services.mail import emails
from signon.services.signing import signatures
from signon.services.statements import drafts, statements
from signon.version import __version__

log = logging.getLogger(__name__)

bp = Blueprint("public", __name__)
limits.register(bp)

CLOSED_TITLE = "This statement is no longer accepting signatures"


def _closed_page(slug: str) -> tuple[str, int]:
    message = statements.closed_message_html(slug)
    return render_template("public/closed.html", title=CLOSED_TITLE, slug=slug, message=message), 410


@bp.get("/")
def home() -> str:
    return render_template("public/home.html", statements=statements.open_statements(utcnow()))


@bp.get("/healthz")
def healthz() -> tuple[dict[str, str], int, dict[str, str]]:
    # The release too, so that a rolling upgrade can be watched from the load balancer.
    try:
        db.session.execute(text("SELECT 1"))
    except SQLAlchemyError as error:
        log.warning("healthz: database not answering: %s", describe(error))
        db.session.rollback()
        unavailable = {"status": "unavailable", "database": "not answering", "version": __version__}
        # The same wait as the 503 page's: a balancer or monitor that honours it stops hammering.
        return unavailable, 503, {"Retry-After": str(DATABASE_RETRY_AFTER), "Cache-Control": "no-store"}
    return {"status": "ok", "database": "ok", "version": __version__}, 200, {}


@bp.get("/s/<slug>")
def statement(slug: str) -> Response:
    check_slug(slug)
    now = utcnow()
    try:
        etag = statements.public_etag(slug, now)
    except StatementNotFound:
        return _draft(slug, now)
    # A pending flash message is for this visitor only: no shared caching then.
    personal = "_flashes" in session
    if not personal and request.if_none_match.contains_weak(etag):
        response = make_response("", 304)
        response.set_etag(etag)
        return response
    view = statements.public_view(slug, now)
    response = make_response(render_template("public/statement.html", s=view, messages=get_flashed_messages()))
    if not personal:
        response.set_etag(view.etag)
        response.headers["Cache-Control"] = "no-cache"
    return response


def _draft(slug: str, now: datetime) -> Response:
    """A draft, for its coordinators and holders of its review link (?review=TOKEN): marked
    DRAFT, never cached by others and never indexed. Anyone else gets 404, as for no statement."""
    try:
        view = drafts.draft_view(
            slug,
            now,
            coordinator_id=current_user.id if current_user.is_authenticated else None,
            review_token=request.args.get("review", type=str),
        )
    except StatementNotFound:
        abort(404)
    response = make_response(render_template("public/statement.html", s=view, messages=get_flashed_messages()))
    response.headers["Cache-Control"] = "private, no-store"
    response.headers["X-Robots-Tag"] = "noindex, nofollow"
    return response


def _sent_by_a_bot(form: SignForm, slug: str, now: datetime) -> bool:
    reason = bot_checks.bot_reason(
        trap=form.referral.data or "",
        shown=form.shown_at.data or "",
        slug=slug,
        secret=current_app.config["SECRET_KEY"],
        min_seconds=current_app.config["SIGNON_MIN_FILL_SECONDS"],
        now=now.timestamp(),
    )
    if reason is not None:
        log.info("sign form of %s from %s taken for a bot (%s): nothing stored", slug, request.remote_addr, reason)
    return reason is not None


def _stamp_shown(form: SignForm, slug: str, now: datetime) -> None:
    """Mark when the form was first shown; a form sent back with errors keeps its first time."""
    secret = current_app.config["SECRET_KEY"]
    if bot_checks.seconds_since_shown(secret, slug, form.shown_at.data or "", now.timestamp()) is None:
        form.shown_at.data = bot_checks.stamp(secret, slug, now.timestamp())


@bp.route("/s/<slug>/sign", methods=["GET", "POST"])
@rate_limits.limit_posts("SIGNON_SIGN_RATE_LIMIT")
def sign(slug: str) -> Response | tuple[str, int] | str:
    check_slug(slug)
    now = utcnow()
    try:
        statement = signatures.sign_form_statement(slug, now)
    except StatementNotFound:
        abort(404)
    except StatementClosed:
        return _closed_page(slug)
    form = SignForm()
    form.set_categories([(c.key, c.label) for c in statement.categories])
    form.configure(
        {"website": statement.website_field, "phone": statement.phone_field, "comment": statement.comment_field},
        allow_individuals=statement.allow_individuals,
    )
    page = {
        "title": statement.title,
        "slug": slug,
        "deadline": statements.deadline_in_words(statement.deadline, statement.timezone),
        "retention_months": statement.retention_months,
    }
    if request.method == "GET":
        _stamp_shown(form, slug, now)
        return render_template("public/sign.html", form=form, **page)
    if form.validate():
        if _sent_by_a_bot(form, slug, now):
            # The very answer a person gets, so that nothing tells a bot what gave it away.
            return redirect(url_for(".check_email", slug=slug), 303)
        data = signatures.SignatureInput(
            organization_name=form.organization.data or "",
            category_key=form.category.data,
            city=form.city.data,
            region=form.region.data or "",
            country=form.country.data,
            website=form.text("website"),
            contact_name=form.contact_name.data,
            contact_role=form.contact_role.data or "",
            contact_email=form.email.data,
            authorized=bool(form.authorized.data),
            comment=form.text("comment"),
            source_ip=request.remote_addr or "",
            user_agent=request.user_agent.string,
            phone=form.text("phone"),
            individual=form.flag("individual"),
        )
        try:
            signatures.submit(slug, data, now)
        except StatementClosed:
            return _closed_page(slug)
        except UnknownCategory:
            form.category.errors = ["Choose one of the listed categories"]
        else:
            return redirect(url_for(".check_email", slug=slug), 303)
    # The page sat open too long (or cookies are off): keep what was typed and ask again.
    explain_expiry(form)
    _stamp_shown(form, slug, now)
    return render_template("public/sign.html", form=form, **page), 422


@bp.get("/s/<slug>/letter.<fmt>")
def letter(slug: str, fmt: str) -> Response:
    """The published final letter, as PDF or Word: names and places only, never contact details."""
    check_slug(slug)
    if fmt not in publication.PUBLIC_FORMATS:
        abort(404)
    try:
        publication.published_statement(slug)
    except (StatementNotFound, NotPublished):
        abort(404)
    found = exports.letter_file(slug, fmt)
    return attachment(found.content, found.mimetype, found.filename, cache_control="public, max-age=300")


@bp.get("/s/<slug>/check-email")
def check_email(slug: str) -> str:
    check_slug(slug)
    return render_template("public/check_email.html", slug=slug, days=emails.confirmation_days())


def _link_problem(problem: DomainError, token: str) -> tuple[str, int]:
    """The page for a confirmation link that has expired (its button sends a new one) or that is
    no link of ours (a form asks for new ones by email)."""
    if isinstance(problem, LinkExpired):
        return render_template("public/link_expired.html", token=token, form=ConfirmForm()), 410
    return render_template("public/link_invalid.html", form=ResendForm()), 400


@bp.get("/confirm/<token>")
def confirm_page(token: str) -> str | tuple[str, int]:
    check_token(token)
    try:
        view = signatures.confirmation_view(token, utcnow())
    except (LinkExpired, LinkInvalid) as exc:
        return _link_problem(exc, token)
    return render_template("public/confirm.html", v=view, token=token, form=ConfirmForm())


@bp.post("/confirm/<token>")
@rate_limits.limit_posts("SIGNON_CONFIRM_RATE_LIMIT")
def confirm(token: str) -> Response | str | tuple[str, int]:
    check_token(token)
    form = ConfirmForm()
    if not form.validate():
        flash(expiry_notice(form, "That page had expired. Press Confirm again."))
        return redirect(url_for(".confirm_page", token=token), 303)
    try:
        result = signatures.confirm(token, utcnow())
    except (LinkExpired, LinkInvalid) as exc:
        return _link_problem(exc, token)
    except StatementClosed as exc:
        return _closed_page(str(exc))
    if result.outcome == Standing.verified:
        flash(f"Thank you. {result.organization_name} is now on the list of signatories.")
    elif result.outcome == Standing.awaiting_approval:
        flash(
            f"Thank you. {result.organization_name} is confirmed and will be listed once the coordinators approve it."
        )
    else:
        flash(f"{result.organization_name} was already confirmed. Nothing more to do.")
    return redirect(url_for(".statement", slug=result.statement_slug, _anchor="signatories"), 303)


@bp.post("/confirm/<token>/resend")
@rate_limits.limit_posts("SIGNON_RESEND_RATE_LIMIT", shared="resend")
def resend_for_link(token: str) -> Response | tuple[str, int]:
    check_token(token)
    form = ConfirmForm()
    if not form.validate():
        return render_error(
            400, expiry_notice(form, "That page had expired"), "Go back, reload the page and press the button again."
        )
    try:
        signatures.resend_for_token(token, utcnow())
    except (LinkInvalid, SignatureNotFound) as exc:
        return _link_problem(exc, token)
    return redirect(url_for(".link_sent"), 303)


@bp.route("/confirm/resend", methods=["GET", "POST"])
@rate_limits.limit_posts("SIGNON_RESEND_RATE_LIMIT", shared="resend")
def resend_by_email() -> Response | str | tuple[str, int]:
    return ask_for_links("public/resend.html", signatures.resend_links_to)


@bp.get("/confirm/sent")
def link_sent() -> str:
    return render_template("public/link_sent.html", days=emails.confirmation_days())
