"""A lexical guard for the read-only query path.

The engines enforce read-only execution themselves (FalkorDB's
GRAPH.RO_QUERY, Neo4j's read transactions); this check runs first so that
every backend, including Bolt servers that do not enforce read access,
refuses a write with the same clear message.
"""
from __future__ import annotations

import re

from .errors import ReadOnlyViolation

_STRINGS = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`")
_COMMENTS = re.compile(r"//[^\n]*|/\*.*?\*/", re.S)
_WRITES = re.compile(r"\b(CREATE|MERGE|DELETE|DETACH|SET|REMOVE|DROP|FOREACH|LOAD\s+CSV)\b", re.I)
_CALL = re.compile(r"\bCALL\s+([\w.]+)", re.I)
_READ_PROCEDURES = {"db.labels", "db.relationshiptypes", "db.propertykeys", "db.indexes"}


def check_read_only(cypher: str) -> None:
    """Raise ReadOnlyViolation if the query could write."""
    code = _STRINGS.sub("''", _COMMENTS.sub(" ", cypher))
    found = _WRITES.search(code)
    if found:
        raise ReadOnlyViolation(
            f"{found.group(1).upper()} writes to the graph; this is the read-only query path "
            "(use `dealgraph query --write` to change data)")
    for proc in _CALL.findall(code):
        if proc.lower() not in _READ_PROCEDURES:
            raise ReadOnlyViolation(f"procedure {proc} is not allowed on the read-only query path")
