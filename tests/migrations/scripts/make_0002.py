"""Fixture database of release 0002 (paper size): statements imported from Markdown, the
demo, coordinators from the command line, signatures through the sign form and the emailed
confirmation link. Run by build.py inside a worktree of commit 2a976ea."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import Maker, base_campaign


def main() -> None:
    maker = Maker("0002")
    base_campaign(maker)
    maker.facts()


if __name__ == "__main__":
    main()
