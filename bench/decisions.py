"""What decisions cost the write path: the same articles written into two embedded
stores side by side, one holding no decisions and one holding a decision on
every pair the articles report (a third rejected, a third edited, a third
accepted), so each batch's deals are built with their decisions applied.

Prints seconds for each and their ratio. Usage: python bench/decisions.py [ARTICLES]
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


def decisions_for(batch: list[dict]) -> list:
    out = []
    for n, facts in enumerate(batch):
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
    with tempfile.TemporaryDirectory() as tmp:
        plain, decided = FalkorStore(Path(tmp) / "plain.db"), FalkorStore(Path(tmp) / "decided.db")
        try:
            for store in (plain, decided):
                store.ensure_schema()
            decided.apply_decisions(decisions_for(batch))
            t_decided = timed_write(decided, batch)
            t_plain = timed_write(plain, batch)
            shown = len(decided.commitments())
        finally:
            plain.close()
            decided.close()
    print(f"{n} articles in batches of {BATCH}: no decisions {t_plain:.2f} s, "
          f"a decision on every pair {t_decided:.2f} s, ratio {t_decided / t_plain:.2f} "
          f"({shown} of {n} commitments shown; the rest rejected)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3000)
