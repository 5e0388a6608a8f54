"""`make run` serves on 127.0.0.1:5000, or on the port given (`make run PORT=5100`) with the
emailed links pointing there too; the README says so next to `make run`."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from tests import paths

# Each command `make run` would run, printed with the base URL it exports instead of being run;
# `-o install` keeps make from (re)installing the virtualenv.
ECHO_FLASK = "FLASK=echo SIGNON_BASE_URL=$$SIGNON_BASE_URL flask"


def make_run(*variables: str) -> list[str]:
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    done = subprocess.run(
        ["make", "-s", "--no-print-directory", "-o", "install", "run", ECHO_FLASK, *variables],
        cwd=paths.ROOT,
        env={"PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    return done.stdout.splitlines()


def test_make_run_serves_on_127_0_0_1_port_5000_by_default():
    assert make_run() == [
        "SIGNON_BASE_URL=http://127.0.0.1:5000 flask db upgrade",
        "SIGNON_BASE_URL=http://127.0.0.1:5000 flask demo load",
        "SIGNON_BASE_URL=http://127.0.0.1:5000 flask serve --host 127.0.0.1 --port 5000",
    ]


def test_make_run_with_a_port_serves_there_and_points_emailed_links_there():
    assert make_run("PORT=5100") == [
        "SIGNON_BASE_URL=http://127.0.0.1:5100 flask db upgrade",
        "SIGNON_BASE_URL=http://127.0.0.1:5100 flask demo load",
        "SIGNON_BASE_URL=http://127.0.0.1:5100 flask serve --host 127.0.0.1 --port 5100",
    ]


def test_the_readme_says_how_to_serve_on_another_port_next_to_make_run():
    readme = (paths.ROOT / "README.md").read_text(encoding="utf-8")
    first_commands = re.search(r"```bash\n(.*?)```", readme, re.S)

    assert first_commands is not None
    lines = first_commands.group(1).splitlines()
    assert lines[0].startswith("make run ")
    assert any(line.startswith("make run PORT=5100 ") and "127.0.0.1:5100" in line for line in lines)
