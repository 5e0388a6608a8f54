"""What a coordinator does to a statement's words before and while it circulates: its text,
settings, addressees and categories (the last two share one editor for ordered lists)."""
