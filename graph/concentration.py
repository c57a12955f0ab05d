"""Vendor concentration: how much each company's dependencies rest on a few
counterparties, and how much of the industry rests on a few providers.

Categories: compute (cloud purchases: buyer -> provider), chips
(hardware purchases: buyer -> vendor), capital (investments received:
investee <- investor). The Herfindahl-Hirschman index is the sum of squared
percentage shares (0-10,000) by committed USD. Commitments without an
amount are counted apart, never as zero.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable

from .flow import FlowFilter

CATEGORIES = {"compute": "compute_purchase", "chips": "hardware_purchase", "capital": "investment"}
# 2010 US Horizontal Merger Guidelines bands, shown as context only
BANDS = ((1500, "unconcentrated"), (2500, "moderately concentrated"), (float("inf"), "highly concentrated"))


def band(hhi: float) -> str:
    if hhi < 1500:
        return "unconcentrated"
    if hhi <= 2500:
        return "moderately concentrated"
    return "highly concentrated"


def hhi(amounts: Iterable[float]) -> float | None:
    values = [a for a in amounts if a > 0]
    total = sum(values)
    if not total:
        return None
    return sum((100 * v / total) ** 2 for v in values)


@dataclass
class Dependency:
    company: str
    category: str
    hhi: float | None
    top_counterparty: str | None
    top_share: float | None
    counterparties: int
    committed_usd: float
    missing_amounts: int     # commitments in this category without a USD figure
    band: str | None

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def _pairs(commitments: Iterable[dict], category: str, flt: FlowFilter | None):
    """(dependent company, counterparty, amount or None) for one category."""
    kind = CATEGORIES[category]
    flt = flt or FlowFilter()
    for c in commitments:
        if c["kind"] != kind or c["from_name"] == c["to_name"]:   # before the filter: most are of other kinds
            continue
        c = flt.counted(c)
        if not flt.keep(c):
            continue
        if category == "capital":
            yield c["to_name"], c["from_name"], c.get("amount_usd")
        else:
            yield c["from_name"], c["to_name"], c.get("amount_usd")


def company_concentration(commitments: list[dict], category: str, flt: FlowFilter | None = None,
                          company: str | None = None) -> list[Dependency]:
    by_company: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    missing: dict[str, int] = defaultdict(int)
    seen: dict[str, set] = defaultdict(set)
    for dep, other, amount in _pairs(commitments, category, flt):
        seen[dep].add(other)
        if amount is None:
            missing[dep] += 1
        else:
            by_company[dep][other] += amount
    out = []
    for name in sorted(seen):
        if company and name != company:
            continue
        shares = by_company.get(name, {})
        total = sum(shares.values())
        index = hhi(shares.values())
        top = max(sorted(shares), key=lambda k: shares[k]) if shares else None
        out.append(Dependency(name, category, index, top, (shares[top] / total) if top else None,
                              len(seen[name]), float(total), missing[name], band(index) if index is not None else None))
    out.sort(key=lambda d: (-(d.committed_usd), d.company))
    return out


def market_concentration(commitments: list[dict], category: str, flt: FlowFilter | None = None) -> dict:
    """Each provider's share of all committed USD in a category, and the HHI of providers."""
    totals: dict[str, float] = defaultdict(float)
    missing = 0
    for _, provider, amount in _pairs(commitments, category, flt):
        if amount is None:
            missing += 1
        else:
            totals[provider] += amount
    total = sum(totals.values())
    shares = sorted(({"provider": k, "committed_usd": v, "share": v / total} for k, v in totals.items()),
                    key=lambda r: (-r["committed_usd"], r["provider"])) if total else []
    index = hhi(totals.values())
    role = {"capital": "investor"}.get(category, "provider")
    return {"category": category, "role": role, "total_usd": float(total), "hhi": index,
            "band": band(index) if index is not None else None, "missing_amounts": missing, "shares": shares}
