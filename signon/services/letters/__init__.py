"""The final letter: built once from the database as a Letter for every export format,
the files it is exported to, and its publication once the statement has closed."""
