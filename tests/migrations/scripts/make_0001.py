"""Fixture database of release 0001 (initial schema): statements imported from Markdown, the
demo, coordinators from the command line, signatures through the sign form and the emailed
confirmation link. Run by build.py inside a worktree of commit 319653d."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import Maker, base_campaign


def main() -> None:
    maker = Maker("0001")
    base_campaign(maker)
    maker.facts()


if __name__ == "__main__":
    main()
