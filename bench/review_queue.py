"""What ranking the review queue costs beside reading the commitments it ranks, measured
side by side in one run on the embedded store (bench/analytics.py's synthetic graph, with
a confidence on every source).

Usage: python -m bench.review_queue [COMMITMENTS] [REPEAT]

Prints, for each step, the median time over REPEAT runs and its ratio to the read:
the read (``store.commitments()``), the queue from those rows (``review_queue``), and
``store_queue`` for the first 20 as ``review list`` shows them (read, aliases, ranking,
marking their sentences); and ranking with only the first 25 built, as the Review page does.
"""
from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench.analytics import synthetic
from bench.webapp import facts_from
from graph.falkor_backend import FalkorStore
from graph.review_queue import company_aliases, review_queue, store_queue


def median_s(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    repeat = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    with tempfile.TemporaryDirectory() as tmp:
        store = FalkorStore(Path(tmp) / "bench.db")
        store.ensure_schema()
        facts = facts_from(synthetic(n, seed=5))
        for i, f in enumerate(facts):
            f["commitments"][0]["confidence"] = 0.5 + (i % 50) / 100
        for i in range(0, len(facts), 200):
            store.write_articles(facts[i:i + 200])
        rows = store.commitments()
        aliases = company_aliases(store.entities("Company"))
        read = median_s(store.commitments, repeat)
        rank = median_s(lambda: review_queue(rows, aliases), repeat)
        top = median_s(lambda: review_queue(rows, aliases, 25), repeat)
        whole = median_s(lambda: store_queue(store, 20), repeat)
        store.close()
    print(f"{len(rows):,} commitments, {repeat} runs each, median:")
    print(f"  read the commitments        {read * 1000:8.1f} ms   1.00")
    print(f"  rank them (review_queue)    {rank * 1000:8.1f} ms   {rank / read:.2f} of the read")
    print(f"  its first 25 (the app)      {top * 1000:8.1f} ms   {top / read:.2f} of the read")
    print(f"  store_queue, first 20       {whole * 1000:8.1f} ms   {whole / read:.2f} of the read")


if __name__ == "__main__":
    main()
