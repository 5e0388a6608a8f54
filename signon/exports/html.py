"""The letter as one standalone, printable HTML page (styles included, nothing fetched)."""

from __future__ import annotations

from flask import render_template

from signon.exports.layout import body_layout
from signon.exports.letter import Letter


def render_html(letter: Letter) -> str:
    """A page that opens anywhere without Signon: styles inline, notes at the end, print-ready."""
    return render_template("letter/letter.html", letter=letter, body=body_layout(letter))
