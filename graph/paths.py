"""Money paths between two companies along the money-flow graph (:func:`graph.flow.build_flow_graph`):
the one with the fewest hops, and the largest one, whose smallest hop carries the most money.

A hop goes from payer to payee and carries the stated amounts of its payments; a path's amount is
its smallest hop (what can flow the whole way). Only payments make hops, never partnerships.

>>> from graph.flow import build_flow_graph
>>> rows = [{"id": "1", "kind": "investment", "from_name": "Fund", "to_name": "Lab", "amount_usd": 9e9},
...         {"id": "2", "kind": "compute_purchase", "from_name": "Lab", "to_name": "Cloud", "amount_usd": 4e9},
...         {"id": "3", "kind": "investment", "from_name": "Fund", "to_name": "Cloud", "amount_usd": 1e9}]
>>> found = money_paths(build_flow_graph(rows), "Fund", "Cloud")
>>> found["shortest"].companies, found["shortest"].amount_usd
(['Fund', 'Cloud'], 1000000000.0)
>>> found["largest"].companies, found["largest"].amount_usd
(['Fund', 'Lab', 'Cloud'], 4000000000.0)
"""
from __future__ import annotations

import heapq
from dataclasses import dataclass
from itertools import islice

import networkx as nx

from .flow import money_direction

MAX_HOPS = 6           # longer chains say little about who depends on whom
TIED_SHORTEST = 200    # equally short paths weighed against each other, at most


@dataclass
class MoneyPath:
    """Companies in order; per hop: from, to, kinds, amount_usd, missing_amounts (payments without
    a stated amount) and the ids of the payments behind it."""

    companies: list[str]
    hops: list[dict]
    amount_usd: float | None     # the smallest hop's amount; None when a hop states none

    def as_dict(self) -> dict:
        return {"companies": self.companies, "amount_usd": self.amount_usd, "hops": self.hops}


def _money_graph(g: nx.DiGraph) -> nx.DiGraph:
    """Only the hops where money moves."""
    return g.edge_subgraph([(a, b) for a, b, d in g.edges(data=True) if d["money"]])


def _path(g: nx.DiGraph, companies: list[str]) -> MoneyPath:
    hops = []
    for a, b in zip(companies, companies[1:]):
        d = g.edges[a, b]
        payments = [c for c in d["commitments"] if money_direction(c) == (a, b)]   # not the ties beside them
        hops.append({"from": a, "to": b, "kinds": sorted({c["kind"] for c in payments}),
                     "amount_usd": d["amount_usd"], "missing_amounts": d["missing_amounts"],
                     "commitments": [c["id"] for c in payments]})
    amounts = [h["amount_usd"] for h in hops]
    return MoneyPath(companies, hops, min(amounts) if all(amounts) else None)


def shortest_path(g: nx.DiGraph, source: str, target: str, max_hops: int = MAX_HOPS) -> MoneyPath | None:
    """The path of fewest hops; of equally short ones, the one whose smallest hop is largest."""
    mg = _money_graph(g)
    if source not in mg or target not in mg or source == target:
        return None
    try:
        paths = list(islice(nx.all_shortest_paths(mg, source, target), TIED_SHORTEST))
    except nx.NetworkXNoPath:
        return None
    if len(paths[0]) - 1 > max_hops:
        return None
    return min((_path(mg, p) for p in paths), key=lambda p: (-(p.amount_usd or 0), p.companies))


def largest_path(g: nx.DiGraph, source: str, target: str, max_hops: int = MAX_HOPS) -> MoneyPath | None:
    """The path whose smallest hop carries the most money (hops with a stated amount only),
    fewest hops among equals: a widest-path search, Dijkstra's with the bottleneck as distance."""
    mg = _money_graph(g)
    if source not in mg or target not in mg or source == target:
        return None
    labels: dict[str, list[tuple[float, int]]] = {source: [(float("inf"), 0)]}   # (width, hops) kept per company
    queue = [(-float("inf"), 0, [source])]
    while queue:
        neg_width, hops, path = heapq.heappop(queue)
        node = path[-1]
        if node == target:
            return _path(mg, path)
        if hops >= max_hops:
            continue
        for nxt in mg.successors(node):
            width = min(-neg_width, mg.edges[node, nxt]["amount_usd"])
            if width <= 0 or nxt in path:
                continue
            if any(w >= width and h <= hops + 1 for w, h in labels.get(nxt, ())):
                continue    # reached as wide in as few hops already
            labels.setdefault(nxt, []).append((width, hops + 1))
            heapq.heappush(queue, (-width, hops + 1, path + [nxt]))
    return None


def money_paths(g: nx.DiGraph, source: str, target: str, max_hops: int = MAX_HOPS) -> dict[str, MoneyPath | None]:
    """The shortest and the largest money path from ``source`` to ``target`` (None where there is none)."""
    return {"shortest": shortest_path(g, source, target, max_hops), "largest": largest_path(g, source, target, max_hops)}
