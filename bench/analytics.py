"""Flow-graph construction, loop enumeration (length <= 4) and concentration
on synthetic graphs of 1k, 10k and 100k commitments with a heavy-tailed
(Zipf-like) choice of companies; prints times and the growth ratio between
sizes.  Usage: python bench/analytics.py [N ...]
"""
from __future__ import annotations

import random
import sys
import time

from graph.concentration import CATEGORIES, company_concentration, market_concentration
from graph.flow import build_flow_graph
from graph.loops import find_loops

KINDS = ["investment", "compute_purchase", "hardware_purchase", "partnership", "distribution"]


def synthetic(n: int, seed: int = 11) -> list[dict]:
    rng = random.Random(seed)
    companies = max(50, n // 10)
    weights = [1 / (i + 1) ** 1.1 for i in range(companies)]  # heavy tail: a few hubs
    names = [f"co{i}" for i in range(companies)]
    out = []
    for i in range(n):
        a, b = rng.choices(names, weights, k=2)
        if a == b:
            b = names[(names.index(a) + 1) % companies]
        out.append({"id": f"c{i}", "kind": rng.choice(KINDS), "from_name": a, "to_name": b,
                    "amount_usd": rng.choice([None, rng.lognormvariate(20, 2)]), "upper_bound": rng.random() < 0.2,
                    "status": "announced", "date": f"2025-{rng.randint(1, 12):02d}-01", "sources": []})
    return out


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [1_000, 10_000, 100_000]
    print(f"{'commitments':>12} {'flow s':>8} {'loops s':>8} {'#loops':>8} {'concentration s':>16}")
    prev = None
    for n in sizes:
        rows = synthetic(n)
        t = time.perf_counter(); g = build_flow_graph(rows); flow = time.perf_counter() - t
        t = time.perf_counter(); loops = find_loops(g, 4); loop_t = time.perf_counter() - t
        t = time.perf_counter()
        for cat in CATEGORIES:
            company_concentration(rows, cat)
            market_concentration(rows, cat)
        conc = time.perf_counter() - t
        print(f"{n:>12,} {flow:>8.3f} {loop_t:>8.3f} {len(loops):>8,} {conc:>16.3f}")
        if prev:
            pn, pf, pl, pc = prev
            print(f"{'':>12} growth x{n / pn:g}: flow x{flow / pf:.1f}, loops x{loop_t / pl:.1f}, "
                  f"concentration x{conc / pc:.1f} (linear would be x{n / pn:g})")
        prev = (n, flow, loop_t, conc)


if __name__ == "__main__":
    main()
