"""Fixture database of release 0004: what 0003 made, plus the coordinators' workspace (team and
invitations, moderation, pinned, hidden and rejected signatures, individuals, review link,
password reset, notifications). Run by build.py inside a worktree of
that release's commit."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import Maker, base_campaign, publication_campaign, workspace_campaign


def main() -> None:
    maker = Maker("0004")
    base_campaign(maker)
    publication_campaign(maker)
    workspace_campaign(maker)

    maker.facts()


if __name__ == "__main__":
    main()
