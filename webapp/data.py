"""What the pages show, computed from the store (read through graph/ only)."""
from __future__ import annotations

import math
import threading
import time

from graph.concentration import CATEGORIES, company_concentration, market_concentration
from graph.flow import build_flow_graph
from graph.kinds import KIND_COLOURS
from graph.loops import DEFAULT_LIMIT, loop_report
from graph.output import usd
from graph.store import GraphStore

from .filters import to_filter

MAX_ELEMENTS = 1500


class Data:
    """Commitments cached briefly; the app clears the cache when it writes."""

    def __init__(self, store: GraphStore, ttl: float = 5.0):
        self.store = store
        self.ttl = ttl
        self._lock = threading.Lock()
        self._cached: tuple[float, list[dict]] | None = None

    def commitments(self) -> list[dict]:
        with self._lock:
            if self._cached and time.monotonic() - self._cached[0] < self.ttl:
                return self._cached[1]
            rows = self.store.commitments()
            self._cached = (time.monotonic(), rows)
            return rows

    def invalidate(self) -> None:
        with self._lock:
            self._cached = None

    def companies(self) -> list[str]:
        rows = self.commitments()
        names = {c["from_name"] for c in rows} | {c["to_name"] for c in rows}
        return sorted(n for n in names if n)


def _neighbourhood(commitments: list[dict], company: str, depth: int) -> set[str]:
    keep, frontier = {company}, {company}
    for _ in range(max(depth, 1)):
        nxt = set()
        for c in commitments:
            if c["from_name"] in frontier:
                nxt.add(c["to_name"])
            if c["to_name"] in frontier:
                nxt.add(c["from_name"])
        frontier = nxt - keep
        keep |= nxt
    return keep


def network_elements(data: Data, state: dict, highlight: list[str] | None = None) -> tuple[list[dict], str]:
    """Cytoscape elements (bounded) and a line saying what is shown."""
    flt = to_filter(state)
    rows = [c for c in data.commitments() if flt.keep(c) and c["from_name"] != c["to_name"]]
    total = len(rows)
    if state.get("company"):
        keep = _neighbourhood(rows, state["company"], state.get("depth", 1))
        rows = [c for c in rows if c["from_name"] in keep and c["to_name"] in keep]
    rows.sort(key=lambda c: -(c.get("amount_usd") or 0))
    shown, names = [], set()
    for c in rows:
        new = {c["from_name"], c["to_name"]} - names
        if len(shown) + len(names) + len(new) + 1 > MAX_ELEMENTS:
            break
        shown.append(c)
        names |= new
    loop_pairs = set()
    if highlight:
        loop_pairs = {(a, b) for a, b in zip(highlight, highlight[1:] + highlight[:1])}
    elements = [{"data": {"id": f"n:{n}", "label": n, "company": n},
                 "classes": "company" + (" focus" if n == state.get("company") else "")
                 + (" highlight" if highlight and n in highlight else "")} for n in sorted(names)]
    for c in shown:
        amount = c.get("amount_usd")
        width = 1.5 + (math.log10(amount / 1e8) * 2 if amount and amount > 1e8 else 0)
        classes = c["kind"] + (" rumour" if c.get("status") != "announced" else "")
        if (c["from_name"], c["to_name"]) in loop_pairs or (c["to_name"], c["from_name"]) in loop_pairs and \
                c["kind"] == "partnership":
            classes += " highlight"
        elements.append({"data": {"id": c["id"], "source": f"n:{c['from_name']}", "target": f"n:{c['to_name']}",
                                  "kind": c["kind"], "label": usd(amount) if amount else "",
                                  "width": round(width, 2), "colour": KIND_COLOURS.get(c["kind"], "#999")},
                         "classes": classes})
    note = f"{len(shown)} of {total} commitments shown"
    if len(shown) < len(rows):
        note += f" (largest first; {len(rows) - len(shown)} left out: filter or pick a company to see them)"
    return elements, note


def commitment_details(data: Data, ids: list[str]) -> list[dict]:
    by_id = {c["id"]: c for c in data.commitments()}
    return [by_id[i] for i in ids if i in by_id]


def company_details(data: Data, company: str, state: dict) -> list[dict]:
    flt = to_filter(state)
    return [c for c in data.commitments() if flt.keep(c) and company in (c["from_name"], c["to_name"])]


def loops_page(data: Data, state: dict, limit: int = DEFAULT_LIMIT) -> tuple[list[dict], str]:
    """The ``limit`` largest loops as table rows, and a line saying how many there are in all
    (payments only unless ``state["ties"]``)."""
    maxlen = state.get("maxlen", 4)
    if maxlen < 2:
        return [], "a loop needs at least two companies: set the max loop length to 2 or more"
    g = build_flow_graph(data.commitments(), to_filter(state))
    report = loop_report(g, maxlen, state.get("company"), limit, bool(state.get("ties")))
    rows = [{"rank": n + 1, "loop": " → ".join(loop.companies + loop.companies[:1]),
             "companies": "|".join(loop.companies), "length": len(loop.companies),
             "amount": usd(loop.amount_usd), "amount_usd": loop.amount_usd or 0,
             "upper": usd(loop.upper_bound_usd) if loop.upper_bound_usd else "—",
             "hops": "; ".join(f"{h['from']}→{h['to']} {'/'.join(h['kinds'])} {usd(h['amount_usd'] or None)}"
                               for h in loop.edges)} for n, loop in enumerate(report.loops)]
    note = f"{report.said()} of at most {maxlen} companies"
    if state.get("company"):
        note += f" through {state['company']}"
    if report.count.without_amount:
        note += f"; {report.count.without_amount:,} of them have a hop without a stated amount and rank last"
    if not report.count.exact:
        note += " (counting stopped at its time limit: a lower bound)"
    return rows, note


def loops_table(data: Data, state: dict) -> list[dict]:
    return loops_page(data, state)[0]


def concentration(data: Data, state: dict) -> dict:
    flt = to_filter(state)
    rows = data.commitments()
    return {cat: {"companies": [d.as_dict() for d in company_concentration(rows, cat, flt)],
                  "market": market_concentration(rows, cat, flt)} for cat in CATEGORIES}
