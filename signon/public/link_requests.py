"""Asking by email for links whose email was lost or has expired: new confirmation links, and
links to manage one's signatures. One form and one flow for both: the links go out when the
address signed, and the page that follows says the same whether it did or not."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from flask import redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from signon.clock import utcnow
from signon.form_expiry import explain_expiry
from signon.public.forms import ResendForm


def ask_for_links(template: str, send: Callable[[str, datetime], None]) -> Response | str | tuple[str, int]:
    """The form on ``template``; posted with an address, ``send`` emails the links and the
    blueprint's ``link_sent`` page follows."""
    form = ResendForm()
    if request.method == "POST":
        if form.validate():
            send(form.email.data, utcnow())
            return redirect(url_for(".link_sent"), 303)
        explain_expiry(form, "This form expired. Check the address and send it again.")
        return render_template(template, form=form), 422
    return render_template(template, form=form)
