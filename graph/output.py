"""Tables, JSON and CSV for command-line output."""
from __future__ import annotations

import csv
import json
import sys

from rich.console import Console
from rich.table import Table

from .values import display

FORMATS = ("table", "json", "csv")


def emit(columns: list[str], rows: list[list], fmt: str = "table", title: str | None = None,
         console: Console | None = None) -> None:
    if fmt == "json":
        sys.stdout.write(json.dumps([dict(zip(columns, r)) for r in rows], indent=2,
                                    ensure_ascii=False, default=str) + "\n")
    elif fmt == "csv":
        write_csv(columns, rows, sys.stdout)
    else:
        table = Table(title=title, show_lines=False)
        for c in columns:
            table.add_column(str(c), overflow="fold")
        for r in rows:
            table.add_row(*[display(v) for v in r])
        (console or Console()).print(table)


def write_csv(columns: list[str], rows: list[list], stream) -> None:
    """A header row, then one line per row; nodes, lists and maps in their one-line form, null as empty."""
    w = csv.writer(stream)
    w.writerow(columns)
    for r in rows:
        w.writerow([display(v) if isinstance(v, (dict, list)) else ("" if v is None else v) for v in r])


def usd(amount) -> str:
    if amount is None:
        return "—"
    for unit, size in (("T", 1e12), ("B", 1e9), ("M", 1e6)):
        if abs(amount) >= size:
            return f"${amount / size:,.4g}{unit}"
    return f"${amount:,.0f}"


def percent(share: float) -> str:
    """A share as a percentage with three significant figures, never rounded to even.

    >>> percent(0.125), percent(0.6), percent(1.0), percent(0.905697), percent(0.0004)
    ('12.5%', '60%', '100%', '90.6%', '0.04%')
    """
    return f"{share * 100:.3g}%"
