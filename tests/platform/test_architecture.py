"""The layout keeps its promises: docs/architecture.md names every module, and imports point
down only (the layers drawn there)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests import paths

SIGNON = paths.ROOT / "signon"
SERVICES = SIGNON / "services"

# The service packages from the bottom up; a package may import those of a lower rank only.
# Packages of one rank stand side by side and import none of each other.
SERVICE_RANKS = {
    "mail": 0,
    "statements": 1,
    "team": 2,
    "drafting": 2,
    "imports": 2,
    "moderation": 2,
    "letters": 2,
    "circulation": 3,
    "signing": 4,
    "operations": 5,
}
VIEW_PACKAGES = ("public", "coordinator", "auth", "devmail")


def modules() -> list[Path]:
    return sorted(path for path in SIGNON.rglob("*.py") if path.name != "__init__.py")


def imported(path: Path) -> set[str]:
    """Every signon module ``path`` imports (``from signon.x import y`` counts as signon.x.y
    when y is a module, signon.x otherwise)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names if alias.name.startswith("signon"))
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("signon"):
            for alias in node.names:
                candidate = f"{node.module}.{alias.name}"
                as_path = paths.ROOT / Path(*candidate.split("."))
                is_module = as_path.with_suffix(".py").exists() or as_path.is_dir()
                names.add(candidate if is_module else node.module)
    return names


def dotted(path: Path) -> str:
    return ".".join(path.relative_to(paths.ROOT).with_suffix("").parts)


def test_architecture_doc_names_every_module_in_signon():
    document = (paths.ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    missing = []
    for path in modules():
        relative = path.relative_to(SIGNON).as_posix()
        under_services = path.relative_to(SERVICES).as_posix() if path.is_relative_to(SERVICES) else None
        under_exports = path.name if path.parent.name == "exports" else None
        spellings = {f"signon/{relative}", under_services, under_exports} - {None}
        if not any(f"`{spelling}`" in document for spelling in spellings):
            missing.append(relative)
    assert missing == []


@pytest.mark.parametrize("path", [p for p in modules() if p.is_relative_to(SERVICES)], ids=dotted)
def test_a_service_imports_only_service_packages_below_its_own_and_never_a_view(path: Path):
    parts = path.relative_to(SERVICES).parts
    own = SERVICE_RANKS.get(parts[0]) if len(parts) > 1 else -1
    assert own is not None, f"{parts[0]} has no rank in SERVICE_RANKS"
    for name in imported(path):
        assert not name.startswith(tuple(f"signon.{v}" for v in VIEW_PACKAGES)), name
        assert name not in {"signon.cli", "signon.backup_cli", "signon.worker", "signon.notifier"}, name
        if name.startswith("signon.services."):
            package = name.split(".")[2]
            if package in SERVICE_RANKS and package != (parts[0] if len(parts) > 1 else None):
                assert SERVICE_RANKS[package] < own, f"{dotted(path)} imports {name}"


@pytest.mark.parametrize("path", [p for p in modules() if p.parent.name in ("exports", "models")], ids=dotted)
def test_exports_and_models_never_import_services_or_views(path: Path):
    upward = ("signon.services", "signon.cli", *(f"signon.{v}" for v in VIEW_PACKAGES))
    assert [name for name in imported(path) if name.startswith(upward)] == []


def test_no_service_reads_the_request():
    readers = [
        dotted(path)
        for path in SERVICES.rglob("*.py")
        if any(
            isinstance(node, ast.ImportFrom)
            and node.module == "flask"
            and any(alias.name in {"request", "session", "g"} for alias in node.names)
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        )
    ]
    assert readers == []
