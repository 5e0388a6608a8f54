"""Page objects for the browser tests: what a person sees and does on each page, found the way
they find it (by label, role and visible text), so that the tests read as the story they tell.
And, for the tests that read a page's HTML without a browser, its first table and its form fields."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser

from playwright.sync_api import Locator, Page, expect


@dataclass(frozen=True)
class Organization:
    """What an organization types into the sign form."""

    name: str = "Centre for Housing Rights – Ōsaka"
    category: str = "International"
    city: str = "Ōsaka"
    country: str = "Japan"
    website: str = "https://housing-rights.example.org"
    contact_name: str = "Aiko Tanaka"
    role: str = "Director"
    email: str = "aiko@housing-rights.example.org"
    authorized: bool = True


class StatementPage:
    """The public page of a statement: the text, a link to sign, the signatories."""

    def __init__(self, page: Page) -> None:
        self.page = page

    def open(self, slug: str) -> StatementPage:
        self.page.goto(f"/s/{slug}")
        return self

    def start_signing(self) -> SignPage:
        self.page.get_by_role("link", name="Sign on for your organization").click()
        return SignPage(self.page)

    @property
    def signatories(self) -> Locator:
        return self.page.locator("#signatories")

    def signatories_under(self, category: str) -> Locator:
        """The list that follows the category's heading in #signatories."""
        heading = self.signatories.get_by_role("heading", name=category, exact=True)
        return heading.locator("xpath=following-sibling::ul[1]")


class SignPage:
    """The sign form."""

    def __init__(self, page: Page) -> None:
        self.page = page

    def open(self, slug: str) -> SignPage:
        self.page.goto(f"/s/{slug}/sign")
        return self

    def field(self, label: str) -> Locator:
        return self.page.get_by_label(label, exact=True)

    @property
    def authorized(self) -> Locator:
        return self.page.get_by_label("I am authorized to sign on behalf of this organization")

    def fill(self, org: Organization) -> SignPage:
        self.field("Organization name").fill(org.name)
        self.field("Category").select_option(label=org.category)
        self.field("City").fill(org.city)
        self.field("Country").fill(org.country)
        self.field("Website").fill(org.website)
        self.field("Your name").fill(org.contact_name)
        self.field("Your role").fill(org.role)
        self.field("Email").fill(org.email)
        self.authorized.set_checked(org.authorized)
        return self

    def submit(self) -> None:
        self.page.get_by_role("button", name="Sign on", exact=True).click()

    @property
    def error_summary(self) -> Locator:
        return self.page.locator("#error-summary")

    @property
    def error_links(self) -> Locator:
        return self.error_summary.get_by_role("link")

    def expect_check_email(self) -> None:
        expect(self.page.get_by_role("heading", level=1)).to_have_text("Check your email")


class ConfirmPage:
    """The page the emailed link opens: the organization's details and one Confirm button."""

    def __init__(self, page: Page) -> None:
        self.page = page

    def open(self, link: str) -> ConfirmPage:
        self.page.goto(link)
        return self

    @property
    def details(self) -> Locator:
        return self.page.locator("dl.summary")

    def detail(self, term: str) -> Locator:
        return self.details.locator(f"xpath=dt[normalize-space()='{term}']/following-sibling::dd[1]")

    def confirm(self) -> StatementPage:
        self.page.get_by_role("button", name="Confirm", exact=True).click()
        return StatementPage(self.page)


def open_workspace_page(page: Page, name: str) -> None:
    """Follow the statement's workspace navigation to the page called ``name``, opening the
    group that holds its link first, as a person does."""
    nav = page.get_by_role("navigation", name="This statement")
    group = nav.locator("details").filter(has=page.get_by_role("link", name=name, exact=True, include_hidden=True))
    if group.count() and group.get_attribute("open") is None:
        group.locator("summary").click()
    nav.get_by_role("link", name=name, exact=True).click()


class LoginPage:
    def __init__(self, page: Page) -> None:
        self.page = page

    def open(self) -> LoginPage:
        self.page.goto("/login")
        return self

    def sign_in(self, email: str, password: str) -> None:
        self.page.get_by_label("Email", exact=True).fill(email)
        self.page.get_by_label("Password", exact=True).fill(password)
        self.page.get_by_role("button", name="Sign in", exact=True).click()


def confirmation_link(text: str, base_url: str) -> str:
    """The confirmation link in an email's text, which must point at this site."""
    match = re.search(re.escape(base_url) + r"/confirm/\S+", text)
    assert match, f"no confirmation link to {base_url} in:\n{text}"
    return match.group(0)


class TableReader(HTMLParser):
    """The first <table>: its header cells, and each body row as a list of cell texts."""

    def __init__(self) -> None:
        super().__init__()
        self.headers: list[str] = []
        self.rows: list[list[str]] = []
        self._in_table = self._in_head = self._in_cell = False
        self._cell: list[str] = []
        self._row: list[str] | None = None
        self._done = False

    def handle_starttag(self, tag, attrs):
        if self._done:
            return
        if tag == "table":
            self._in_table = True
        elif self._in_table and tag == "thead":
            self._in_head = True
        elif self._in_table and tag == "tr":
            self._row = []
        elif self._in_table and tag in ("td", "th"):
            self._in_cell, self._cell = True, []
        elif self._in_cell and tag == "br":
            self._cell.append(" ")

    def handle_endtag(self, tag):
        if self._done:
            return
        if tag in ("td", "th") and self._in_cell:
            self._in_cell = False
            text = " ".join("".join(self._cell).split())
            if self._in_head:
                self.headers.append(text)
            elif self._row is not None:
                self._row.append(text)
        elif tag == "tr" and self._row is not None:
            if not self._in_head:
                self.rows.append(self._row)
            self._row = None
        elif tag == "thead":
            self._in_head = False
        elif tag == "table":
            self._done = True

    def handle_data(self, data):
        if self._in_cell:
            self._cell.append(data)

    def records(self) -> list[dict[str, str]]:
        return [dict(zip(self.headers, row, strict=False)) for row in self.rows]


def table_of(html: str) -> list[dict[str, str]]:
    reader = TableReader()
    reader.feed(html)
    return reader.records()


def hidden_fields(page: str) -> dict[str, str]:
    return {
        name: html.unescape(value) for name, value in re.findall(r'<input [^>]*name="(\w+)"[^>]*value="([^"]*)"', page)
    }
