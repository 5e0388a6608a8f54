"""The live preview: POST /coordinator/s/<slug>/preview (and /coordinator/new/preview) renders the
public page's own article from the submitted, unsaved values. Byte for byte what the public page
shows; a full page for the Preview button without JavaScript; the article alone for preview.js."""

from __future__ import annotations

import re

import pytest

from signon.models import AuditEvent, Statement
from signon.services.statements import statement_status
from tests import factories
from tests.drafting_support import article, count, error_summary, form_values, new_statement_form, statement
from tests.sessions import DRAFT_SLUG, OTTO, SLUG, log_in, make_team

EDIT = f"/coordinator/s/{SLUG}/edit"
PREVIEW = f"/coordinator/s/{SLUG}/preview"
FRAGMENT = f"{PREVIEW}?fragment=1"


@pytest.fixture
def team(db):
    team = make_team(draft=True)
    ours = db.session.get(Statement, team.statement_id)
    ours.background = "The coalition met in **June 2019**. More at https://example.org/more"
    db.session.commit()
    factories.verified_signature(ours, "Latin America Working Group")
    factories.verified_signature(ours, "Kino Border Initiative", category="international")
    return team


def saved_values(client, slug: str = SLUG) -> dict[str, str]:
    response = client.get(f"/coordinator/s/{slug}/edit")
    assert response.status_code == 200
    return form_values(response.get_data(as_text=True), "/edit")


def test_the_preview_of_the_saved_text_is_the_public_pages_article_byte_for_byte(client, team):
    log_in(client)
    values = saved_values(client)

    preview = client.post(FRAGMENT, data=values)
    public = client.get(f"/s/{SLUG}")

    assert preview.status_code == 200
    assert preview.mimetype == "text/html"
    assert article(preview.get_data(as_text=True)) == article(public.get_data(as_text=True))
    # The article has everything: footnotes, addressees, background, the count.
    shown = article(preview.get_data(as_text=True))
    for part in ('id="fn:1"', "Andrés Manuel López Obrador", "<strong>June 2019</strong>", "2 signatories"):
        assert part in shown, part


def test_the_preview_of_a_draft_is_what_its_review_link_shows_byte_for_byte(client, db, team):
    token = statement_status.create_review_link(DRAFT_SLUG, factories.now(), actor="test")
    log_in(client)

    preview = client.post(f"/coordinator/s/{DRAFT_SLUG}/preview?fragment=1", data=saved_values(client, DRAFT_SLUG))
    client.post("/logout")
    reviewed = client.get(f"/s/{DRAFT_SLUG}?review={token}")

    assert reviewed.status_code == 200
    assert article(preview.get_data(as_text=True)) == article(reviewed.get_data(as_text=True))
    assert "DRAFT" in article(preview.get_data(as_text=True))


def test_the_edit_page_shows_the_preview_of_the_saved_text(client, team):
    log_in(client)

    html = client.get(EDIT).get_data(as_text=True)

    assert article(html) == article(client.get(f"/s/{SLUG}").get_data(as_text=True))


def test_the_preview_shows_unsaved_values_and_saves_nothing(client, team):
    before = statement(SLUG)
    log_in(client)
    values = saved_values(client)
    values.update(title="An Unsaved Title", body="Unsaved words with a note.[^n]\n\n[^n]: The note.")

    shown = article(client.post(FRAGMENT, data=values).get_data(as_text=True))

    assert "<h1>An Unsaved Title</h1>" in shown
    assert "Unsaved words with a note." in shown
    assert re.search(r'<sup id="fnref:n"><a [^>]*href="#fn:n"', shown)
    after = statement(SLUG)
    assert (after.title, after.body, after.revision) == (before.title, before.body, before.revision)
    assert count(AuditEvent) == 0


def test_the_preview_button_works_without_javascript(client, team):
    log_in(client)
    values = saved_values(client)
    values["title"] = "Seen Before Saving"

    response = client.post(PREVIEW, data=values)

    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert "<h1>Seen Before Saving</h1>" in article(html)
    # The whole page comes back, the form holding what was typed, ready to save.
    again = form_values(html, "/edit")
    assert again["title"] == "Seen Before Saving"
    assert again["body"] == values["body"]
    assert f'action="{EDIT}"' in html
    assert statement(SLUG).title != "Seen Before Saving"


def test_an_invalid_preview_shows_the_errors_and_keeps_the_form(client, team):
    log_in(client)
    values = saved_values(client)
    values.update(title="", body="A note never defined.[^9]")

    response = client.post(PREVIEW, data=values)

    assert response.status_code == 422
    html = response.get_data(as_text=True)
    summary = error_summary(html)
    assert "Enter a title" in summary
    assert '<article class="statement"' not in html
    assert form_values(html, "/edit")["body"] == "A note never defined.[^9]"


def test_the_fragment_for_invalid_values_says_what_to_fix(client, team):
    log_in(client)
    values = saved_values(client)
    values["body"] = "A note never defined.[^9]"

    response = client.post(FRAGMENT, data=values)

    assert response.status_code == 422
    html = response.get_data(as_text=True)
    assert "Footnote [^9] is cited but never defined" in html
    assert "<article" not in html
    assert "<html" not in html


def test_a_new_statement_can_be_previewed_before_it_is_saved(client, team):
    log_in(client)

    response = client.post("/coordinator/new/preview?fragment=1", data=new_statement_form())

    assert response.status_code == 200
    shown = response.get_data(as_text=True)
    assert "<h1>Protect Migrant Shelters</h1>" in shown
    assert "DRAFT" in shown
    assert "Sign on by 15 August 2099" in shown
    assert 'href="#fn:1"' in shown
    assert count(Statement) == 3


def test_the_new_statement_page_previews_without_javascript(client, team):
    log_in(client)

    response = client.post("/coordinator/new/preview", data=new_statement_form())

    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "<h1>Protect Migrant Shelters</h1>" in article(html)
    assert 'action="/coordinator/new"' in html
    assert count(Statement) == 3


def test_the_preview_never_lets_a_script_through(client, team):
    log_in(client)
    values = saved_values(client)
    values["body"] = 'Words.<script>alert("x")</script> [bad](javascript:alert(1)) <img src=x onerror="alert(2)">'
    values["title"] = "<script>alert('title')</script>"

    shown = client.post(FRAGMENT, data=values).get_data(as_text=True)

    assert "<script" not in shown
    assert "javascript:" not in shown
    assert "onerror" not in shown
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;" in shown


def test_the_preview_is_only_for_the_statements_coordinators(client, team):
    log_in(client, OTTO)

    assert client.post(FRAGMENT, data=new_statement_form()).status_code == 404
    client.post("/logout")
    assert client.post(FRAGMENT, data=new_statement_form()).status_code == 302


def test_the_edit_page_loads_its_script_from_static_and_has_no_inline_script(client, team):
    log_in(client)

    response = client.get(EDIT)

    html = response.get_data(as_text=True)
    assert '<script src="/static/js/preview.js" defer></script>' in html
    assert not re.search(r"<script(?![^>]*\ssrc=)", html)
    assert not re.search(r"<[^>]*\son\w+\s*=", html)
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]
    assert f'data-preview-url="{FRAGMENT}"' in html
    script = client.get("/static/js/preview.js")
    assert script.status_code == 200
    assert "fetch(" in script.get_data(as_text=True)
