"""Commitments over time: how many of each kind were made each month, and how the money each
company commits adds up month by month.

A commitment's month is that of :func:`graph.flow.commitment_date` (its own date, else its
earliest source's). Undated commitments are counted apart, never placed in a month. The
months run without a gap from the first dated commitment to the last, so a quiet month
shows as empty rather than disappearing. Money is the payer's (:func:`graph.flow.money_direction`):
what a company commits to pay, by the month the commitment was made.

>>> rows = [{"kind": "investment", "from_name": "A", "to_name": "B", "amount_usd": 2e9, "date": "2025-01-09"},
...         {"kind": "partnership", "from_name": "A", "to_name": "C", "date": "2025-03-30"},
...         {"kind": "investment", "from_name": "A", "to_name": "C", "amount_usd": 1e9, "date": None}]
>>> by = monthly_kinds(rows)
>>> by.months, by.counts, by.undated
(['2025-01', '2025-02', '2025-03'], {'investment': [1, 0, 0], 'partnership': [0, 0, 1]}, 1)
>>> cumulative_money(rows).companies[0].cumulative_usd
[2000000000.0, 2000000000.0, 2000000000.0]
"""
from __future__ import annotations

import calendar
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable

from .flow import FlowFilter, commitment_date, money_direction
from .kinds import KIND_NAMES

TOP_COMPANIES = 8      # companies drawn as lines, the most money first


@dataclass(frozen=True)
class MonthlyKinds:
    """Commitments per month and kind; ``counts`` holds only kinds that occur, in the kinds table's order."""

    months: list[str]
    counts: dict[str, list[int]]
    undated: int            # kept by the filter, but no source gives a date
    dated: int

    def total(self, month: str) -> int:
        """All commitments of one month.

        >>> MonthlyKinds(["2025-01"], {"investment": [2], "acquisition": [1]}, 0, 3).total("2025-01")
        3
        """
        i = self.months.index(month)
        return sum(per_month[i] for per_month in self.counts.values())


@dataclass(frozen=True)
class CompanyMoney:
    company: str
    cumulative_usd: list[float]     # committed up to the end of each month of the timeline
    total_usd: float


@dataclass(frozen=True)
class CumulativeMoney:
    """The money each of the top companies commits, month by month, and what the lines leave out."""

    months: list[str]
    companies: list[CompanyMoney] = field(default_factory=list)   # the most money first
    other_companies: int = 0        # companies that commit money but are not drawn
    undated_usd: float = 0.0        # stated money in undated commitments (on no line)
    without_amount: int = 0         # dated commitments that move money but state no amount


def month_of(c: dict) -> str | None:
    """The ``YYYY-MM`` a commitment was made in, or None when no source dates it.

    >>> month_of({"date": "2025-10-06"}), month_of({"sources": [{"published": None}]})
    ('2025-10', None)
    """
    date = commitment_date(c)
    return date[:7] if date else None


def month_range(first: str, last: str) -> list[str]:
    """Every month from ``first`` to ``last`` (``YYYY-MM``), both included.

    >>> month_range("2024-11", "2025-02")
    ['2024-11', '2024-12', '2025-01', '2025-02']
    """
    year, month = int(first[:4]), int(first[5:7])
    months = []
    while f"{year:04d}-{month:02d}" <= last:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def month_bounds(first: str, last: str) -> tuple[str, str]:
    """The date range (ISO, both days included) covering months ``first`` to ``last``: what a
    period picked on the month chart sets the date filter to.

    >>> month_bounds("2025-09", "2025-10"), month_bounds("2024-02", "2024-02")
    (('2025-09-01', '2025-10-31'), ('2024-02-01', '2024-02-29'))
    """
    year, month = int(last[:4]), int(last[5:7])
    return f"{first}-01", f"{last}-{calendar.monthrange(year, month)[1]:02d}"


def _dated(commitments: Iterable[dict], flt: FlowFilter | None) -> tuple[list[tuple[str, dict]], int]:
    """(month, commitment) for every commitment the filter keeps that has a date, and how many have none."""
    dated, undated = [], 0
    for c in (flt or FlowFilter()).apply(commitments):
        month = month_of(c)
        if month is None:
            undated += 1
        else:
            dated.append((month, c))
    return dated, undated


def _months(dated: list[tuple[str, dict]]) -> list[str]:
    return month_range(min(m for m, _ in dated), max(m for m, _ in dated)) if dated else []


def monthly_kinds(commitments: Iterable[dict], flt: FlowFilter | None = None) -> MonthlyKinds:
    """How many commitments of each kind were made each month, under ``flt``."""
    dated, undated = _dated(commitments, flt)
    months = _months(dated)
    index = {m: i for i, m in enumerate(months)}
    counts: dict[str, list[int]] = {}
    for month, c in dated:
        counts.setdefault(c["kind"], [0] * len(months))[index[month]] += 1
    ordered = {k: counts[k] for k in KIND_NAMES if k in counts}
    return MonthlyKinds(months, ordered, undated, len(dated))


def cumulative_money(commitments: Iterable[dict], flt: FlowFilter | None = None,
                     top: int = TOP_COMPANIES) -> CumulativeMoney:
    """The money each company commits to pay, added up month by month, for the ``top`` companies
    committing the most (the months are those of :func:`monthly_kinds` under the same filter)."""
    commitments = list(commitments)
    dated, _ = _dated(commitments, flt)
    months = _months(dated)
    index = {m: i for i, m in enumerate(months)}
    per_month: dict[str, list[float]] = defaultdict(lambda: [0.0] * len(months))
    without_amount = 0
    for month, c in dated:
        direction = money_direction(c)
        if direction is None or c["from_name"] == c["to_name"]:
            continue
        if c.get("amount_usd") is None:
            without_amount += 1
            continue
        per_month[direction[0]][index[month]] += c["amount_usd"]
    lines = sorted((_running(name, amounts) for name, amounts in per_month.items()),
                   key=lambda line: (-line.total_usd, line.company))
    return CumulativeMoney(months, lines[:top], max(0, len(lines) - top), _undated_money(commitments, flt),
                           without_amount)


def _running(company: str, amounts: list[float]) -> CompanyMoney:
    running, total = [], 0.0
    for amount in amounts:
        total += amount
        running.append(total)
    return CompanyMoney(company, running, total)


def _undated_money(commitments: list[dict], flt: FlowFilter | None) -> float:
    return sum(c["amount_usd"] for c in (flt or FlowFilter()).apply(commitments)
               if month_of(c) is None and c.get("amount_usd") is not None and money_direction(c) is not None
               and c["from_name"] != c["to_name"])
