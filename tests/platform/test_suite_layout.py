"""The suite keeps its own layout: what several test modules share lives in a conftest.py or a
support module (tests/pages.py, tests/pdf_reading.py, tests/signing/manage_links.py…), never in
another test module."""

from __future__ import annotations

import ast
from pathlib import Path

from tests import paths

TESTS = paths.ROOT / "tests"


def is_test_module(dotted: str) -> bool:
    return dotted.rsplit(".", 1)[-1].startswith("test_")


def is_module(dotted: str) -> bool:
    where = paths.ROOT / Path(*dotted.split("."))
    return where.with_suffix(".py").exists() or where.is_dir()


def package_of(path: Path) -> list[str]:
    return list(path.relative_to(paths.ROOT).parent.parts)


def imported_test_modules(path: Path) -> list[str]:
    """Every test module ``path`` imports (``import tests.x.test_y``, ``from tests.x.test_y
    import z``, ``from tests.x import test_y``, relative forms too), with the line it does it on."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            parts = package_of(path)[: len(package_of(path)) - node.level + 1] if node.level else []
            module = ".".join([*parts, *([node.module] if node.module else [])])
            submodules = (f"{module}.{alias.name}" for alias in node.names)
            names = [module, *(name for name in submodules if is_module(name))]
        else:
            continue
        found.extend(f"line {node.lineno}: {name}" for name in names if is_test_module(name))
    return found


def test_no_test_module_imports_another_test_module():
    """Checked in every Python file under tests/: a support module that borrows from a test
    module is the same coupling one step removed."""
    offenders = {
        path.relative_to(paths.ROOT).as_posix(): imports
        for path in sorted(TESTS.rglob("*.py"))
        if (imports := imported_test_modules(path))
    }
    listed = "\n".join(f"{path}: {', '.join(imports)}" for path, imports in offenders.items())
    assert not offenders, f"move what is shared into a conftest.py or a support module:\n{listed}"
