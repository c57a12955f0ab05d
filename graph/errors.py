"""Errors the store raises; each message is one line a user can act on and
never contains credentials."""


class StoreError(Exception):
    """Base class: anything the CLI reports as a one-line error."""


class StoreUnavailable(StoreError):
    """The database cannot be reached or started."""


class AuthError(StoreError):
    """The database refused the credentials (which are never echoed)."""


class QueryError(StoreError):
    """A Cypher query failed (syntax error, unknown function, ...)."""


class ReadOnlyViolation(QueryError):
    """A write was attempted through the read-only query path."""


class InvalidFacts(StoreError):
    """Facts handed to the store break the contract of graph/facts.py."""
