"""Fixture database of release 0.5.0 (schema 0006): the campaign of make_0005 (what 0003 made,
the coordinators' workspace, and signatories' own links) made by this release's code, so that
the next release upgrades it. Run by build.py inside a worktree of that release's commit."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import Maker, base_campaign, publication_campaign, self_service_campaign, workspace_campaign


def main() -> None:
    maker = Maker("0006", SIGNON_RECIPIENT_EMAILS_PER_HOUR=0)
    base_campaign(maker)
    publication_campaign(maker)
    workspace_campaign(maker)
    self_service_campaign(maker)
    maker.facts()


if __name__ == "__main__":
    main()
