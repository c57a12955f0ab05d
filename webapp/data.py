"""What the pages show, computed from the store (read through graph/ only)."""
from __future__ import annotations

import threading
import time

from graph.concentration import CATEGORIES, company_concentration, market_concentration
from graph.flow import build_flow_graph
from graph.loops import DEFAULT_LOOP_LIMIT, loop_report
from graph.output import usd
from graph.store import GraphStore

from .filters import to_filter
from .positions import Positions


class Data:
    """Commitments cached briefly (the app clears the cache when it writes), and the
    companies' positions on the network, kept for the life of the app."""

    def __init__(self, store: GraphStore, ttl: float = 5.0):
        self.store = store
        self.ttl = ttl
        self.positions = Positions()
        self._lock = threading.Lock()          # guards the cache
        self._read_lock = threading.Lock()     # one read of the store at a time
        self._refreshing = False
        self._cached: tuple[float, list[dict]] | None = None

    def commitments(self) -> list[dict]:
        """The stored commitments. Older than ``ttl``, they are still answered while one
        background read refreshes them, so no request waits for a periodic re-read; after
        :meth:`invalidate` (the app wrote) the next request waits for the fresh ones."""
        with self._lock:
            cached = self._cached
            if cached and time.monotonic() - cached[0] >= self.ttl and not self._refreshing:
                self._refreshing = True
                threading.Thread(target=self._refresh, daemon=True).start()
        if cached:
            return cached[1]
        with self._read_lock:
            if self._cached is None:
                self._cached = (time.monotonic(), self.store.commitments())
            return self._cached[1]

    def _refresh(self) -> None:
        try:
            with self._read_lock:
                rows = self.store.commitments()
                with self._lock:
                    if self._cached is not None:   # not invalidated meanwhile (a write waits on a fresh read)
                        self._cached = (time.monotonic(), rows)
        except Exception:  # the next request reads again
            pass
        finally:
            self._refreshing = False

    def invalidate(self) -> None:
        with self._lock:
            self._cached = None

    def companies(self) -> list[str]:
        rows = self.commitments()
        names = {c["from_name"] for c in rows} | {c["to_name"] for c in rows}
        return sorted(n for n in names if n)


def company_details(data: Data, company: str, state: dict) -> list[dict]:
    flt = to_filter(state)
    return [c for c in data.commitments() if flt.keep(c) and company in (c["from_name"], c["to_name"])]


def loops_page(data: Data, state: dict, limit: int = DEFAULT_LOOP_LIMIT) -> tuple[list[dict], str]:
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
