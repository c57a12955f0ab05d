"""Flow graph, loops (at most 4 companies) and concentration on synthetic
graphs with a heavy-tailed (Zipf-like) choice of companies, so a few hubs
sit in most deals.

For each size it times: building the flow graph; the 100 largest loops;
the 100 largest loops through the biggest hub (``co0``); counting every loop
(per length; a lower bound if counting hits its time limit); concentration.
Side by side, on the same loop graph, networkx's ``simple_cycles`` lists loops
until a time limit; where it finishes, the bench sorts its loops and checks
that the top 100 equal ours, and prints the ratio.

Usage: python -m bench.analytics [N ...] [--nx-seconds S]   (default 1000 10000 100000, S = 20)
"""
from __future__ import annotations

import random
import sys
import time
from itertools import accumulate

import networkx as nx

from graph.concentration import CATEGORIES, company_concentration, market_concentration
from graph.flow import build_flow_graph
from graph.loops import count_loops, find_loops, loop_from, loop_graph, rank

KINDS = ["investment", "compute_purchase", "hardware_purchase", "partnership", "distribution"]
TOP = 100
HUB = "co0"


def synthetic(n: int, seed: int = 11) -> list[dict]:
    rng = random.Random(seed)
    companies = max(50, n // 10)
    cum = list(accumulate(1 / (i + 1) ** 1.1 for i in range(companies)))  # heavy tail: a few hubs
    names = [f"co{i}" for i in range(companies)]
    out = []
    for i in range(n):
        a, b = rng.choices(names, cum_weights=cum, k=2)
        if a == b:
            b = names[(int(a[2:]) + 1) % companies]
        out.append({"id": f"c{i}", "kind": rng.choice(KINDS), "from_name": a, "to_name": b,
                    "amount_usd": rng.choice([None, rng.lognormvariate(20, 2)]), "upper_bound": rng.random() < 0.2,
                    "status": "announced", "date": f"2025-{rng.randint(1, 12):02d}-01", "sources": []})
    return out


def timed(fn, *args, **kw):
    t = time.perf_counter()
    out = fn(*args, **kw)
    return out, time.perf_counter() - t


def networkx_side(g: nx.DiGraph, seconds: float) -> tuple[list | None, int, float]:
    """networkx lists every loop (on the same hops), then sorts: (ranked loops or None if the
    time limit came first, loops listed, seconds)."""
    lg = loop_graph(g)
    t = time.perf_counter()
    listed = []
    for cycle in nx.simple_cycles(nx.DiGraph(list(lg.deals)), length_bound=4):
        listed.append(cycle)
        if len(listed) % 1000 == 0 and time.perf_counter() - t > seconds:
            return None, len(listed), time.perf_counter() - t
    ranked = sorted((loop_from(lg, c) for c in listed), key=rank)
    return ranked, len(listed), time.perf_counter() - t


def run(n: int, nx_seconds: float) -> None:
    rows, gen = timed(synthetic, n)
    g, flow = timed(build_flow_graph, rows)
    top, top_t = timed(find_loops, g, 4, limit=TOP)
    hub, hub_t = timed(find_loops, g, 4, HUB, limit=TOP)
    count, count_t = timed(count_loops, g, 4)
    hub_count, hub_count_t = timed(count_loops, g, 4, HUB)
    t = time.perf_counter()
    for cat in CATEGORIES:
        company_concentration(rows, cat)
        market_concentration(rows, cat)
    conc = time.perf_counter() - t
    ranked, listed, nx_t = networkx_side(g, nx_seconds)
    print(f"{n:,} commitments ({g.number_of_nodes():,} companies, {g.number_of_edges():,} flow edges; "
          f"generated in {gen:.1f} s)")
    print(f"  flow graph            {flow:8.3f} s")
    print(f"  top {TOP} loops         {top_t:8.3f} s")
    print(f"  top {TOP} through {HUB}   {hub_t:8.3f} s")
    print(f"  count all loops       {count_t:8.3f} s   {count.said()} {dict(count.by_length)}, "
          f"{'?' if count.without_amount is None else f'{count.without_amount:,}'} without an amount")
    print(f"  count through {HUB}     {hub_count_t:8.3f} s   {hub_count.said()} {dict(hub_count.by_length)}")
    print(f"  concentration         {conc:8.3f} s")
    if ranked is None:
        print(f"  networkx simple_cycles: stopped at the {nx_seconds:g} s limit after listing {listed:,} loops "
              f"(of {count.said()}); ours: top {TOP} in {top_t:.3f} s")
    else:
        same = [l.companies for l in ranked[:TOP]] == [l.companies for l in top]
        same_hub = [l.companies for l in ranked if HUB in l.companies][:TOP] == [l.companies for l in hub]
        print(f"  networkx simple_cycles + sort: {listed:,} loops in {nx_t:.3f} s; ours x{nx_t / top_t:.1f} faster "
              f"(top {TOP}), x{nx_t / hub_t:.1f} ({HUB}); same top {TOP}: {same}, same {HUB} top {TOP}: {same_hub}")


def main() -> None:
    args = sys.argv[1:]
    nx_seconds = 20.0
    if "--nx-seconds" in args:
        i = args.index("--nx-seconds")
        nx_seconds = float(args[i + 1])
        del args[i:i + 2]
    for n in [int(a) for a in args] or [1_000, 10_000, 100_000]:
        run(n, nx_seconds)


if __name__ == "__main__":
    main()
