"""Merge throughput of the embedded store against the engine's fastest load path.

For 10k, 100k and 1M relationships (pass sizes to change), in one run:
  merge  -- dealgraph's write path: UNWIND batches of 5,000, MATCH nodes on
            the indexed id, MERGE the relationship (idempotent)
  create -- the engine's fastest Cypher load: UNWIND ... CREATE, no MERGE check
and prints rows/s for each and their ratio.  Usage: python bench/store.py [N ...]
"""
from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

from graph.falkor_backend import FalkorStore

BATCH = 5000


def run(n_rels: int) -> tuple[float, float]:
    n_nodes = max(1000, n_rels // 5)
    rng = random.Random(7)
    rels = [{"from": f"n{rng.randrange(n_nodes)}", "to": f"n{rng.randrange(n_nodes)}"} for _ in range(n_rels)]
    with tempfile.TemporaryDirectory() as tmp:
        store = FalkorStore(Path(tmp) / "bench.db")
        try:
            store.ensure_schema()
            store.upsert_nodes("Company", [{"id": f"n{i}"} for i in range(n_nodes)])
            t = time.perf_counter()
            store.upsert_relationships("PAYS", "Company", "Company", rels, batch_size=BATCH)
            merge = n_rels / (time.perf_counter() - t)
            t = time.perf_counter()
            for i in range(0, n_rels, BATCH):
                store._run("UNWIND $rows AS r MATCH (a:Company {id: r.from}) MATCH (b:Company {id: r.to}) "
                           "CREATE (a)-[:LOADED]->(b)", {"rows": rels[i:i + BATCH]})
            create = n_rels / (time.perf_counter() - t)
        finally:
            store.close()
    return merge, create


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [10_000, 100_000, 1_000_000]
    print(f"{'relationships':>14} {'merge rows/s':>14} {'create rows/s':>14} {'merge/create':>13}")
    for n in sizes:
        merge, create = run(n)
        print(f"{n:>14,} {merge:>14,.0f} {create:>14,.0f} {merge / create:>13.2f}")


if __name__ == "__main__":
    main()
