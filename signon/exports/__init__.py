"""Everything that leaves Signon as a file."""
