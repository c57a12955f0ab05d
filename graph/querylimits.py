"""Limits on user Cypher, checked once for every caller (CLI, web console).

``clamp_rows`` and ``clamp_timeout`` turn whatever a caller sends (a string
from a form, a negative number, a huge one) into a safe value or one clear
error. ``limit_rows`` puts the row limit inside the query, so the engine
stops producing rows instead of the client throwing them away:

    >>> limit_rows("UNWIND range(1, 3000000) AS x RETURN x", {}, 201)
    'UNWIND range(1, 3000000) AS x RETURN x\\nLIMIT 201'
    >>> limit_rows("MATCH (n) RETURN n LIMIT 5000", {}, 201)
    'MATCH (n) RETURN n LIMIT 201'
"""
from __future__ import annotations

import re
from typing import Any

from .errors import QueryError

DEFAULT_ROWS = 1000
MAX_ROWS = 10_000
DEFAULT_TIMEOUT_MS = 30_000
MAX_TIMEOUT_MS = 120_000

_STRINGS = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`")
_COMMENTS = re.compile(r"//[^\n]*|/\*.*?\*/", re.S)
_UNION = re.compile(r"\bUNION(\s+ALL)?\b", re.I)
_TAIL_LIMIT = re.compile(r"\bLIMIT\s+(\d+|\$(\w+))\s*;?\s*$", re.I)
_RETURN = re.compile(r"\bRETURN\b", re.I)


def _whole_number(value: Any, what: str) -> int:
    if isinstance(value, bool):
        raise QueryError(f"{what} must be a whole number, got {value!r}")
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, str) and re.fullmatch(r"\s*[+-]?\d+\s*", value):
        return int(value)
    raise QueryError(f"{what} must be a whole number, got {str(value)[:40]!r}")


def clamp_rows(value: Any) -> int:
    """A row limit in 1..MAX_ROWS (None: the default); negative or non-numeric is an error."""
    if value is None or value == "":
        return DEFAULT_ROWS
    rows = _whole_number(value, "the row limit")
    if rows < 1:
        raise QueryError(f"the row limit must be at least 1, got {rows}")
    return min(rows, MAX_ROWS)


def clamp_timeout(value: Any) -> int:
    """A time limit in ms, in 1..MAX_TIMEOUT_MS (None: the default)."""
    if value is None or value == "":
        return DEFAULT_TIMEOUT_MS
    ms = _whole_number(value, "the time limit")
    if ms < 1:
        raise QueryError(f"the time limit must be at least 1 ms, got {ms}")
    return min(ms, MAX_TIMEOUT_MS)


def _blank(cypher: str) -> str:
    """The query with strings and comments blanked out, same length, for finding keywords."""
    blank = lambda m: " " * len(m.group(0))  # noqa: E731
    return _STRINGS.sub(blank, _COMMENTS.sub(blank, cypher))


def _top_level_unions(code: str) -> list[re.Match]:
    depth, found = 0, []
    marks = {m.start(): m for m in _UNION.finditer(code)}
    for i, ch in enumerate(code):
        if ch in "({[":
            depth += 1
        elif ch in ")}]":
            depth -= 1
        elif depth == 0 and i in marks:
            found.append(marks[i])
    return found


def _limit_part(part: str, code: str, params: dict, rows: int) -> str:
    code = code.rstrip()
    tail = _TAIL_LIMIT.search(code)
    if tail:
        given = params.get(tail.group(2)) if tail.group(2) else int(tail.group(1))
        if isinstance(given, int) and not isinstance(given, bool) and given <= rows:
            return part
        return part[:tail.start()] + f"LIMIT {rows}" + part[tail.end():]
    returns = list(_RETURN.finditer(code))
    if not returns or code[returns[-1].start():].count("}") > code[returns[-1].start():].count("{"):
        return part  # a standalone procedure call (or no RETURN at the top): nothing to limit
    body = part.rstrip()
    if body.endswith(";"):
        body = body[:-1]
    return body + f"\nLIMIT {rows}" + part[len(part.rstrip()):]


def limit_rows(cypher: str, params: dict, rows: int) -> str:
    """The query with at most ``rows`` rows produced by each of its UNION parts."""
    code = _blank(cypher)
    out, start = [], 0
    for union in _top_level_unions(code):
        out.append(_limit_part(cypher[start:union.start()], code[start:union.start()], params, rows))
        out.append(cypher[union.start():union.end()])
        start = union.end()
    out.append(_limit_part(cypher[start:], code[start:], params, rows))
    return "".join(out)
