"""Fixture database of release 0003 (published_at): what 0001 made, plus signatories imported
from a spreadsheet and a statement closed and published. Run by build.py inside a worktree of
commit a85ed1f."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import Maker, base_campaign, publication_campaign


def main() -> None:
    maker = Maker("0003")
    base_campaign(maker)
    publication_campaign(maker)
    maker.facts()


if __name__ == "__main__":
    main()
