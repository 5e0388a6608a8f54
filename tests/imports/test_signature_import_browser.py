"""Importing signatories in the browser from a Google Form's CSV: upload, map the columns,
preview what happens to each row, import the rows that pass in one transaction, and read the
report of what was imported and what was skipped, and why."""

from __future__ import annotations

import csv
import io
import os
import re
import stat
from html import unescape
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import pytest
from sqlalchemy import func

from signon.models import Signature
from signon.services.imports import upload_store
from signon.services.imports.mapped_imports import MAX_UPLOAD_ROWS, guess_mapping
from tests.moderation_support import add, events
from tests.sessions import SLUG, log_in

IMPORT = f"/coordinator/s/{SLUG}/import"
GOOGLE_HEADER = [
    "Timestamp", "Email Address", "Organization name", "Type of organization", "City", "State", "Country",
    "Website", "Your name", "Your title",
]  # fmt: skip
EXISTING = [
    "Latin America Working Group",
    "Kino Border Initiative",
    "Hope Border Institute",
    "WOLA",
    "Alianza Américas",
]


def google_row(n: int, organization: str, **changes: str) -> list[str]:
    row = {
        "Timestamp": f"3/{1 + n % 28}/2026 10:{n % 60:02d}:00",
        "Email Address": f"contact{n}@org{n}.example.org",
        "Organization name": organization,
        "Type of organization": ("National", "State and Local", "International")[n % 3],
        "City": "Tucson",
        "State": "AZ",
        "Country": "United States",
        "Website": f"org{n}.example.org",
        "Your name": f"Person {n}",
        "Your title": "Director",
        **changes,
    }
    return [row[title] for title in GOOGLE_HEADER]


def google_form_csv() -> tuple[str, dict[str, int]]:
    """200 responses: 180 good ones, and 20 to skip for four reasons. Returns the text and how
    many rows of each kind it holds."""
    rows = [google_row(n, f"Good Organization {n:03d}") for n in range(180)]
    # The same organizations again, written differently.
    rows += [google_row(200 + n, f"good organization {n:03d}.") for n in range(5)]
    rows += [google_row(300 + n, name.upper()) for n, name in enumerate(EXISTING)]
    rows += [google_row(400 + n, f"Bad Email Org {n}", **{"Email Address": "not an address"}) for n in range(5)]
    rows += [google_row(500 + n, f"Unknown Category Org {n}", **{"Type of organization": "Galactic"}) for n in range(3)]
    rows += [google_row(600 + n, f"No City Org {n}", City="") for n in range(2)]
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(GOOGLE_HEADER)
    writer.writerows(rows)
    return buffer.getvalue(), {"good": 180, "in_file": 5, "existing": 5, "email": 5, "category": 3, "city": 2}


@pytest.fixture
def team(team, app):
    """The shared team, with EXISTING already signed."""
    for name in EXISTING:
        add(app, name)
    return team


def upload(client, text: str | bytes, filename: str = "responses.csv", url: str = IMPORT):
    data = text.encode("utf-8") if isinstance(text, str) else text
    return client.post(url, data={"file": (io.BytesIO(data), filename)}, content_type="multipart/form-data")


def uploaded(client, text: str | bytes) -> str:
    """Upload the file and return the mapping screen's address."""
    response = upload(client, text)
    assert response.status_code == 303, response.get_data(as_text=True)
    return urlsplit(response.headers["Location"]).path


def selected_mapping(html: str) -> dict[str, str]:
    """What each select of the mapping form has selected."""
    form = html[html.index('class="form mapping-form"') :]
    form = form[: form.index("</form>")]
    chosen = {}
    for name, body in re.findall(r'<select[^>]*name="([a-z_]+)"[^>]*>(.*?)</select>', form, flags=re.S):
        match = re.search(r'<option selected value="([^"]*)"', body)
        chosen[name] = match[1] if match else ""
    return chosen


def hidden_fields(html: str) -> dict[str, str]:
    form = html[html.index('method="post" action="/coordinator/s/national-guard-letter/import/') :]
    form = form[: form.index("</form>")]
    return {
        name: unescape(value) for name, value in re.findall(r'type="hidden" name="([a-z_]+)" value="([^"]*)"', form)
    }


def count(db, model=Signature) -> int:
    return db.session.execute(db.select(func.count()).select_from(model)).scalar_one()


# --------------------------------------------------------------------------- the whole flow


def test_a_google_form_export_is_imported_through_mapping_preview_and_report(client, db, team):
    text, kinds = google_form_csv()
    log_in(client)
    assert client.get(IMPORT).status_code == 200

    mapping_url = uploaded(client, text)
    mapping_page = client.get(mapping_url).get_data(as_text=True)
    assert "200 rows below the column titles" in mapping_page
    mapping = selected_mapping(mapping_page)
    assert mapping == {
        "organization": "2", "category": "3", "city": "4", "region": "5", "country": "6", "website": "7",
        "contact_name": "8", "role": "9", "email": "1", "default_category": "",
    }  # fmt: skip

    preview = client.get(f"{mapping_url}?{urlencode(mapping)}")
    assert preview.status_code == 200
    html = preview.get_data(as_text=True)
    assert "180 rows will be imported</strong>; 20 will be skipped." in html
    assert "The first 20 rows of the file" in html
    assert count(db) == len(EXISTING)  # the preview changed nothing

    confirm = client.post(mapping_url, data=hidden_fields(html))
    assert confirm.status_code == 303
    report_url = urlsplit(confirm.headers["Location"]).path
    assert report_url == f"{mapping_url}/report"
    report = client.get(report_url).get_data(as_text=True)
    assert "Imported 180 signatories</strong>; skipped 20 rows." in report

    reasons = unescape(report[report.index("Skipped rows") : report.index("Imported rows")])
    assert reasons.count("the same organization as line") == kinds["in_file"]
    assert reasons.count("has already signed this statement") == kinds["existing"]
    assert reasons.count("email: not a valid address") == kinds["email"]
    assert reasons.count('"Galactic" is not a category of this statement') == kinds["category"]
    assert reasons.count("city: missing") == kinds["city"]
    assert (
        'organization: "LATIN AMERICA WORKING GROUP" has already signed this statement (as "Latin America Working Group")'
        in reasons
    )
    # Line 2 is the first response; the first in-file repeat (line 182) repeats it.
    assert "the same organization as line 2" in reasons

    assert count(db) == len(EXISTING) + 180
    imported = db.session.execute(
        db.select(Signature).where(Signature.organization_name == "Good Organization 007")
    ).scalar_one()
    assert imported.status == "verified"
    assert (imported.city, imported.region, imported.country) == ("Tucson", "AZ", "United States")
    assert imported.category.label == ("National", "State and Local", "International")[7 % 3]
    assert imported.website == "https://org7.example.org"
    assert (imported.contact_name, imported.contact_role, imported.contact_email) == (
        "Person 7", "Director", "contact7@org7.example.org",
    )  # fmt: skip
    (summary,) = events("signatures.imported")
    assert summary.details == {"count": 180, "skipped": 20, "source": "browser"}
    assert summary.actor.startswith("coordinator:")
    assert len(events("signature.imported")) == 180


def test_confirming_again_imports_nothing_more(client, db, team):
    text, _ = google_form_csv()
    log_in(client)
    mapping_url = uploaded(client, text)
    html = client.get(f"{mapping_url}?{urlencode(selected_mapping(client.get(mapping_url).get_data(as_text=True)))}")
    fields = hidden_fields(html.get_data(as_text=True))
    client.post(mapping_url, data=fields)

    again = client.post(mapping_url, data=fields)

    assert again.status_code == 303 and again.headers["Location"].endswith("/report")
    assert count(db) == len(EXISTING) + 180
    assert client.get(mapping_url).status_code == 303


def test_once_imported_the_file_is_forgotten_and_only_the_report_is_kept(app, client, db, team, tmp_path):
    text, _ = google_form_csv()
    log_in(client)
    mapping_url = uploaded(client, text)
    (stored,) = (tmp_path / "imports").glob("*.json")
    assert stat.S_IMODE(os.stat(stored).st_mode) == 0o600
    assert "Good Organization 000" in stored.read_text(encoding="utf-8")
    page = client.get(f"{mapping_url}?{urlencode(selected_mapping(client.get(mapping_url).get_data(as_text=True)))}")
    client.post(mapping_url, data=hidden_fields(page.get_data(as_text=True)))
    assert "contact0@org0.example.org,Good" not in stored.read_text(encoding="utf-8")
    assert '"text": null' in stored.read_text(encoding="utf-8")


def test_the_preview_shows_what_happens_to_each_of_the_first_rows(client, db, team):
    text = "Organization,Category,City,Country,Name,Email\n" + "\n".join(
        [
            "Texas Civil Rights Project,State and Local,Austin,United States,Efrén,efren@tcrp.example.org",
            "Kino Border Initiative,National,Nogales,United States,Joanna,joanna@kino.example.org",
            "Bad Org,National,Austin,United States,Bob,nope",
        ]
    )
    log_in(client)
    mapping_url = uploaded(client, text)
    mapping = selected_mapping(client.get(mapping_url).get_data(as_text=True))
    html = unescape(client.get(f"{mapping_url}?{urlencode(mapping)}").get_data(as_text=True))
    table = html[html.index("The first 3 rows") :]
    assert re.search(r"<td>2</td>\s*<th scope=\"row\">Texas Civil Rights Project</th>.*?<td>Imported</td>", table, re.S)
    assert re.search(
        r"Kino Border Initiative</th>.*?Skipped:</strong> organization: \"Kino Border Initiative\" has already signed",
        table,
        re.S,
    )
    assert re.search(r"Bad Org</th>.*?Skipped:</strong> email: not a valid address", table, re.S)
    assert "Import 1 signatory</button>" in html


# --------------------------------------------------------------------------- mapping


def test_the_titles_google_forms_uses_are_recognised():
    assert guess_mapping(tuple(GOOGLE_HEADER)) == {
        "email": 1, "organization": 2, "category": 3, "city": 4, "region": 5, "country": 6, "website": 7,
        "role": 9, "contact_name": 8,
    }  # fmt: skip
    assert guess_mapping(("Organization website", "Name of your organization", "Contact email", "Contact name")) == {
        "website": 0, "email": 2, "organization": 1, "contact_name": 3,
    }  # fmt: skip


def test_a_category_for_every_row_stands_in_for_a_missing_column(client, db, team):
    text = "Org;Town;Country;Contact;E-mail\nTexas Civil Rights Project;Austin;United States;Efrén;efren@tcrp.example.org\n"
    log_in(client)
    mapping_url = uploaded(client, text)
    mapping = {"organization": "0", "city": "1", "country": "2", "contact_name": "3", "email": "4"}

    without = client.get(f"{mapping_url}?{urlencode(mapping)}")
    assert without.status_code == 422
    assert "Choose the column that holds the category" in without.get_data(as_text=True)

    html = client.get(f"{mapping_url}?{urlencode({**mapping, 'default_category': 'State and Local'})}")
    assert html.status_code == 200
    client.post(mapping_url, data=hidden_fields(html.get_data(as_text=True)))
    imported = db.session.execute(
        db.select(Signature).where(Signature.organization_name == "Texas Civil Rights Project")
    ).scalar_one()
    assert imported.category.label == "State and Local"


def test_one_column_for_two_fields_is_refused(client, db, team):
    text, _ = google_form_csv()
    log_in(client)
    mapping_url = uploaded(client, text)
    mapping = selected_mapping(client.get(mapping_url).get_data(as_text=True))
    response = client.get(f"{mapping_url}?{urlencode({**mapping, 'city': '2'})}")
    assert response.status_code == 422
    assert "That column is already chosen for the organization name" in unescape(response.get_data(as_text=True))


def test_a_column_that_does_not_exist_is_refused(client, db, team):
    text, _ = google_form_csv()
    log_in(client)
    mapping_url = uploaded(client, text)
    mapping = selected_mapping(client.get(mapping_url).get_data(as_text=True))
    assert client.get(f"{mapping_url}?{urlencode({**mapping, 'city': '99'})}").status_code == 422


def test_without_a_csrf_token_the_import_writes_nothing(app, client, db, team):
    text, _ = google_form_csv()
    log_in(client)
    mapping_url = uploaded(client, text)
    page = client.get(f"{mapping_url}?{urlencode(selected_mapping(client.get(mapping_url).get_data(as_text=True)))}")
    fields = hidden_fields(page.get_data(as_text=True))
    app.config["WTF_CSRF_ENABLED"] = True
    response = client.post(mapping_url, data={k: v for k, v in fields.items() if k != "csrf_token"})
    assert response.status_code == 422
    assert count(db) == len(EXISTING)


# --------------------------------------------------------------------------- limits and refusals


def test_a_file_over_2_mb_is_refused_with_413_and_a_clear_message(client, db, team):
    log_in(client)
    big = "Organization,Email\n" + ("x" * 100 + ",a@example.org\n") * 22_000
    response = upload(client, big)
    assert response.status_code == 413
    assert "The file is larger than 2 MB: split it into smaller files." in response.get_data(as_text=True)


def test_a_file_of_nearly_2_mb_and_4_900_rows_is_taken(client, db, team):
    log_in(client)
    padding = "x" * 385
    text = "Organization,Email,Notes\n" + "".join(f"Org {n},o{n}@example.org,{padding}\n" for n in range(4_900))
    assert 1.9 * 1024 * 1024 < len(text) < 2 * 1024 * 1024
    mapping_url = uploaded(client, text)
    assert "4,900 rows below the column titles" in client.get(mapping_url).get_data(as_text=True)


def test_a_file_just_over_the_limit_is_refused_by_the_check_of_its_size(client, db, team):
    log_in(client)
    response = upload(client, "a" * (2 * 1024 * 1024 + 10))
    assert response.status_code == 413
    assert "The file is larger than 2 MB" in response.get_data(as_text=True)


def test_a_file_with_more_than_5000_rows_is_refused(client, db, team):
    log_in(client)
    text = "Organization,Email\n" + "".join(f"Org {n},o{n}@example.org\n" for n in range(MAX_UPLOAD_ROWS + 1))
    response = upload(client, text)
    assert response.status_code == 422
    assert "The file has more than 5,000 rows: split it into smaller files." in response.get_data(as_text=True)


@pytest.mark.parametrize(
    "content, message",
    [
        ("Organization,Email\n".encode("utf-16"), "The file is not UTF-8 text"),
        ("Organización,Ciudad\nÁmbito,México\n".encode("latin-1"), "The file is not UTF-8 text"),
        (b"", "The file is empty."),
        (b"Organization,Email\n", "The file has column titles but no rows below them."),
        (b"Organization,Email\nA\x00B,a@example.org\n", "holds binary data"),
    ],
)
def test_files_that_are_not_csv_text_are_refused_with_the_reason(client, db, team, content, message):
    log_in(client)
    response = upload(client, content)
    assert response.status_code == 422
    assert message in response.get_data(as_text=True)


def test_the_upload_form_without_a_file_says_so(client, db, team):
    log_in(client)
    response = client.post(IMPORT, data={}, content_type="multipart/form-data")
    assert response.status_code == 422
    assert "Choose the CSV file to import" in response.get_data(as_text=True)


# --------------------------------------------------------------------------- whose upload


def test_only_the_coordinator_who_uploaded_can_open_the_upload(app, client, db, team):
    text, _ = google_form_csv()
    log_in(client)
    mapping_url = uploaded(client, text)
    editor = app.test_client()
    log_in(editor, "eddie@lawg.example.org")
    assert editor.get(mapping_url).status_code == 404
    assert editor.post(mapping_url, data={}).status_code == 404
    other = app.test_client()
    log_in(other, "otto@other.example.org")
    assert other.get(mapping_url).status_code == 404


def test_an_upload_id_of_another_shape_is_not_looked_up(client, db, team):
    log_in(client)
    assert client.get(f"{IMPORT}/..%2F..%2Fconfig").status_code == 404
    assert client.get(f"{IMPORT}/{'a' * 32}").status_code == 404


def test_an_upload_expires_after_two_hours(client, db, team, monkeypatch):
    text, _ = google_form_csv()
    log_in(client)
    mapping_url = uploaded(client, text)
    monkeypatch.setattr(upload_store, "LIFETIME", upload_store.LIFETIME * 0)
    response = client.get(mapping_url)
    assert response.status_code == 404
    assert "Uploads are kept for two hours" in response.get_data(as_text=True)


def test_the_command_line_import_keeps_its_fixed_header(client, db, team, runner, tmp_path: Path):
    text, _ = google_form_csv()
    path = tmp_path / "responses.csv"
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(args=["signatures", "import", SLUG, str(path)])
    assert result.exit_code == 1
    assert "the header must be organization,category,city,country,website,contact_name,role,email" in result.stderr
    assert count(db) == len(EXISTING)
    assert events("signatures.imported") == []
