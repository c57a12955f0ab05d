"""The trained relation scorer: how sure we are that a proposed commitment
is a deal the article states, from what proposed it and how.

The patterns and rules propose (kind, from, to) with their evidence; the
scorer, a logistic regression over the features below, sets each
commitment's `confidence` and drops those under its threshold. The weights
ship in `ingest/data/scorer.json` (written by `python -m ingest.train`).

>>> f = features("investment", [], Context(focus="Anthropic", counts={"Anthropic": 3}), "NVIDIA", "Anthropic", set())
>>> f["kind=investment"], f["dst_is_focus"]
(1.0, 1.0)
>>> RelationScorer({"bias": 0.0, "weights": {"kind=investment": 2.0}, "threshold": 0.5}).probability(f) > 0.5
True
"""
from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass, field
from importlib import resources

from .relations import Candidate

ROLES = ("cloud_providers", "chip_vendors", "model_labs")
WEIGHTS_FILE = "data/scorer.json"


@dataclass(slots=True)
class Context:
    """What the scorer knows of the whole article."""
    focus: str | None                       # the company the article names most
    counts: Counter | dict = field(default_factory=Counter)   # company -> mentions


def features(kind: str, cands: list[Candidate], ctx: Context, src: str, dst: str,
             roles: set[tuple[str, str]]) -> dict[str, float]:
    """Features of one proposed commitment: its kind, what proposed it,
    how often, the figures found, and the ends' known roles.

    `roles` holds (end, role) pairs from the gazetteer: ("dst", "cloud_providers")."""
    f: dict[str, float] = {f"kind={kind}": 1.0}
    # one pass over the candidates (the features are asked of every commitment of every article)
    sources: dict[str, None] = {}   # in the order first seen
    starts = set()
    has_amount = has_capacity = False
    top, first, shortest = 0.0, None, None
    for c in cands:
        sources[c.source] = None
        sent = c.sent
        start, words = sent.start, len(sent)
        starts.add(start)
        if c.amount is not None:
            has_amount = True
        if c.capacity is not None:
            has_capacity = True
        if first is None:
            top, first, shortest = c.confidence, start, words
        else:
            top, first, shortest = max(top, c.confidence), min(first, start), min(shortest, words)
    for source in sources:
        f[f"src={source}"] = 1.0
        f[f"kind={kind}&src={'pattern' if source != 'rules' else 'rules'}"] = 1.0
    if len(sources) > 1 and "rules" in sources:
        f["rules_and_pattern"] = 1.0
    f["log_support"] = math.log1p(len(cands))
    f["sentences"] = math.log1p(len(starts))
    f["has_amount"] = float(has_amount)
    f["has_capacity"] = float(has_capacity)
    f["max_confidence"] = top
    f["src_is_focus"] = float(src == ctx.focus)
    f["dst_is_focus"] = float(dst == ctx.focus)
    counts = ctx.counts
    f["src_mentions"] = math.log1p(counts.get(src, 0))
    f["dst_mentions"] = math.log1p(counts.get(dst, 0))
    for end, role in roles:
        f[f"{end}_{role}"] = 1.0
        f[f"kind={kind}&{end}_{role}"] = 1.0
    if first is not None:
        f["first_sentence"] = float(first == 0)
        f["sentence_words"] = math.log1p(shortest)
    return f


class RelationScorer:
    """A logistic regression over `features` (weights by feature name)."""

    def __init__(self, model: dict):
        self.bias = float(model["bias"])
        self.weights: dict[str, float] = model["weights"]
        self.threshold = float(model.get("threshold", 0.5))

    @classmethod
    def shipped(cls) -> "RelationScorer | None":
        """The weights shipped in the package, or None where none are."""
        path = resources.files("ingest").joinpath(WEIGHTS_FILE)
        if not path.is_file():
            return None
        return cls(json.loads(path.read_text("utf-8")))

    def probability(self, f: dict[str, float]) -> float:
        weight, total = self.weights.get, 0   # summed in the features' order, as sum() would
        for name, value in f.items():
            total += weight(name, 0.0) * value
        z = self.bias + total
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def keeps(self, f: dict[str, float]) -> tuple[bool, float]:
        p = self.probability(f)
        return p >= self.threshold, p
