"""Dependency loops: simple cycles of the money-flow graph, such as a chip
vendor investing in a lab that buys its chips.

A loop's amount is what can go round it: the smallest amount on its hops, with
how much of that rests on "up to" figures. Loops are ranked by that amount,
largest first; loops with a hop of unknown amount come after every loop with
a figure; ties go to the shorter loop, then by company names.

The ranking is exact at any size without listing every loop:

- **The K largest loops.** Hops are added to an empty graph from the largest
  amount down. A loop appears when its smallest hop is added, so loops are
  found in ranking order; the search stops once K loops are held and the next
  hop is smaller than all of them (:func:`find_loops`).
- **A company's loops.** A bounded walk from the company back to itself, in
  the subgraph of hops at or above a floor; the floor is the smallest one that
  still holds K loops, found by bisection over hop amounts (:func:`find_loops`
  with ``company``).
- **Counts without listing.** Loops of two, three and four companies are
  counted from neighbour sets; longer ones by walking, within a time limit.
  A count cut short by the limit is a lower bound and says so (:func:`count_loops`).

By default only payments make hops (investment, compute and hardware
purchases, acquisitions): money goes round. ``with_ties=True`` adds
partnerships and distribution deals, whose hops carry no known amount.

>>> from graph.flow import build_flow_graph
>>> rows = [{"id": "1", "kind": "investment", "from_name": "Chipco", "to_name": "Lab", "amount_usd": 5e9},
...         {"id": "2", "kind": "hardware_purchase", "from_name": "Lab", "to_name": "Chipco", "amount_usd": 2e9}]
>>> [(l.companies, l.amount_usd) for l in find_loops(build_flow_graph(rows))]
[(['Chipco', 'Lab'], 2000000000.0)]
"""
from __future__ import annotations

import functools
import gc
import math
import time
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import islice
from typing import Callable, Iterable, Iterator

import networkx as nx

from .defaults import COUNT_SECONDS, DEFAULT_LOOP_LIMIT
from .flow import commitment_date
from .kinds import ALWAYS_MONEY_KINDS, KIND_NAMES, MONEY_KINDS


def _without_gc(fn):
    """Run ``fn`` with the cyclic garbage collector paused. Building hundreds of
    thousands of small containers beside the stored commitments otherwise sets off
    full collections that walk every live object (at 1M commitments, 13 of the
    18 s that building the hops took); nothing built here forms a reference cycle."""
    @functools.wraps(fn)
    def paused(*args, **kw):
        enabled = gc.isenabled()
        gc.disable()
        try:
            return fn(*args, **kw)
        finally:
            if enabled:
                gc.enable()
    return paused


@dataclass
class Loop:
    companies: list[str]          # in order; the loop closes back to the first
    edges: list[dict]             # per hop: from, to, kinds, amount_usd, upper_bound_usd, commitment ids
    amount_usd: float | None      # the smallest hop amount (None if a hop has no amount)
    upper_bound_usd: float        # how much of that smallest hop rests on "up to" figures
    missing_amounts: int          # hops with at least one commitment lacking an amount

    def as_dict(self) -> dict:
        return {"companies": self.companies, "length": len(self.companies), "amount_usd": self.amount_usd,
                "upper_bound_usd": self.upper_bound_usd, "missing_amounts": self.missing_amounts,
                "edges": self.edges}


@dataclass
class LoopCount:
    """How many loops there are, per length; lengths in ``at_least`` were cut
    short by the time limit and are lower bounds.

    >>> LoopCount({2: 3, 3: 1_200_000}, {3}).said()
    'at least 1,200,003'
    """
    by_length: dict[int, int]
    at_least: set[int] = field(default_factory=set)
    without_amount: int | None = None   # loops with a hop of unknown amount (None: not counted in time)

    @property
    def total(self) -> int:
        return sum(self.by_length.values())

    @property
    def exact(self) -> bool:
        return not self.at_least

    def said(self) -> str:
        return f"{'' if self.exact else 'at least '}{self.total:,}"

    def as_dict(self) -> dict:
        return {"total": self.total, "exact": self.exact, "without_amount": self.without_amount,
                "by_length": {str(n): {"loops": k, "exact": n not in self.at_least}
                              for n, k in sorted(self.by_length.items())}}


def _paid(c: dict) -> float | None:
    """The amount a commitment carries along its flow edge; None when it carries no
    known money (no figure stated, or a partnership, which never pays)."""
    x = c.get("amount_usd")
    return x if x is not None and c["kind"] in MONEY_KINDS else None


@dataclass
class LoopGraph:
    """The hops loops can take: ``deals[a, b]`` lists the commitments behind the
    hop from a to b, ``weight[a, b]`` is its known amount (0 when unknown), and
    each company's successors and predecessors are sorted by that weight,
    largest first. :meth:`hop` describes a hop for display."""
    deals: dict[tuple[str, str], list[dict]]
    weight: dict[tuple[str, str], float] = field(default_factory=dict)
    succ: dict[str, list[tuple[float, str]]] = field(default_factory=dict)
    pred: dict[str, list[tuple[float, str]]] = field(default_factory=dict)
    _described: dict[tuple[str, str], dict] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        succ, pred = defaultdict(list), defaultdict(list)
        for (a, b), deals in self.deals.items():
            if (a, b) not in self.weight:
                w = sum(x for x in map(_paid, deals) if x is not None)
                self.weight[a, b] = w if w > 0 else 0.0
            w = self.weight[a, b]
            succ[a].append((w, b))
            pred[b].append((w, a))
        for side in (succ, pred):
            for adj in side.values():
                adj.sort(key=lambda x: (-x[0], x[1]))
        self.succ, self.pred = dict(succ), dict(pred)

    def with_amounts(self) -> "LoopGraph":
        """Only the hops whose amount is known."""
        known = {e: w for e, w in self.weight.items() if w > 0}
        return LoopGraph({e: self.deals[e] for e in known}, known)

    def hop(self, a: str, b: str) -> dict:
        """From, to, kinds, amount_usd, upper_bound_usd (the part on "up to" figures),
        missing_amounts (commitments without a known amount), first_date and
        last_date (ISO dates of its commitments, None when none is known) and commitment ids."""
        if (a, b) in self._described:
            return self._described[a, b]
        deals = self.deals[a, b]
        paid = [(c, x) for c in deals if (x := _paid(c)) is not None]
        dates = sorted(d for c in deals if (d := commitment_date(c)))
        hop = self._described[a, b] = {"from": a, "to": b, "kinds": sorted({c["kind"] for c in deals}),
                                        "amount_usd": float(sum(x for _, x in paid)),
                                        "upper_bound_usd": float(sum(x for c, x in paid if c.get("upper_bound"))),
                                        "missing_amounts": len(deals) - len(paid),
                                        "first_date": dates[0] if dates else None,
                                        "last_date": dates[-1] if dates else None,
                                        "commitments": [c["id"] for c in deals]}
        return hop


@_without_gc
def loop_graph(g: nx.DiGraph, with_ties: bool = False) -> LoopGraph:
    """The hops of a flow graph (:func:`graph.flow.build_flow_graph`) that loops
    may use: payments only, or with partnerships and distribution too."""
    kinds = set(KIND_NAMES) if with_ties else set(ALWAYS_MONEY_KINDS)
    deals, weight = {}, {}
    for a, b, d in g.edges(data=True):
        if d["kinds"] <= kinds:  # the whole edge makes the hop, with the flow graph's sum of paid amounts
            kept, w = d["commitments"], d["amount_usd"]
        else:
            kept, w = [], 0.0
            for c in d["commitments"]:
                if c["kind"] in kinds:
                    kept.append(c)
                    w += _paid(c) or 0.0
        if kept:
            deals[a, b] = kept
            weight[a, b] = w if w > 0 else 0.0
    return LoopGraph(deals, weight)


def _canonical(cycle: list[str]) -> list[str]:
    """Rotate so the loop starts at its alphabetically first company (one form per loop)."""
    i = min(range(len(cycle)), key=lambda k: cycle[k])
    return cycle[i:] + cycle[:i]


def _is_loop(lg: LoopGraph, cycle: list[str]) -> bool:
    """False only for a two-company "loop" made of one tie (a partnership is a
    hop both ways, but the same deal cannot take money there and back)."""
    if len(cycle) != 2:
        return True
    there, back = lg.deals[cycle[0], cycle[1]], lg.deals[cycle[1], cycle[0]]
    return len(there) > 1 or len(back) > 1 or there[0]["id"] != back[0]["id"]


def loop_from(lg: LoopGraph, cycle: list[str]) -> Loop:
    """The loop going round ``cycle`` (companies in order) with its hops and amount."""
    cycle = _canonical(cycle)
    hops = [lg.hop(a, b) for a, b in zip(cycle, cycle[1:] + cycle[:1])]
    if all(lg.weight[h["from"], h["to"]] > 0 for h in hops):
        weakest = min(hops, key=lambda h: (h["amount_usd"], h["from"]))
        amount, upper = weakest["amount_usd"], weakest["upper_bound_usd"]
    else:
        amount, upper = None, 0.0
    return Loop(cycle, hops, amount, upper, sum(1 for h in hops if h["missing_amounts"]))


def rank(loop: Loop) -> tuple:
    """The ranking order: largest amount first, unknown amounts last, then
    shorter loops, then company names."""
    return -(loop.amount_usd or 0), len(loop.companies), loop.companies


def _ranked(lg: LoopGraph, cycles: Iterable[list[str]], limit: int | None) -> list[Loop]:
    """The first ``limit`` of ``cycles`` in :func:`rank` order, ranked from hop
    weights alone; only those are described as :class:`Loop`."""
    keyed = []
    for cycle in cycles:
        cycle = _canonical(cycle)
        weights = [lg.weight[a, b] for a, b in zip(cycle, cycle[1:] + cycle[:1])]
        keyed.append((-min(weights), len(cycle), cycle))  # an unknown hop weighs 0: the loop ranks last
    keyed.sort()
    return [loop_from(lg, cycle) for *_, cycle in keyed[:limit]]


def _within(adj: dict[str, list[tuple[float, str]]], node: str, floor: float) -> Iterator[str]:
    for w, other in adj.get(node, ()):
        if w < floor:
            return
        yield other


def _distances(adj: dict[str, list[tuple[float, str]]], start: str, depth: int, floor: float) -> dict[str, int]:
    """Fewest hops from ``start`` along ``adj`` (hops at or above ``floor``), up to ``depth``."""
    dist, frontier = {start: 0}, [start]
    for d in range(1, depth + 1):
        nxt = []
        for x in frontier:
            for y in _within(adj, x, floor):
                if y not in dist:
                    dist[y] = d
                    nxt.append(y)
        frontier = nxt
    return dist


def _paths(succ: dict, pred: dict, src: str, dst: str, max_hops: int, floor: float = -math.inf) -> Iterator[list[str]]:
    """Simple paths from ``src`` to ``dst`` of at most ``max_hops`` hops, each hop at or above ``floor``."""
    to_dst = _distances(pred, dst, max_hops - 1, floor)
    path, on_path = [src], {src, dst}
    stack = [iter(_within(succ, src, floor))]
    while stack:
        y = next(stack[-1], None)
        if y is None:
            stack.pop()
            if len(path) > 1:
                on_path.discard(path.pop())
            continue
        if y == dst:
            yield path + [dst]
            continue
        left = max_hops - len(path)  # hops left after stepping to y
        if y not in on_path and to_dst.get(y, max_hops) <= left:
            path.append(y)
            on_path.add(y)
            stack.append(iter(_within(succ, y, floor)))


def _check(max_length: int, limit: int | None) -> None:
    if max_length < 2:
        raise ValueError("a loop needs at least two companies (--max-length 2 or more)")
    if limit is not None and limit < 1:
        raise ValueError("--limit must be 1 or more")


def _largest(lg: LoopGraph, max_length: int, limit: int | None) -> list[Loop]:
    """Add hops largest first; each new hop a -> b closes the loops b ~> a, and
    those are the loops whose smallest hop it is."""
    succ: dict[str, list[tuple[float, str]]] = defaultdict(list)
    pred: dict[str, list[tuple[float, str]]] = defaultdict(list)
    found: list[list[str]] = []
    current = None
    for (a, b), w in sorted(lg.weight.items(), key=lambda e: -e[1]):
        if w != current:
            if limit is not None and len(found) >= limit:
                break  # every loop still to come is smaller than the `limit` held
            current = w
        succ[a].append((w, b))
        pred[b].append((w, a))
        if b in succ and a in pred:  # else nothing leads from b back to a yet
            found.extend(p for p in _paths(succ, pred, b, a, max_length - 1) if _is_loop(lg, p))
    return _ranked(lg, found, limit)


def _through(lg: LoopGraph, company: str, max_length: int, floor: float = -math.inf) -> Iterator[list[str]]:
    """Loops through ``company`` (hops at or above ``floor``), as company lists starting there."""
    for p in _paths(lg.succ, lg.pred, company, company, max_length, floor):
        cycle = p[:-1]
        if len(cycle) >= 2 and _is_loop(lg, cycle):
            yield cycle


def _largest_through(lg: LoopGraph, company: str, max_length: int, limit: int | None) -> list[Loop]:
    """The floor is the largest hop amount under which ``limit`` loops through the
    company still fit; bisection finds it, counting no more than ``limit`` each time."""
    floors = sorted(set(lg.weight.values()))
    floor = -math.inf
    if limit is not None and floors:
        enough = lambda f: sum(1 for _ in islice(_through(lg, company, max_length, f), limit)) >= limit  # noqa: E731
        lo, hi = 0, len(floors) - 1
        if enough(floors[0]):
            while lo < hi:  # enough(floors[i]) holds for i <= answer, fails above it
                mid = (lo + hi + 1) // 2
                lo, hi = (mid, hi) if enough(floors[mid]) else (lo, mid - 1)
            floor = floors[lo]
    return _ranked(lg, _through(lg, company, max_length, floor), limit)


def _find(lg: LoopGraph, max_length: int, company: str | None, limit: int | None) -> list[Loop]:
    _check(max_length, limit)
    if company is not None:
        return _largest_through(lg, company, max_length, limit) if company in lg.succ else []
    return _largest(lg, max_length, limit)


@_without_gc
def find_loops(g: nx.DiGraph, max_length: int = 4, company: str | None = None,
               limit: int | None = DEFAULT_LOOP_LIMIT, with_ties: bool = False) -> list[Loop]:
    """The ``limit`` largest loops of at most ``max_length`` companies (all of them
    when ``limit`` is None), through ``company`` if given, in :func:`rank` order.
    Equal to enumerating every loop and sorting, without the enumeration."""
    return _find(loop_graph(g, with_ties), max_length, company, limit)


# ---- counting -----------------------------------------------------------------------------

def _names(adj: dict, node: str) -> set[str]:
    return {x for _, x in adj.get(node, ())}


def _two_step(adj: dict[str, set[str]], node: str, via: Iterable[str] | None = None) -> Counter:
    """How many two-hop walks lead from ``node`` (through ``via``, default every
    neighbour) to each company along ``adj``."""
    walks: Counter = Counter()
    for x in adj.get(node, ()) if via is None else via:
        walks.update(adj[x])
    walks.pop(node, None)
    return walks


def _fours(succ: dict[str, set[str]], pred: dict[str, set[str]], u: str,
           below: Callable[[str], bool] = lambda _: True) -> int:
    """Loops u -> x -> w -> y -> u with x, w and y all ``below`` u: two-hop walks
    out times two-hop walks back, less the walks where x == y."""
    out = _two_step(succ, u, [x for x in succ.get(u, ()) if below(x)])
    back = _two_step(pred, u, [y for y in pred.get(u, ()) if below(y)])
    if len(back) < len(out):
        out, back = back, out
    total = sum(k * back[w] for w, k in out.items() if w in back and below(w))
    for x in succ.get(u, set()) & pred.get(u, set()):
        if below(x):
            total -= sum(1 for w in succ[x] & pred[x] if w != u and below(w))
    return total


def _on_cycles(lg: LoopGraph) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Successor and predecessor name sets, without the companies that only pay
    or only get paid (peeled repeatedly: no loop goes through them)."""
    succ = {n: {x for _, x in adj} for n, adj in lg.succ.items()}
    pred = {n: {x for _, x in adj} for n, adj in lg.pred.items()}
    dead = [n for n in set(succ) | set(pred) if not succ.get(n) or not pred.get(n)]
    while dead:
        n = dead.pop()
        for side, other in ((succ, pred), (pred, succ)):
            for x in side.pop(n, ()):
                other[x].discard(n)
                if not other[x] and x in side:
                    dead.append(x)
    return succ, pred


def _count_short(lg: LoopGraph, company: str | None, deadline: float) -> LoopCount:
    """Loops of 2, 3 and 4 companies from neighbour sets. Over the whole graph
    each loop is counted once, from its highest-ranked company (ranked by
    degree), so walks never pass through a bigger hub and a count cut short
    by the deadline is a lower bound."""
    succ, pred = _on_cycles(lg)
    if company is not None:
        if company not in succ:
            return LoopCount({2: 0, 3: 0, 4: 0})
        return LoopCount({2: sum(1 for v in succ[company] if company in succ[v] and _is_loop(lg, [company, v])),
                          3: sum(len(succ[x] & pred[company]) for x in succ[company]),
                          4: _fours(succ, pred, company)})
    twos = sum(1 for u in succ for v in succ[u] if u < v and u in succ[v] and _is_loop(lg, [u, v]))
    order = {n: i for i, n in enumerate(sorted(succ, key=lambda n: (len(succ[n]) + len(pred[n]), n)))}
    threes = fours = 0
    for u in order:  # the cheapest first
        if time.monotonic() > deadline:
            return LoopCount({2: twos, 3: threes, 4: fours}, {3, 4})
        below = lambda x, r=order[u]: order[x] < r  # noqa: E731
        threes += sum(1 for x in succ[u] if below(x) for y in succ[x] & pred[u] if below(y))
        fours += _fours(succ, pred, u, below)
    return LoopCount({2: twos, 3: threes, 4: fours})


def _count_long(lg: LoopGraph, company: str | None, max_length: int, deadline: float) -> LoopCount:
    """Loops of 5 or more companies by walking them, until the deadline."""
    counts: Counter = Counter()
    if company is not None:
        walks = _through(lg, company, max_length)
    else:
        succ: dict = defaultdict(list)
        pred: dict = defaultdict(list)

        def closing() -> Iterator[list[str]]:
            for (a, b), w in lg.weight.items():
                succ[a].append((w, b))
                pred[b].append((w, a))
                yield from _paths(succ, pred, b, a, max_length - 1)
        walks = closing()
    for n, cycle in enumerate(walks):
        if len(cycle) >= 5:
            counts[len(cycle)] += 1
        if n % 1000 == 0 and time.monotonic() > deadline:
            return LoopCount({k: counts[k] for k in range(5, max_length + 1)}, set(range(5, max_length + 1)))
    return LoopCount({k: counts[k] for k in range(5, max_length + 1)})


def _count(lg: LoopGraph, company: str | None, max_length: int, deadline: float) -> LoopCount:
    if company is not None and company not in lg.succ:
        return LoopCount({k: 0 for k in range(2, max_length + 1)})
    short = _count_short(lg, company, deadline)
    counts = {k: short.by_length[k] for k in range(2, min(max_length, 4) + 1)}
    at_least = short.at_least & set(counts)
    if max_length > 4:
        long = _count_long(lg, company, max_length, deadline)
        counts.update(long.by_length)
        at_least |= long.at_least
    return LoopCount(counts, at_least)


def _count_all(lg: LoopGraph, max_length: int, company: str | None, deadline: float) -> LoopCount:
    _check(max_length, None)
    count = _count(lg, company, max_length, deadline)
    if count.exact:
        known = _count(lg.with_amounts(), company, max_length, deadline)
        if known.exact:
            count.without_amount = count.total - known.total
    return count


@_without_gc
def count_loops(g: nx.DiGraph, max_length: int = 4, company: str | None = None, with_ties: bool = False,
                seconds: float = COUNT_SECONDS) -> LoopCount:
    """How many loops of each length (2 to ``max_length``) there are, through
    ``company`` if given, and how many of them have a hop of unknown amount.
    Counting stops after about ``seconds``: the lengths it did not finish are
    lower bounds, and the unknown-amount count is then left out (None)."""
    deadline = time.monotonic() + seconds
    return _count_all(loop_graph(g, with_ties), max_length, company, deadline)


# ---- what the CLI and the app show ----------------------------------------------------------

@dataclass
class LoopReport:
    """The loops shown, how many there are in all and, for one company, its
    :func:`returning_share`."""
    loops: list[Loop]
    count: LoopCount
    returning: dict | None = None

    def said(self) -> str:
        """What a listing says about itself.

        >>> LoopReport([], LoopCount({2: 0})).said()
        'no loops'
        """
        if not self.count.total:
            return "no loops"
        return f"showing the {len(self.loops):,} largest of {self.count.said()} loop(s)"

    def as_dict(self) -> dict:
        return {**(self.returning or {}), "shown": len(self.loops), "count": self.count.as_dict(),
                "loops": [l.as_dict() for l in self.loops]}


@_without_gc
def loop_report(g: nx.DiGraph, max_length: int = 4, company: str | None = None, limit: int = DEFAULT_LOOP_LIMIT,
                with_ties: bool = False, seconds: float = COUNT_SECONDS) -> LoopReport:
    """The ``limit`` largest loops (through ``company`` if given) and the count of all of them."""
    lg = loop_graph(g, with_ties)
    loops = _find(lg, max_length, company, limit)
    return LoopReport(loops, _count_all(lg, max_length, company, time.monotonic() + seconds),
                      returning_share(lg, company) if company is not None else None)


def returning_share(lg: LoopGraph, company: str) -> dict:
    """A company's inbound money and how much of it comes from companies it pays."""
    pays = _names(lg.succ, company)
    inbound = sum(w for w, _ in lg.pred.get(company, ()))
    back = sum(w for w, a in lg.pred.get(company, ()) if a in pays)
    return {"company": company, "inbound_usd": inbound, "returning_usd": back,
            "returning_share": (back / inbound) if inbound else None}


@_without_gc
def returning_shares(g: nx.DiGraph, with_ties: bool = False) -> list[dict]:
    """:func:`returning_share` of every company with inbound money, largest returning amount first."""
    lg = loop_graph(g, with_ties)
    shares = [returning_share(lg, c) for c in lg.pred]
    return sorted((s for s in shares if s["inbound_usd"]), key=lambda s: (-s["returning_usd"], s["company"]))


def company_view(g: nx.DiGraph, company: str, max_length: int = 4, limit: int = DEFAULT_LOOP_LIMIT,
                 with_ties: bool = False, seconds: float = COUNT_SECONDS) -> dict:
    """The loops a company sits in (the ``limit`` largest and their count), and
    the share of its inbound money that comes from companies it pays."""
    return loop_report(g, max_length, company, limit, with_ties, seconds).as_dict()
