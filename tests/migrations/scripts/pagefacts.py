"""What a public statement page shows, read from its HTML. Every release from 0001 on marks the
list the same way (section#signatories, p.count, h3 per category, li > span.org), so one reader
serves the fixture scripts (old releases) and the upgrade test (today's code)."""

from __future__ import annotations

import re
from typing import Any

import lxml.html

LINK = re.compile(r"http://signon\.example\.org(/[^\s\"'<>)\]]+)")


def _text(element: Any) -> str:
    return " ".join(element.text_content().split())


def listed(html: str) -> dict[str, Any]:
    """The title, the count shown, and the categories with their names in page order."""
    root = lxml.html.fromstring(html)
    section = root.get_element_by_id("signatories")
    count_text = _text(section.find_class("count")[0])
    match = re.match(r"([\d,]+) organizations? ha(?:s|ve) signed", count_text)
    groups: list[dict[str, Any]] = []
    for element in section.iter("h3", "li"):
        if element.tag == "h3":
            groups.append({"label": _text(element), "names": []})
        elif "org" in " ".join(e.get("class", "") for e in element.iter("span")).split():
            org = element.find_class("org")[0]
            groups[-1]["names"].append(_text(org))
    title = root.find(".//h1")
    return {
        "title": _text(title) if title is not None else "",
        "count_text": count_text,
        "count": int(match.group(1).replace(",", "")) if match else None,
        "groups": groups,
    }


def links_in(text: str) -> list[str]:
    """Every path on the site that an email body links to, in order, without repeats."""
    seen: list[str] = []
    for path in LINK.findall(text):
        path = path.rstrip(".,;")
        if path not in seen:
            seen.append(path)
    return seen


def link_kind(path: str) -> str | None:
    """What an emailed link is for, from its path; None for plain pages (the statement, login)."""
    for prefix, kind in (
        ("/confirm/", "confirm"),
        ("/not-me/", "not_me"),
        ("/manage/", "manage"),
        ("/invitations/", "invitation"),
        ("/password/reset/", "password_reset"),
    ):
        if path.startswith(prefix) and len(path) > len(prefix) + 10:
            return kind
    if "review=" in path:
        return "review"
    return None
