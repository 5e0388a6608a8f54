"""Scripts that make the fixture databases; pagefacts is shared with the upgrade test."""
