"""Train the relation scorer: one reproducible command.

    .venv/bin/python -m ingest.train ../shared/eval/dev [--out ingest/data/scorer.json]

Every commitment the patterns and rules propose for the gold folder's
texts is labelled by whether the gold file states it (names matched as
`score.py` beside the gold folder matches them); a logistic regression
(numpy, L2, full-batch gradient descent, fixed seed-free start at zero)
is fitted to those labels and the threshold that maximises F1 on them is
kept. Only weights are written: no text.

>>> fit([({"a": 1.0}, 1), ({"b": 1.0}, 0)] * 5)["weights"]["a"] > 0
True
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

import numpy as np

from .loaders import RawArticle

L2 = 10.0   # chosen by 5-fold CV among 1, 3, 10 (bench/extraction_cv.py)
STEPS = 2000
RATE = 0.5


def _score_module(gold_dir: Path):
    """`score.py` beside the gold folder (its name matching is the contract)."""
    path = gold_dir.parent / "score.py"
    spec = importlib.util.spec_from_file_location("dealgraph_eval_score", path)
    if spec is None or not path.is_file():
        raise SystemExit(f"error: no score.py beside {gold_dir}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def labelled_documents(gold_dir: Path, extractor) -> list[dict]:
    """Per gold document: its proposals as (features, label, key) and its gold keys."""
    score = _score_module(gold_dir)
    docs = []
    paths = sorted(gold_dir.glob("*.txt"))
    articles = [RawArticle(p.read_text("utf-8"), str(p)) for p in paths]
    parsed = extractor.nlp.pipe((a.text for a in articles), batch_size=16)
    for path, article, doc in zip(paths, articles, parsed):
        gold = json.loads(path.with_suffix(".json").read_text("utf-8"))
        resolver = score.Resolver(gold)
        gold_keys = set(score.commitment_map(gold, resolver))
        extraction, feats = extractor.extract_with_features(doc, article)
        rows = []
        for c in extraction.commitments:
            key = next(iter(score.commitment_map({"commitments": [c.model_dump(by_alias=True)]}, resolver)))
            ours = (c.kind, *((sorted((c.from_, c.to))) if c.kind == "partnership" else (c.from_, c.to)))
            rows.append((feats[ours], int(key in gold_keys), key))
        docs.append({"id": path.stem, "rows": rows, "gold": gold_keys})
    return docs


def unproposed(docs: list[dict]) -> int:
    """Gold commitments that no proposal reached."""
    return sum(len(d["gold"] - {key for _, _, key in d["rows"]}) for d in docs)


def fit(rows: list[tuple[dict[str, float], int]], unproposed: int = 0) -> dict:
    """A logistic regression over feature dicts; returns bias, weights, threshold.

    `unproposed`: gold commitments no proposal reached (missed whatever the
    threshold, they weigh on the F1 the threshold is chosen by)."""
    names = sorted({n for f, _ in rows for n in f})
    index = {n: i for i, n in enumerate(names)}
    x = np.zeros((len(rows), len(names)))
    for r, (f, _) in enumerate(rows):
        for n, v in f.items():
            x[r, index[n]] = v
    y = np.array([label for _, label in rows], dtype=float)
    w, b = np.zeros(len(names)), 0.0
    for _ in range(STEPS):
        p = 1.0 / (1.0 + np.exp(-(x @ w + b)))
        grad = x.T @ (p - y) / len(y) + L2 * w / len(y)
        w -= RATE * grad
        b -= RATE * float(np.mean(p - y))
    probs = 1.0 / (1.0 + np.exp(-(x @ w + b)))
    model = {"bias": round(b, 5), "weights": {n: round(float(v), 5) for n, v in zip(names, w) if abs(v) > 1e-5}}
    model["threshold"] = best_threshold(probs, y, unproposed)
    return model


def best_threshold(probs: np.ndarray, y: np.ndarray, unproposed: int = 0) -> float:
    """The threshold with the best F1 over these proposals and the gold
    commitments never proposed."""
    best, best_f1 = 0.5, -1.0
    for t in np.arange(0.05, 0.95, 0.025):
        keep = probs >= t
        tp = float(np.sum(keep & (y == 1)))
        fp = float(np.sum(keep & (y == 0)))
        fn = float(np.sum(~keep & (y == 1))) + unproposed
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        if f1 > best_f1:
            best, best_f1 = round(float(t), 3), f1
    return best


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="Train the relation scorer from a gold folder.")
    ap.add_argument("gold_dir", type=Path)
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "data" / "scorer.json")
    args = ap.parse_args(argv)
    if not args.gold_dir.is_dir():
        sys.exit(f"error: {args.gold_dir} is not a folder")
    from .extract import Extractor

    docs = labelled_documents(args.gold_dir, Extractor(scorer=False))
    model = fit([(f, label) for d in docs for f, label, _ in d["rows"]], unproposed(docs))
    args.out.write_text(json.dumps(model, indent=1, sort_keys=True) + "\n", "utf-8")
    print(f"{len(docs)} documents, {sum(len(d['rows']) for d in docs)} proposals, "
          f"{len(model['weights'])} weights, threshold {model['threshold']} -> {args.out}")


if __name__ == "__main__":
    main()
