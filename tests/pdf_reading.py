"""Reading a rendered PDF with poppler-utils: its text (a page or all), its info, where a line
lands, and text compared without the white space a line wrap adds."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest


def poppler(tool: str) -> str:
    """The path of a poppler-utils tool. Missing, the test skips, except under CI=true."""
    found = shutil.which(tool)
    if found is None:
        reason = f"{tool} not found (apt-get install -y poppler-utils)"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    return found


def pdf_text(path: Path, page: int | None = None) -> str:
    """The text in content order (-raw keeps the order WeasyPrint drew it: the document's)."""
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return subprocess.run(
        [poppler("pdftotext"), "-raw", "-enc", "UTF-8", *pages, str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def pdf_info(path: Path) -> dict[str, str]:
    out = subprocess.run([poppler("pdfinfo"), str(path)], check=True, capture_output=True, text=True).stdout
    return {key.strip(): value.strip() for key, _, value in (line.partition(":") for line in out.splitlines())}


def squeeze(text: str) -> str:
    """Text without white space: a line may wrap anywhere, a URL included."""
    return re.sub(r"\s+", "", text)


def assert_in_order(text: str, expected: list[str]) -> None:
    haystack = squeeze(text)
    position = 0
    for item in expected:
        found = haystack.find(squeeze(item), position)
        assert found >= 0, f"{item!r} missing after position {position} (or out of order)"
        position = found + len(squeeze(item))


def page_count(path: Path) -> int:
    return int(pdf_info(path)["Pages"])


def page_of(path: Path, needle: str) -> int:
    for page in range(1, page_count(path) + 1):
        if squeeze(needle) in squeeze(pdf_text(path, page)):
            return page
    raise AssertionError(f"{needle!r} on no page")
