"""The loop graph on the Loops page, built from the loops the table lists (so every filter
of the page applies): with no loop selected, the hops of all of them at the companies' kept
positions; with one selected, that loop alone, drawn round a circle in its order, every hop
labelled with its amount. Each hop's deals are merged into one line per pair and kind, in
the kind's colour; the selected loop is marked by width and outline, never by recolouring.

>>> from graph.loops import Loop
>>> loop = Loop(["A", "B"], [{"from": "A", "to": "B", "commitments": ["1"]},
...                          {"from": "B", "to": "A", "commitments": ["2"]}], 1e9, 0.0, 0)
>>> sorted(hop_ids([loop]))
['1', '2']
"""
from __future__ import annotations

from graph.loops import Loop, LoopReport

from .network_view import CURVED_UP_TO, LABELLED_LINKS, Link, edge_element, lanes, merge_links, node_element

CIRCLE = {"name": "circle", "fit": True, "padding": 40, "animate": False}
KEPT = {"name": "preset", "fit": True, "padding": 30}


def hop_ids(loops: list[Loop]) -> set[str]:
    """The ids of the commitments behind the hops of ``loops``."""
    return {cid for loop in loops for hop in loop.edges for cid in hop["commitments"]}


def find_loop(report: LoopReport, key: str | None) -> Loop | None:
    """The listed loop whose companies, joined by "|", are ``key``."""
    return next((loop for loop in report.loops if "|".join(loop.companies) == key), None) if key else None


def loop_elements(data, report: LoopReport, selected: Loop | None) -> tuple[list[dict], dict]:
    """Cytoscape elements and layout: ``selected`` alone round a circle, else every listed loop
    at the kept positions."""
    loops = [selected] if selected else report.loops
    by_id = data.by_id()
    links = merge_links([by_id[cid] for cid in sorted(hop_ids(loops)) if cid in by_id])
    if selected:
        return _circle(selected.companies, links), CIRCLE
    positions = data.layout()
    return _drawn(links, positions, LABELLED_LINKS, highlight=False), KEPT


def _money_of(links: list[Link]) -> dict[str, float]:
    money_of: dict[str, float] = {}
    for link in links:
        for name in (link.source, link.target):
            money_of[name] = money_of.get(name, 0.0) + link.amount_usd
    return money_of


def _drawn(links: list[Link], positions: dict, labelled: int, highlight: bool, order: list[str] | None = None):
    money_of = _money_of(links)
    deals_of = {n: sum(l.count for l in links if n in (l.source, l.target)) for n in money_of}
    top_node, top_edge = max(money_of.values(), default=0.0), max((l.amount_usd for l in links), default=0.0)
    classes = "company named" + (" highlight" if highlight else "")
    nodes = [node_element(n, positions.get(n, (0.0, 0.0)), money_of[n], deals_of[n], top_node, classes)
             for n in (order or sorted(money_of)) if n in money_of]
    biggest = {id(l) for l in sorted(links, key=lambda l: -l.amount_usd)[:labelled] if l.amount_usd > 0}
    straight = len(links) > CURVED_UP_TO
    placed = lanes(links) if straight else {}
    edges = [edge_element(l, top_edge, id(l) in biggest, highlight, straight=straight, lane=placed.get(l.key, 0.0))
             for l in links]
    return nodes + edges


def _circle(order: list[str], links: list[Link]) -> list[dict]:
    """The loop's companies in loop order (the circle layout places them so) and every hop labelled."""
    return _drawn(links, {}, len(links), highlight=True, order=order)
