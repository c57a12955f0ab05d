"""Dependency loops: simple cycles of the money-flow graph, such as a chip
vendor investing in a lab that buys its chips.

Cycles are enumerated per strongly connected component with a length bound,
so large graphs stay tractable. A loop's amount is what can go round it: the
smallest amount on its edges, with how much of that rests on "up to" figures.
"""
from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from .flow import money_subgraph


@dataclass
class Loop:
    companies: list[str]          # in order; the loop closes back to the first
    edges: list[dict]             # per hop: from, to, kinds, amount_usd, upper_bound_usd, commitment ids
    amount_usd: float | None      # the smallest edge amount (None if an edge has no amount)
    upper_bound_usd: float        # how much of that smallest edge rests on "up to" figures
    missing_amounts: int          # hops with at least one commitment lacking an amount

    def as_dict(self) -> dict:
        return {"companies": self.companies, "length": len(self.companies), "amount_usd": self.amount_usd,
                "upper_bound_usd": self.upper_bound_usd, "missing_amounts": self.missing_amounts,
                "edges": self.edges}


def _canonical(cycle: list[str]) -> list[str]:
    """Rotate so the loop starts at its alphabetically first company (one form per loop)."""
    i = min(range(len(cycle)), key=lambda k: cycle[k])
    return cycle[i:] + cycle[:i]


MAX_LOOPS = 20_000


def find_loops(g: nx.DiGraph, max_length: int = 4, company: str | None = None,
               max_loops: int = MAX_LOOPS) -> list[Loop]:
    """Loops ranked by amount; enumeration stops after ``max_loops`` (dense
    synthetic graphs hold millions), which the caller can raise."""
    if max_length < 2:
        raise ValueError("a loop needs at least two companies (--max-length 2 or more)")
    money = money_subgraph(g)
    loops = []
    for comp in nx.strongly_connected_components(money):
        if len(comp) < 2 or (company and company not in comp):
            continue
        sub = money.subgraph(comp)
        for cycle in nx.simple_cycles(sub, length_bound=max_length):
            if len(cycle) < 2:
                continue  # self-loops are refused at write time; never a dependency loop
            cycle = _canonical(cycle)
            if company and company not in cycle:
                continue
            hops = []
            for a, b in zip(cycle, cycle[1:] + cycle[:1]):
                d = sub.edges[a, b]
                hops.append({"from": a, "to": b, "kinds": sorted(d["kinds"]), "amount_usd": d["amount_usd"],
                             "upper_bound_usd": d["upper_bound_usd"], "missing_amounts": d["missing_amounts"],
                             "commitments": [c["id"] for c in d["commitments"]]})
            with_amount = [h for h in hops if h["amount_usd"] > 0]
            if len(with_amount) == len(hops):
                weakest = min(hops, key=lambda h: (h["amount_usd"], h["from"]))
                amount, upper = weakest["amount_usd"], weakest["upper_bound_usd"]
            else:
                amount, upper = None, 0.0
            loops.append(Loop(cycle, hops, amount, upper, sum(1 for h in hops if h["missing_amounts"])))
            if len(loops) >= max_loops:
                break
        if len(loops) >= max_loops:
            break
    loops.sort(key=lambda l: (-(l.amount_usd or 0), len(l.companies), l.companies))
    return loops


def company_view(g: nx.DiGraph, company: str, max_length: int = 4) -> dict:
    """The loops a company sits in, and the share of its inbound money that comes
    from companies it pays (money that comes back)."""
    loops = find_loops(g, max_length, company)
    money = money_subgraph(g)
    if company not in money:
        return {"company": company, "loops": [], "inbound_usd": 0.0, "returning_usd": 0.0, "returning_share": None}
    pays = set(money.successors(company))
    inbound = sum(d["amount_usd"] for _, _, d in money.in_edges(company, data=True))
    back = sum(d["amount_usd"] for a, _, d in money.in_edges(company, data=True) if a in pays)
    return {"company": company, "loops": [l.as_dict() for l in loops], "inbound_usd": inbound,
            "returning_usd": back, "returning_share": (back / inbound) if inbound else None}
