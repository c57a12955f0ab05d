"""What the pages show, computed from the store (read through graph/ only)."""
from __future__ import annotations

import threading
import time
from collections import OrderedDict
from typing import Callable, Hashable

from graph.concentration import CATEGORIES, company_concentration, market_concentration
from graph.flow import FlowFilter, build_flow_graph
from graph.loops import DEFAULT_LOOP_LIMIT, LoopReport, loop_report, returning_shares
from graph.output import usd
from graph.store import GraphStore

from .filters import reviewed_only, to_filter
from .network_view import link_ends
from .positions import Positions


MEMO_SIZE = 64          # results kept per read of the store


class Data:
    """Commitments cached while the store is unchanged (the app clears the cache when it writes),
    and the companies' positions on the network, kept for the life of the app."""

    def __init__(self, store: GraphStore, ttl: float = 2.0, reread: float = 5.0):
        self.store = store
        self.ttl = ttl            # seconds between checks of the store's version
        self.reread = reread      # ... or between reads, for a store that cannot tell its version
        self.positions = Positions()
        self._lock = threading.Lock()          # guards the cache
        self._read_lock = threading.Lock()     # one read of the store at a time
        self._refreshing = False
        self._cached: tuple[float, list[dict], Hashable] | None = None   # (checked at, rows, store version)
        self._memo: OrderedDict = OrderedDict()   # results computed from one read of the commitments
        self._memo_of: list[dict] | None = None
        self._computing: dict[Hashable, threading.Event] = {}   # results being computed now, by key

    def commitments(self) -> list[dict]:
        """The stored commitments. Every ``ttl`` seconds a background check asks the store whether
        anything changed (its version: one cheap query) and reads them again only if so; a store
        that cannot tell is read again every ``reread`` seconds. Meanwhile requests are answered
        from the cache, so none waits for a periodic check. After :meth:`invalidate` (the app
        wrote) the next request waits for the fresh ones."""
        with self._lock:
            cached = self._cached
            every = self.ttl if cached is None or cached[2] is not None else max(self.ttl, self.reread)
            if cached and time.monotonic() - cached[0] >= every and not self._refreshing:
                self._refreshing = True
                threading.Thread(target=self._refresh, daemon=True).start()
        if cached:
            return cached[1]
        with self._read_lock:
            if self._cached is None:
                version = self._version()
                self._cached = (time.monotonic(), self.store.commitments(), version)
            return self._cached[1]

    def _version(self) -> Hashable:
        try:
            return self.store.version()
        except Exception:  # the store cannot say now: read it
            return None

    def _refresh(self) -> None:
        try:
            with self._read_lock:
                old = self._cached
                version = self._version()
                if old is not None and version is not None and version == old[2]:
                    rows = old[1]    # nothing written since the last read: no read
                else:
                    rows = self.store.commitments()
                    if old is not None and rows == old[1]:
                        rows = old[1]   # unchanged: the same list, so what was computed from it stays cached
                with self._lock:
                    if self._cached is not None:   # not invalidated meanwhile (a write waits on a fresh read)
                        self._cached = (time.monotonic(), rows, version)
        except Exception:  # the next request reads again
            pass
        finally:
            self._refreshing = False

    def cached(self, key: Hashable, compute: Callable[[list[dict]], object]):
        """``compute(commitments)``, remembered for this read of the store: a new read (the
        cache refreshed or the app wrote) forgets every result computed from the old one.
        Computed once when asked for at once: a request asking while another computes the same
        result waits for it (the Loops page asks for its table and its drawing together, both
        from the same loops)."""
        rows = self.commitments()
        with self._lock:
            if self._memo_of is not rows:
                self._memo, self._memo_of, self._computing = OrderedDict(), rows, {}
            if key in self._memo:
                self._memo.move_to_end(key)
                return self._memo[key]
            running = self._computing.get(key)
            if running is None:
                running = self._computing[key] = threading.Event()
                computing = True
            else:
                computing = False
        if not computing:
            running.wait()
            return self.cached(key, compute)    # kept by now, unless it failed or a new read came
        try:
            value = compute(rows)
            with self._lock:
                if self._memo_of is rows:
                    self._memo[key] = value
                    while len(self._memo) > MEMO_SIZE:
                        self._memo.popitem(last=False)
        finally:
            with self._lock:
                if self._memo_of is rows:
                    self._computing.pop(key, None)
            running.set()
        return value

    def layout(self) -> dict[str, tuple[float, float]]:
        """Every company's kept position on the network (see :mod:`webapp.positions`)."""
        return self.cached("layout", lambda rows: self.positions.of([link_ends(c) for c in rows]))

    def articles(self) -> list[dict]:
        """The stored articles, newest first (the store's order), remembered like every result."""
        return self.cached("articles", lambda _: self.store.articles())

    def warm(self) -> None:
        """Read the store, lay the companies out and read the articles' list, so the first page
        opened does not wait for them (the list alone took 1.5 s at 10,000 articles)."""
        try:
            self.layout()
            self.articles()
        except Exception:  # the store is unavailable: the pages say so when asked
            pass

    def by_id(self) -> dict[str, dict]:
        """The stored commitments by id."""
        return self.cached("by_id", lambda rows: {c["id"]: c for c in rows})

    def invalidate(self) -> None:
        with self._lock:
            self._cached = None

    def companies(self) -> list[str]:
        rows = self.commitments()
        names = {c["from_name"] for c in rows} | {c["to_name"] for c in rows}
        return sorted(n for n in names if n)


KEEP_ALL = FlowFilter(include_rumoured=True)   # for rows the page's filters already chose


def filtered(data: Data, state: dict) -> list[dict]:
    """The commitments the page's filters keep (kinds, dates, minimum, rumoured)."""
    flt = to_filter(state)
    return data.cached(("filtered", filter_key({**state, "company": None})),
                       lambda rows: [c for c in rows if flt.keep(c)])


def company_details(data: Data, company: str, state: dict) -> list[dict]:
    return [c for c in filtered(data, state) if company in (c["from_name"], c["to_name"])]


def filter_key(state: dict) -> tuple:
    """The part of a page state that decides what an analysis computes, as a cache key.

    >>> filter_key({"kinds": ["b", "a"], "min": 2, "company": "X"})
    (('a', 'b'), None, None, 2, False, 'X', 4, False, False)
    """
    return (tuple(sorted(state.get("kinds") or [])), state.get("since"), state.get("until"), state.get("min"),
            bool(state.get("rumoured")), state.get("company"), state.get("maxlen", 4), bool(state.get("ties")),
            reviewed_only(state))


def flow_graph(data: Data, state: dict):
    """The money-flow graph of what the page's filters keep (built once for the loops, their count
    and the returning shares; read-only for its users)."""
    return data.cached(("flow", filter_key({**state, "company": None})),
                       lambda _: build_flow_graph(filtered(data, state), KEEP_ALL))


def loops_report(data: Data, state: dict, limit: int = DEFAULT_LOOP_LIMIT) -> LoopReport:
    """The ``limit`` largest loops under the page's filters (payments only unless
    ``state["ties"]``), their count and, centred on a company, its returning share."""
    def compute(_):
        return loop_report(flow_graph(data, state), state.get("maxlen", 4), state.get("company"), limit,
                           bool(state.get("ties")))
    return data.cached(("loops", filter_key(state), limit), compute)


def loop_key(companies: list[str]) -> str:
    """A loop's id in the table and in the URL: its companies in order.

    >>> loop_key(["Arc", "Bolt"])
    'Arc|Bolt'
    """
    return "|".join(companies)


def loop_row(n: int, loop) -> dict:
    """One row of the loops table (``amount_b``: the sortable figure, in $B)."""
    return {"id": loop_key(loop.companies), "rank": n + 1, "loop": " → ".join(loop.companies + loop.companies[:1]),
            "companies": loop_key(loop.companies), "length": len(loop.companies),
            "amount": usd(loop.amount_usd), "amount_usd": loop.amount_usd or 0,
            "amount_b": round(loop.amount_usd / 1e9, 3) if loop.amount_usd else None,
            "upper": usd(loop.upper_bound_usd) if loop.upper_bound_usd else "—",
            "hops": "; ".join(f"{h['from']}→{h['to']} {'/'.join(h['kinds'])} {usd(h['amount_usd'] or None)}"
                              for h in loop.edges)}


def loops_page(data: Data, state: dict, limit: int = DEFAULT_LOOP_LIMIT) -> tuple[list[dict], str]:
    """The ``limit`` largest loops as table rows, and a line saying how many there are in all
    (payments only unless ``state["ties"]``)."""
    maxlen = state.get("maxlen", 4)
    if maxlen < 2:
        return [], "a loop needs at least two companies: set the max loop length to 2 or more"
    report = loops_report(data, state, limit)
    rows = [loop_row(n, loop) for n, loop in enumerate(report.loops)]
    note = f"{report.said()} of at most {maxlen} companies"
    if state.get("company"):
        note += f" through {state['company']}"
    if report.count.without_amount:
        note += f"; {report.count.without_amount:,} of them have a hop without a stated amount and rank last"
    if not report.count.exact:
        note += " (counting stopped at its time limit: a lower bound)"
    return rows, note


def returning_line(report: LoopReport) -> str | None:
    """What share of a centred company's inbound money comes from companies it pays.

    >>> returning_line(LoopReport([], None, {"company": "Lab", "inbound_usd": 8e9, "returning_usd": 2e9,
    ...                                       "returning_share": 0.25}))
    'Of the $8B paid to Lab under these filters, $2B (25%) comes from companies it pays.'
    """
    r = report.returning
    if not r:
        return None
    if not r["inbound_usd"]:
        return f"No stated money is paid to {r['company']} under these filters."
    return (f"Of the {usd(r['inbound_usd'])} paid to {r['company']} under these filters, "
            f"{usd(r['returning_usd']) if r['returning_usd'] else '$0'} ({r['returning_share']:.0%}) "
            "comes from companies it pays.")


def returning_table(data: Data, state: dict) -> list[dict]:
    """Every company paid money under the filters: how much, and how much of it comes from
    companies it pays (the largest returning amount first)."""
    def compute(_):
        shares = returning_shares(flow_graph(data, state), bool(state.get("ties")))
        return [{"company": s["company"], "inbound_b": round(s["inbound_usd"] / 1e9, 3),
                 "returning_b": round(s["returning_usd"] / 1e9, 3),
                 "share_pct": round(100 * s["returning_share"], 1)} for s in shares]
    return data.cached(("returning", filter_key({**state, "company": None})), compute)


def loops_table(data: Data, state: dict) -> list[dict]:
    return loops_page(data, state)[0]


def concentration(data: Data, state: dict) -> dict:
    """Per category, each company's dependence on its counterparties and the market's shares."""
    def compute(_):
        rows = filtered(data, state)     # filtered once, for the three categories and both measures
        return {cat: {"companies": [d.as_dict() for d in company_concentration(rows, cat, KEEP_ALL)],
                      "market": market_concentration(rows, cat, KEEP_ALL)} for cat in CATEGORIES}
    return data.cached(("concentration", filter_key(state)), compute)
