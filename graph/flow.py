"""The money-flow graph: companies as nodes, an edge where money goes.

investment          investor -> investee
compute_purchase    buyer -> cloud provider
hardware_purchase   buyer -> vendor
acquisition         acquirer -> acquired
distribution        distributor -> model provider where money changes hands
                    (an amount is stated); otherwise a tie with no money direction
partnership         a tie both ways, no money

Each money edge keeps its commitments (ids, amounts, upper-bound flags,
dates, sources) so every figure shown can be traced to its sentences.
Filters apply before any metric.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Iterator

import networkx as nx

from .kinds import KIND_NAMES as ALL_KINDS, KINDS, MONEY_KINDS  # noqa: F401  (the one table of kinds)
from .review_queue import is_reviewed


@dataclass
class FlowFilter:
    kinds: set[str] | None = None           # None: every kind
    since: str | None = None                 # ISO date, inclusive
    until: str | None = None
    min_amount: float | None = None          # USD; commitments without amount are dropped when set
    include_rumoured: bool = False
    upper_bounds: str = "face"               # "face": count "up to" at face value; "exclude": see counted()
    companies: set[str] = field(default_factory=set)  # keep only commitments touching these (names)
    reviewed_only: bool = False              # keep only what a person accepted or edited

    def counted(self, c: dict) -> dict:
        """The commitment as the analyses count it. With ``upper_bounds="exclude"``
        an "up to" figure is left out of the amount: the commitment stays (its
        hop, its loop, its counterparty) with no firm amount, like one whose
        figure was never stated, and the figure is kept as ``set_apart_usd``.

        >>> FlowFilter(upper_bounds="exclude").counted({"amount_usd": 5e9, "upper_bound": True})
        {'amount_usd': None, 'upper_bound': False, 'set_apart_usd': 5000000000.0}
        """
        if self.upper_bounds != "exclude" or not c.get("upper_bound") or c.get("amount_usd") is None:
            return c
        return {**c, "amount_usd": None, "upper_bound": False, "set_apart_usd": c["amount_usd"]}

    def apply(self, commitments: Iterable[dict]) -> Iterator[dict]:
        """The commitments this filter keeps, each as :meth:`counted`."""
        for c in commitments:
            c = self.counted(c)
            if self.keep(c):
                yield c

    def keep(self, c: dict) -> bool:
        if self.reviewed_only and not is_reviewed(c):
            return False
        if self.kinds and c["kind"] not in self.kinds:
            return False
        status = c.get("status", "announced")
        if status != "announced" and not (self.include_rumoured and status in ("rumoured", "in_talks")):
            return False
        if self.since or self.until:   # a commitment's date is looked up only when a range asks for it
            date = commitment_date(c)
            if self.since and (not date or date < self.since):
                return False
            if self.until and (not date or date > self.until):
                return False
        if self.min_amount is not None and (c.get("amount_usd") is None or c["amount_usd"] < self.min_amount):
            return False
        if self.companies and not ({c.get("from_name"), c.get("to_name")} & self.companies):
            return False
        return True


def commitment_date(c: dict) -> str | None:
    """A commitment's date: its own, else the earliest date of the articles
    reporting it; None when no source states one (a date range leaves it out).

    >>> commitment_date({"sources": [{"published": "2025-03-02"}, {"published": None}]})
    '2025-03-02'
    >>> commitment_date({"date": None, "sources": [{"published": None}]}) is None
    True
    """
    dates = [s.get("published") for s in c.get("sources", []) if s.get("published")]
    return c.get("date") or (min(dates) if dates else None)


def money_direction(c: dict) -> tuple[str, str] | None:
    """(payer, payee) of a commitment, or None where no money moves."""
    return KINDS[c["kind"]].payer_payee(c["from_name"], c["to_name"], c.get("amount_usd") is not None)


def build_flow_graph(commitments: Iterable[dict], flt: FlowFilter | None = None) -> nx.DiGraph:
    """Directed, weighted company graph of money flows; ties without money are kept
    as edges with ``money=False`` so the network can show them."""
    flt = flt or FlowFilter()
    g = nx.DiGraph()
    for c in flt.apply(commitments):
        if c["from_name"] == c["to_name"]:
            continue
        direction = money_direction(c)
        pairs = [direction] if direction else [(c["from_name"], c["to_name"]), (c["to_name"], c["from_name"])]
        for a, b in pairs:
            if not g.has_edge(a, b):
                g.add_edge(a, b, commitments=[], amount_usd=0.0, upper_bound_usd=0.0, missing_amounts=0,
                           money=False, kinds=set())
            e = g.edges[a, b]
            e["commitments"].append(c)
            e["kinds"].add(c["kind"])
            if direction:
                e["money"] = True
                if c.get("amount_usd") is None:
                    e["missing_amounts"] += 1
                else:
                    e["amount_usd"] += c["amount_usd"]
                    if c.get("upper_bound"):
                        e["upper_bound_usd"] += c["amount_usd"]
    return g


def money_subgraph(g: nx.DiGraph) -> nx.DiGraph:
    return g.edge_subgraph([(a, b) for a, b, d in g.edges(data=True) if d["money"]]).copy()


def unreviewed_money(commitments: Iterable[dict], flt: FlowFilter | None = None) -> tuple[float, float]:
    """(money, of which unreviewed): the stated amounts that move money under the filter
    (its reviewed-only switch aside), and the part no person has accepted or edited.

    >>> rows = [{"kind": "investment", "from_name": "A", "to_name": "B", "amount_usd": 3e9, "review": "accepted"},
    ...         {"kind": "investment", "from_name": "B", "to_name": "C", "amount_usd": 1e9}]
    >>> unreviewed_money(rows, FlowFilter(reviewed_only=True))
    (4000000000.0, 1000000000.0)
    """
    flt = flt or FlowFilter()
    every = FlowFilter(**{**flt.__dict__, "reviewed_only": False})
    total = unreviewed = 0.0
    for c in commitments:
        if c.get("amount_usd") is None or not every.keep(c) or money_direction(c) is None:
            continue
        total += c["amount_usd"]
        unreviewed += 0.0 if is_reviewed(c) else c["amount_usd"]
    return total, unreviewed
