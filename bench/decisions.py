"""What decisions cost the write path: the same articles written into three embedded
stores side by side, one holding no decisions, one a decision on one article in
ten, and one a decision on every article (a third rejected, a third edited, a
third accepted), so each batch's deals are built with their decisions applied.

Prints seconds for each and the ratios to no decisions. Usage: python bench/decisions.py [ARTICLES]
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from graph.decisions import make_decision
from graph.falkor_backend import FalkorStore
from graph.schema import entity_id, pair_key

BATCH = 100
KINDS = ("investment", "compute_purchase", "hardware_purchase")


def articles(n: int, offset: int = 0) -> list[dict]:
    """n articles, each one deal between two of 400 made-up companies."""
    out = []
    for i in range(offset, offset + n):
        a, b = f"Firm {i % 400:03d}", f"Firm {(i * 7 + 1) % 400:03d}"
        if a == b:
            b = f"Firm {(i + 1) % 400:03d}"
        kind = KINDS[i % 3]
        out.append({"article": {"id": f"bench-{i}", "published": f"2025-{1 + i % 12:02d}-01"},
                    "entities": [{"type": "Company", "name": a}, {"type": "Company", "name": b}],
                    "commitments": [{"kind": kind, "from": a, "to": b, "amount_usd": 1e9 * (1 + i % 5),
                                     "sentence": f"{a} commits to {b} in deal {i}.", "date": f"2025-{1 + i % 12:02d}-01"}]})
    return out


def decisions_for(batch: list[dict], every: int = 1) -> list:
    """A decision on every ``every``-th article's deal."""
    out = []
    for n, facts in enumerate(batch):
        if n % every:
            continue
        c = facts["commitments"][0]
        action = ("reject", "edit", "accept")[n % 3]
        out.append(make_decision(target_kind="commitment", target=f"c-bench-{n}", action=action,
                                 changes={"amount_usd": 2e9} if action == "edit" else {}, who="bench",
                                 when="2025-06-01T00:00:00+00:00",
                                 pair_key=pair_key(c["kind"], entity_id(c["from"]), entity_id(c["to"])),
                                 sentences=[c["sentence"]]))
    return out


def timed_write(store: FalkorStore, batch: list[dict]) -> float:
    start = time.perf_counter()
    for i in range(0, len(batch), BATCH):
        store.write_articles(batch[i:i + BATCH])
    return time.perf_counter() - start


def main(n: int) -> None:
    batch = articles(n)
    times, shown = {}, {}
    with tempfile.TemporaryDirectory() as tmp:
        stores = {every: FalkorStore(Path(tmp) / f"every-{every}.db") for every in (1, 10, None)}
        try:
            for every, store in stores.items():
                store.ensure_schema()
                if every:
                    store.apply_decisions(decisions_for(batch, every))
            for every, store in stores.items():
                times[every] = timed_write(store, batch)
                shown[every] = len(store.commitments())
        finally:
            for store in stores.values():
                store.close()
    print(f"{n} articles in batches of {BATCH}: no decisions {times[None]:.2f} s; "
          f"a decision on 1 in 10 {times[10]:.2f} s (ratio {times[10] / times[None]:.2f}); "
          f"on every one {times[1]:.2f} s (ratio {times[1] / times[None]:.2f}); "
          f"commitments shown {shown[None]}, {shown[10]}, {shown[1]}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3000)
