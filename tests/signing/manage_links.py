"""The manage link as a signatory gets it (asked for on the request page, read from the email),
the signature it manages reloaded, and the correction form she sends through it."""

from __future__ import annotations

import re

from signon.models import Signature

NAME = "Latin America Working Group"
EMAIL = "contact@lawg.example.org"
MANAGE = re.compile(r"http://signon\.example\.org(/manage/[A-Za-z0-9_\-.]+)")


def ask_for_links(client, email: str):
    response = client.post("/manage", data={"email": email})
    assert response.status_code == 303, response.get_data(as_text=True)[:2000]
    return client.get(response.headers["Location"])


def manage_links(client, smtp, send_outbox, email: str = EMAIL) -> list[str]:
    smtp.clear()
    ask_for_links(client, email)
    send_outbox()
    (message,) = smtp.to(email)
    smtp.clear()
    return MANAGE.findall(smtp.text_of(message))


def manage_link(client, smtp, send_outbox, email: str = EMAIL) -> str:
    (link,) = manage_links(client, smtp, send_outbox, email)
    return link


def reload(db, signature_id: int) -> Signature:
    db.session.expire_all()
    return db.session.get(Signature, signature_id)


def correction(**changes: str) -> dict[str, str]:
    return {
        "organization": NAME,
        "category": "national",
        "city": "Washington",
        "region": "DC",
        "country": "United States",
        "website": "https://lawg.example.org",
        "comment": "",
        **changes,
    }
