"""What a signatory does through the manage link never silently undoes what happened a moment
before: a coordinator's correction is not overwritten, and a letter already delivered keeps
every name it was delivered with."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import update

from signon.extensions import db as _db
from signon.models import Signature, Statement
from signon.services.signing import self_service
from tests import factories
from tests.signing.manage_links import NAME, correction, manage_link, reload


def meanwhile(app, row, **values) -> None:
    """Another request's committed change, made on its own connection."""
    with app.app_context():
        _db.session.execute(update(row[0]).where(row[1]).values(**values))
        _db.session.commit()
        _db.session.remove()


def test_a_correction_does_not_overwrite_a_coordinators_edit_made_meanwhile(
    client,
    app,
    db,
    verified,
    smtp,
    send_outbox,
    monkeypatch,
):
    link = manage_link(client, smtp, send_outbox)
    other_names = self_service._other_names

    def coordinator_edits_first(signature):
        meanwhile(
            app, (Signature, Signature.id == signature.id),
            city="Washington, D.C.", updated_at=factories.now() + timedelta(seconds=1),
        )  # fmt: skip
        return other_names(signature)

    monkeypatch.setattr(self_service, "_other_names", coordinator_edits_first)

    response = client.post(f"{link}/correct", data=correction(organization="LAWG"))

    assert response.status_code == 409
    assert "This signature changed meanwhile" in response.get_data(as_text=True)
    kept = reload(db, verified.id)
    assert (kept.organization_name, kept.city) == (NAME, "Washington, D.C.")


def test_a_withdrawal_that_meets_the_letter_going_out_leaves_the_name_on_it(
    client,
    app,
    db,
    statement,
    verified,
    smtp,
    send_outbox,
    monkeypatch,
):
    link = manage_link(client, smtp, send_outbox)
    entry = self_service._entry
    published: list[bool] = []

    def letter_goes_out_first(signature, now):
        if not published:
            published.append(True)
            meanwhile(app, (Statement, Statement.id == statement.id), status="closed", published_at=now)
        return entry(signature, now)

    monkeypatch.setattr(self_service, "_entry", letter_goes_out_first)

    response = client.post(f"{link}/withdraw")

    assert response.status_code == 409
    assert "The letter has been delivered" in response.get_data(as_text=True)
    assert reload(db, verified.id).status == "verified"
