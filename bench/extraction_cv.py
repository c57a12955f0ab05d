"""Commitments F1 in 5-fold cross-validation by document: the patterns and
rules alone, and with the relation scorer trained on the other four folds.

    .venv/bin/python -m bench.extraction_cv ../shared/eval/dev

Folds are fixed (document i, sorted by name, goes to fold i mod 5). Prints
each fold and the mean for both, then the per-kind table of the pooled
out-of-fold predictions. Ratios only, measured side by side in one run.
"""
from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

import numpy as np

from ingest.extract import Extractor
from ingest.scorer import RelationScorer
from ingest.train import fit, labelled_documents, unproposed

FOLDS = 5


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def counts(docs: list[dict], keep) -> dict[str, list[int]]:
    """tp/fp/fn overall ("all") and per kind, keeping the rows `keep` accepts."""
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for d in docs:
        kept = {key for f, _, key in d["rows"] if keep(f)}
        for key in kept:
            hit = key in d["gold"]
            for label in ("all", key[0]):
                out[label][0 if hit else 1] += 1
        for key in d["gold"] - kept:
            for label in ("all", key[0]):
                out[label][2] += 1
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold_dir", type=Path)
    args = ap.parse_args()
    docs = labelled_documents(args.gold_dir, Extractor(scorer=False))
    folds = [[d for i, d in enumerate(docs) if i % FOLDS == k] for k in range(FOLDS)]
    pooled_rules: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    pooled_model: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    f_rules, f_model = [], []
    print(f"{'fold':>4} {'docs':>5} {'rules F1':>9} {'rules+model F1':>15} {'threshold':>10}")
    for k, test in enumerate(folds):
        train = [d for j, fold in enumerate(folds) if j != k for d in fold]
        scorer = RelationScorer(fit([(f, label) for d in train for f, label, _ in d["rows"]], unproposed(train)))
        rules = counts(test, lambda f: True)
        model = counts(test, lambda f: scorer.keeps(f)[0])
        for pooled, c in ((pooled_rules, rules), (pooled_model, model)):
            for label, v in c.items():
                pooled[label] = [a + b for a, b in zip(pooled[label], v)]
        f_rules.append(prf(*rules["all"])[2])
        f_model.append(prf(*model["all"])[2])
        print(f"{k + 1:>4} {len(test):>5} {f_rules[-1]:>9.3f} {f_model[-1]:>15.3f} {scorer.threshold:>10}")
    print(f"mean       {np.mean(f_rules):>9.3f} {np.mean(f_model):>15.3f}")
    print(f"\n{'kind':20} {'rules P/R/F1':>22} {'rules+model P/R/F1':>22}")
    for label in sorted(pooled_rules, key=lambda x: (x != "all", x)):
        r, m = prf(*pooled_rules[label]), prf(*pooled_model[label])
        print(f"{label:20} {r[0]:6.3f} {r[1]:6.3f} {r[2]:6.3f}   {m[0]:6.3f} {m[1]:6.3f} {m[2]:6.3f}")


if __name__ == "__main__":
    main()
