import re

from tests import factories


def test_sign_confirm_and_listed(client, db, smtp, send_outbox):
    factories.open_statement()
    r = client.post(
        "/s/national-guard-letter/sign",
        data={
            "organization": "Centro de Atención al Migrante Exodus",
            "category": "international",
            "city": "Agua Prieta",
            "country": "Mexico",
            "contact_name": "Ana",
            "email": "ana@came.example.org",
            "authorized": "y",
        },
    )
    assert r.status_code == 303, r.data[:3000]
    report = send_outbox()
    assert report.sent == 1
    text = smtp.last_text()
    link = re.search(r"http://signon.example.org(/confirm/\S+)", text).group(1)
    page = client.get(link)
    assert page.status_code == 200
    assert b"Confirm" in page.data
    r = client.post(link)
    assert r.status_code == 303
    public = client.get("/s/national-guard-letter")
    assert "Centro de Atención al Migrante Exodus" in public.get_data(as_text=True)
