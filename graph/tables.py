"""The analyses as flat tables for CSV: one table per file, always a header
row, numbers as plain numbers (US dollars in columns ending ``_usd``, shares
as fractions from 0 to 1 in columns ending ``_fraction``), dates as ISO
``YYYY-MM-DD``, lists joined with ``;`` and an unknown value as an empty cell.
docs/formats.md lists every column.

>>> from graph.loops import LoopCount, LoopReport
>>> t = loop_tables(LoopReport([], LoopCount({2: 0})))
>>> list(t), t["counts"].columns
(['loops', 'hops', 'counts', 'summary'], ['length', 'loops', 'exact'])
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from .loops import Loop, LoopReport
from .lookup import resolve

LIST_SEPARATOR = ";"


@dataclass
class Table:
    """One CSV file: its name (``<name>.csv`` in a folder), its columns and its rows."""

    name: str
    columns: list[str]
    rows: list[list]

    def write(self, stream: IO[str]) -> None:
        """The table as CSV, header first; None becomes an empty cell."""
        w = csv.writer(stream, lineterminator="\n")
        w.writerow(self.columns)
        w.writerows([["" if v is None else v for v in row] for row in self.rows])


def write_folder(tables: list[Table], folder: Path) -> list[Path]:
    """Each table as ``folder/<name>.csv`` (the folder is made if missing); the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for table in tables:
        path = folder / f"{table.name}.csv"
        with path.open("w", encoding="utf-8", newline="") as f:
            table.write(f)
        written.append(path)
    return written


def pick(tables: dict[str, Table], name: str) -> Table:
    """The table ``name`` names (case-blind); an unknown name is one error line with the choices."""
    return tables[resolve(name, list(tables), "table")]


def _joined(values) -> str:
    return LIST_SEPARATOR.join(str(v) for v in values)


# ---- loops --------------------------------------------------------------------------------

def loop_tables(report: LoopReport) -> dict[str, Table]:
    """``loops`` (one row per loop shown), ``hops`` (one row per hop of those
    loops), ``counts`` (loops per length) and ``summary`` (one row: the count
    and, with a company, its returning share)."""
    return {"loops": _loops(report.loops), "hops": _hops(report.loops), "counts": _counts(report),
            "summary": _summary(report)}


def _loops(loops: list[Loop]) -> Table:
    rows = [[rank, " → ".join(l.companies + l.companies[:1]), len(l.companies), l.amount_usd,
             l.upper_bound_usd, l.missing_amounts] for rank, l in enumerate(loops, 1)]
    return Table("loops", ["rank", "loop", "companies", "amount_usd", "upper_bound_usd", "hops_without_amount"],
                 rows)


def _hops(loops: list[Loop]) -> Table:
    rows = [[rank, n, h["from"], h["to"], _joined(h["kinds"]), h["amount_usd"], h["upper_bound_usd"],
             h["missing_amounts"], h.get("first_date"), h.get("last_date"), _joined(h["commitments"])]
            for rank, l in enumerate(loops, 1) for n, h in enumerate(l.edges, 1)]
    return Table("hops", ["rank", "hop", "from", "to", "kinds", "amount_usd", "upper_bound_usd",
                          "commitments_without_amount", "first_date", "last_date", "commitment_ids"], rows)


def _counts(report: LoopReport) -> Table:
    count = report.count
    rows = [[n, k, n not in count.at_least] for n, k in sorted(count.by_length.items())]
    return Table("counts", ["length", "loops", "exact"], rows)


def _summary(report: LoopReport) -> Table:
    r = report.returning or {}
    count = report.count
    return Table("summary", ["shown", "loops", "exact", "loops_without_amount", "company", "inbound_usd",
                             "returning_usd", "returning_share_fraction"],
                 [[len(report.loops), count.total, count.exact, count.without_amount, r.get("company"),
                   r.get("inbound_usd"), r.get("returning_usd"), r.get("returning_share")]])


# ---- concentration ------------------------------------------------------------------------

def concentration_tables(result: dict[str, dict]) -> dict[str, Table]:
    """``by_company`` (each company's dependence per category), ``markets`` (one
    row per category: the HHI of its providers) and ``market_shares`` (each
    provider's share of a category), from ``{category: {"companies": [...],
    "market": {...}}}`` as the concentration command computes it."""
    by_company, markets, shares = [], [], []
    for category, part in result.items():
        for d in part["companies"]:
            by_company.append([category, d["company"], d["hhi"], d["band"], d["top_counterparty"], d["top_share"],
                               d["counterparties"], d["committed_usd"], d["missing_amounts"]])
        m = part["market"]
        markets.append([category, m["role"], m["total_usd"], m["hhi"], m["band"], len(m["shares"]),
                        m["missing_amounts"]])
        shares.extend([category, m["role"], s["provider"], s["committed_usd"], s["share"]] for s in m["shares"])
    return {
        "by_company": Table("by_company", ["category", "company", "hhi", "band", "top_counterparty",
                                           "top_share_fraction", "counterparties", "committed_usd",
                                           "commitments_without_amount"], by_company),
        "markets": Table("markets", ["category", "role", "total_usd", "hhi", "band", "providers",
                                     "commitments_without_amount"], markets),
        "market_shares": Table("market_shares", ["category", "role", "provider", "committed_usd",
                                                 "share_fraction"], shares),
    }
