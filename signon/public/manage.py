"""A signatory's own pages: "this wasn't me" from the verification email, and "manage my
signature" (ask for a link, then withdraw or correct). A GET or HEAD on an emailed link
changes nothing, since mail scanners open every link: only a button (a POST) does."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from flask import Blueprint, flash, get_flashed_messages, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from signon.clock import utcnow
from signon.form_expiry import expiry_notice, explain_expiry
from signon.public import limits, rate_limits
from signon.public.link_requests import ask_for_links
from signon.public.manage_forms import ButtonForm, CorrectionForm
from signon.routing import check_token
from signon.services.errors import DuplicateSignature, LinkExpired, LinkInvalid, UnknownCategory
from signon.services.mail import emails
from signon.services.signing import self_service
from signon.services.signing.self_service import (
    CorrectionClosed,
    Entry,
    LetterDelivered,
    NotOnTheList,
    SignatureChanged,
    WithdrawResult,
)

bp = Blueprint("manage", __name__)
limits.register(bp)

Page = str | tuple[str, int] | Response

EXPIRED_FORM = "That page had expired. Press the button again."


@bp.after_request
def private(response: Response) -> Response:
    # These pages are reached through a personal link: never stored by a shared cache,
    # never indexed.
    if request.view_args and "token" in request.view_args:
        response.headers["Cache-Control"] = "private, no-store"
        response.headers["X-Robots-Tag"] = "noindex, nofollow"
    return response


# Any view of this blueprint may meet a link that expired, was tampered with, or names a
# signature whose letter has gone out: one answer each, wherever it is met.
@bp.errorhandler(LinkExpired)
def link_expired(_exc: LinkExpired) -> tuple[str, int]:
    return render_template("public/manage_link_problem.html", kind="expired", code=410), 410


@bp.errorhandler(LinkInvalid)
def link_invalid(_exc: LinkInvalid) -> tuple[str, int]:
    return render_template("public/manage_link_problem.html", kind="invalid", code=400), 400


@bp.errorhandler(LetterDelivered)
def delivered(exc: LetterDelivered) -> tuple[str, int]:
    return render_template("public/manage_delivered.html", slug=exc.slug, title=exc.title, contact=exc.contact), 409


def _withdrawal(
    token: str,
    page: Callable[[str, datetime, str], str],
    withdraw: Callable[[str, datetime], WithdrawResult],
    done: str,
) -> Page:
    """The withdraw button of a signatory's page: pressed on a page that had expired, ``page``
    comes back saying so (422); otherwise ``withdraw`` takes the signature off the list, and the
    template ``done`` says how that went."""
    check_token(token)
    form = ButtonForm()
    now = utcnow()
    if not form.validate():
        return page(token, now, expiry_notice(form, EXPIRED_FORM)), 422
    result = withdraw(token, now)
    return render_template(done, e=result.entry, outcome=result.outcome)


# --------------------------------------------------------------------------- this wasn't me


def _not_me_page(token: str, now: datetime, problem: str | None = None) -> str:
    entry = self_service.not_me_view(token, now)
    return render_template("public/not_me.html", e=entry, token=token, form=ButtonForm(), problem=problem)


@bp.get("/not-me/<token>")
def not_me_page(token: str) -> Page:
    check_token(token)
    return _not_me_page(token, utcnow())


@bp.post("/not-me/<token>")
@rate_limits.limit_posts("SIGNON_CONFIRM_RATE_LIMIT", shared="signatory-links")
def not_me(token: str) -> Page:
    return _withdrawal(token, _not_me_page, self_service.withdraw_not_me, "public/not_me_done.html")


# --------------------------------------------------------------------------- asking for a link


@bp.route("/manage", methods=["GET", "POST"])
@rate_limits.limit_posts("SIGNON_MANAGE_RATE_LIMIT")
def request_link() -> Page:
    return ask_for_links("public/manage_request.html", self_service.send_manage_links)


@bp.get("/manage/sent")
def link_sent() -> str:
    return render_template("public/manage_sent.html", days=emails.manage_link_days())


# --------------------------------------------------------------------------- one signature


def _correction_form(entry: Entry, formdata: bool) -> CorrectionForm:
    form = CorrectionForm() if formdata else CorrectionForm(formdata=None)
    form.configure(entry.categories, {"website": entry.website_field, "comment": entry.comment_field})
    if not formdata:
        form.organization.data = entry.organization_name
        form.category.data = entry.category_key
        form.city.data, form.region.data, form.country.data = entry.city, entry.region, entry.country
        if "website" in form:
            form.website.data = entry.website
        if "comment" in form:
            form.comment.data = entry.comment
    return form


def _manage_page(token: str, entry: Entry, form: CorrectionForm | None = None, **context: object) -> str:
    return render_template(
        "public/manage_signature.html",
        e=entry,
        token=token,
        form=form if form is not None else _correction_form(entry, formdata=False),
        button=ButtonForm(),
        messages=get_flashed_messages(),
        **context,
    )


def _signature_page(token: str, now: datetime, problem: str | None = None) -> str:
    return _manage_page(token, self_service.manage_view(token, now), problem=problem)


@bp.get("/manage/<token>")
def signature_page(token: str) -> Page:
    check_token(token)
    return _signature_page(token, utcnow())


@bp.post("/manage/<token>/withdraw")
@rate_limits.limit_posts("SIGNON_CONFIRM_RATE_LIMIT", shared="signatory-links")
def withdraw(token: str) -> Page:
    return _withdrawal(token, _signature_page, self_service.withdraw_managed, "public/manage_withdrawn.html")


@bp.post("/manage/<token>/correct")
@rate_limits.limit_posts("SIGNON_CONFIRM_RATE_LIMIT", shared="signatory-links")
def correct(token: str) -> Page:
    check_token(token)
    now = utcnow()
    entry = self_service.manage_view(token, now)
    form = _correction_form(entry, formdata=True)
    if not entry.on_the_list:
        return _manage_page(token, entry, problem="This signature is no longer on the list: nothing to correct."), 409
    if entry.delivered or not entry.correctable:
        return _manage_page(token, entry, problem="The statement has closed: its list can no longer be corrected."), 410
    if form.validate():
        data = self_service.Correction(
            organization_name=form.organization.data or "",
            category_key=form.category.data or "",
            city=form.city.data or "",
            region=form.region.data or "",
            country=form.country.data or "",
            website=form.text("website"),
            comment=form.text("comment"),
        )
        try:
            result = self_service.correct(token, data, now)
        except DuplicateSignature:
            form.organization.errors = [
                "Another organization on this statement's list has that name. "
                "Write the name differently, or ask the coordinators."
            ]
        except UnknownCategory:
            form.category.errors = ["Choose one of the listed categories"]
        except (NotOnTheList, SignatureChanged, CorrectionClosed, LetterDelivered):
            fresh = self_service.manage_view(token, now)
            return _manage_page(token, fresh, problem="This signature changed meanwhile. Look at it again."), 409
        else:
            if not result.changed:
                flash("Nothing was changed.")
            elif result.awaiting_approval:
                flash("Your corrections are saved. The new name will be listed once the coordinators approve it.")
            else:
                flash("Your corrections are saved.")
            return redirect(url_for(".signature_page", token=token), 303)
    explain_expiry(form, "This form expired. Check your corrections and send them again.")
    return _manage_page(token, entry, form), 422
