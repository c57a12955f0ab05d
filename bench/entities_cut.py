"""Entity and commitment scores on an annotated set, with the full gazetteer
and with the gazetteer cut to the companies the gold files do not name,
side by side in one run.

Every company of the dev golds is in the shipped gazetteer, which flatters
recall: the cut run shows how extraction fares on companies it was never
told about (the open world). Predictions are scored in memory with the
evaluation's own scorer; nothing of the evaluation texts is written anywhere.

With --cues-only a third run ("cues") also cuts the models and products the
golds name: known products and models are found without any cue, so where
the golds name them the company cut alone still flatters the figure.

Usage, from the repository root:
    python -m bench.entities_cut [EVAL_DIR] [--cues-only] [--per-doc]
EVAL_DIR holds score.py and dev/ (default: ../shared/eval beside the checkout).
--per-doc lists each document's misses in the last run.
"""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

from graph.schema import normalise_name
from ingest.extract import Extractor
from ingest.gazetteer import Gazetteer, load_gazetteer
from ingest.loaders import RawArticle, load

ROOT = Path(__file__).resolve().parents[1]
TYPES = ("Company", "Model", "Hardware", "Product")
ROWS = ["entities", *(f"entity:{t}" for t in TYPES), "commitments"]


def load_scorer(eval_dir: Path):
    """The evaluation's score.py as a module (its norm, Resolver, prf)."""
    spec = importlib.util.spec_from_file_location("dev_score", eval_dir / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gold_names(golds: dict[str, dict], types: tuple[str, ...] = ("Company",)) -> set[str]:
    """Normalised names and aliases of every entity of `types` the golds list."""
    return {normalise_name(form) for gold in golds.values() for e in gold["entities"] if e["type"] in types
            for form in [e["name"], *e.get("aliases", [])]}


def predict(gazetteer: Gazetteer, articles: dict[str, RawArticle]) -> dict[str, dict]:
    ex = Extractor(gazetteer=gazetteer)
    return {doc_id: ex.extract(article, doc_id).contract_json() for doc_id, article in articles.items()}


def score(scorer, golds: dict[str, dict], preds: dict[str, dict]) -> tuple[dict, dict]:
    """Micro P/R/F1 per row of ROWS, amount accuracy, and each document's misses."""
    counts = {row: [0, 0, 0] for row in ROWS}
    amounts = [0, 0]
    misses = {}
    for doc_id, gold in golds.items():
        pred, res = preds[doc_id], scorer.Resolver(gold)
        ge, pe = scorer.entity_keys(gold, res), scorer.entity_keys(pred, res)
        for row, keep in [("entities", lambda k: True)] + [(f"entity:{t}", lambda k, t=t: k[0] == t) for t in TYPES]:
            g, p = {k for k in ge if keep(k)}, {k for k in pe if keep(k)}
            _add(counts[row], g, p)
        gc, pc = scorer.commitment_map(gold, res), scorer.commitment_map(pred, res)
        _add(counts["commitments"], set(gc), set(pc))
        for key in gc.keys() & pc.keys():
            if gc[key].get("amount_usd") is not None:
                amounts[1] += 1
                amounts[0] += scorer.close(pc[key].get("amount_usd"), gc[key]["amount_usd"])
        misses[doc_id] = {"missed": sorted(ge - pe), "extra": sorted(pe - ge)}
    report = {row: scorer.prf(*c) for row, c in counts.items()}
    report["amounts"] = {"correct": amounts[0], "total": amounts[1]}
    return report, misses


def _add(count: list[int], gold: set, pred: set) -> None:
    count[0] += len(gold & pred)
    count[1] += len(pred - gold)
    count[2] += len(gold - pred)


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    eval_dir = Path(args[0]) if args else ROOT.parent / "shared" / "eval"
    dev = eval_dir / "dev"
    if not (eval_dir / "score.py").is_file() or not dev.is_dir():
        sys.exit(f"error: no score.py and dev/ in {eval_dir}")
    scorer = load_scorer(eval_dir)
    golds = {p.stem: json.loads(p.read_text("utf-8")) for p in sorted(dev.glob("*.json"))}
    articles = {Path(a.source).stem: a for a in load([str(dev / f"{d}.txt") for d in golds])
                if isinstance(a, RawArticle)}
    full = load_gazetteer()
    runs = {"full": full, "cut": full.without_companies(gold_names(golds))}
    if "--cues-only" in sys.argv:
        runs["cues"] = runs["cut"].without_things(gold_names(golds, ("Model", "Product")))
    print(f"{len(golds)} documents; gazetteer companies: full {len(full.companies)}, "
          f"cut {len(runs['cut'].companies)} (those the golds do not name)"
          + ("; cues: cut, and no model or product the golds name" if "cues" in runs else ""))
    reports = {label: score(scorer, golds, predict(gazetteer, articles)) for label, gazetteer in runs.items()}
    print(f"{'':22}" + "   ".join(f"{label + ' P':>7}{'R':>7}{'F1':>7}" for label in runs))
    for row in ROWS:
        cells = "   ".join("".join(f"{reports[k][0][row][m]:7.3f}" for m in ("precision", "recall", "f1"))
                           for k in runs)
        print(f"{row:22} {cells}")
    print(f"{'amount accuracy':22} " + "   ".join(
        f"{reports[k][0]['amounts']['correct']:>10}/{reports[k][0]['amounts']['total']:<10}" for k in runs))
    if "--per-doc" in sys.argv:
        last = list(runs)[-1]
        for doc_id, m in reports[last][1].items():
            if m["missed"] or m["extra"]:
                print(f"{doc_id}  missed {m['missed']}  extra {m['extra']}")


if __name__ == "__main__":
    main()
