"""The corrections file: a store's decisions as JSON, to share between machines and stores.

The format (docs/corrections.md)::

    {"format": "dealgraph-corrections", "version": 1, "exported_at": "2025-06-01T10:00:00+00:00",
     "decisions": [{"id": "d-…", "target_kind": "commitment", "target": "c-…", "action": "edit",
                    "changes": {"amount_usd": 10000000000.0}, "who": "ana", "when": "…", "note": "…",
                    "summary": "…", "pair_key": "investment|lumen|quill",
                    "seeds": ["<article id>|0"], "sentences": ["lumen puts $2 billion into quill."]}]}

Decisions keep their ids, so importing a file twice, or a file that holds
decisions the store already has, changes nothing; export, import elsewhere
and export again gives the same decisions.

>>> payload({"exported_at": "2025-06-01T10:00:00+00:00"}, [])["format"]
'dealgraph-corrections'
"""
from __future__ import annotations

import json
from pathlib import Path

from pydantic import ValidationError

from .decisions import Decision, now
from .errors import QueryError
from .facts import validation_line

FORMAT = "dealgraph-corrections"
VERSION = 1


def payload(meta: dict, decisions: list[Decision]) -> dict:
    """The file's content: its header and every decision in the order taken."""
    return {"format": FORMAT, "version": VERSION, **meta, "decisions": [d.model_dump() for d in decisions]}


def export_file(store, file: Path) -> int:
    """Write the store's decisions to ``file`` (written whole, then moved into place); returns how many."""
    decisions = store.decisions()
    text = json.dumps(payload({"exported_at": now()}, decisions), indent=2, ensure_ascii=False) + "\n"
    file = Path(file)
    partial = file.with_name(file.name + ".partial")
    try:
        partial.write_text(text, encoding="utf-8")
        partial.replace(file)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise QueryError(f"cannot write {file}: {exc.strerror or exc}") from None
    return len(decisions)


def parse(text: str, source: str = "the file") -> list[Decision]:
    """The decisions of a corrections file's text; anything wrong raises QueryError in one line."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise QueryError(f"{source} is not JSON (line {exc.lineno}: {exc.msg})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise QueryError(f"{source} is not a dealgraph corrections file (no \"format\": \"{FORMAT}\")")
    if data.get("version") != VERSION:
        raise QueryError(f"{source} has version {data.get('version')!r}; this dealgraph reads version {VERSION}")
    items = data.get("decisions")
    if not isinstance(items, list):
        raise QueryError(f"{source} has no \"decisions\" list")
    out = []
    for n, item in enumerate(items, 1):
        try:
            out.append(Decision.model_validate(item))
        except ValidationError as exc:
            raise QueryError(f"{source}: decision {n}: {validation_line(exc)}; nothing was imported") from None
    return out


def read_file(file: Path) -> list[Decision]:
    try:
        text = Path(file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise QueryError(f"cannot read {file}: {getattr(exc, 'strerror', None) or exc}") from None
    return parse(text, str(file))


def changes_text(d: Decision) -> str:
    """An edit's fields in one line: 'amount_usd=10000000000.0, status=announced'."""
    return ", ".join(f"{k}={v}" for k, v in d.changes.items())
