"""Use cases. They take plain values, own the transaction and never touch the request."""
