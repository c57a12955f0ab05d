"""People's decisions back into extraction: ``dealgraph corrections export --as-cases FILE``.

Every source sentence of a decided commitment becomes one case of the extraction
corpus (the format of ``tests/ingest/cases/*.yaml``, read by
``tests/ingest/test_cases.py``):

- ``text``: the sentence; ``tags``: ``[correction]``;
- ``expect``: every commitment the store now reads from that sentence, with the
  figures that sentence gives (a person's edit replaces them): accepted and edited
  facts as the person left them, unreviewed ones as extracted;
- ``absent``: the rejected commitments of the sentence;
- ``xfail``: set when a person rejected or edited a fact of the sentence (the
  extractor got it wrong when it read it); the corpus runs such cases as strict
  xfails, so the marker goes once the extractor learns.

The same cases are written as training documents for the relation scorer, in the
gold format ``python -m ingest.train DIR`` reads (``<id>.txt`` and ``<id>.json``
with the commitments the sentence states), in the folder ``<FILE stem>-training``.

>>> print(case_yaml({"id": "review-1", "text": 'Ada pays "Bo" $5M.', "tags": ["correction"],
...                  "expect": [{"kind": "investment", "from": "Ada", "to": "Bo", "amount_usd": 5e6}]}))
- id: "review-1"
  text: "Ada pays \\"Bo\\" $5M."
  tags: ["correction"]
  expect:
    - {kind: investment, from: "Ada", to: "Bo", amount_usd: 5000000.0}
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from .errors import QueryError

FIGURES = ("amount_usd", "capacity_gw", "upper_bound", "status")
CASE_TAG = "correction"


@dataclass
class SentenceCase:
    """What the store says of one sentence: the facts read from it and the facts rejected."""

    text: str
    expect: dict[tuple, dict] = field(default_factory=dict)
    absent: dict[tuple, dict] = field(default_factory=dict)
    corrected_by: list[str] = field(default_factory=list)    # decision ids of rejects and edits
    decided: bool = False


def _fold(sentence: str) -> str:
    return " ".join(sentence.split())


def _fact(c: dict, source: dict | None) -> dict:
    """A commitment as a case states it: kind, ends, and the figures of this sentence (edits win)."""
    out = {"kind": c["kind"], "from": c["from_name"], "to": c["to_name"]}
    edited = set(c.get("edited") or [])
    for name in FIGURES:
        value = c.get(name) if name in edited or source is None else source.get(name)
        if name == "upper_bound":
            value = bool(value)
        if name == "status":
            value = value or "announced"
        out[name] = value
    return out


def _key(fact: dict) -> tuple:
    ends = sorted((fact["from"], fact["to"])) if fact["kind"] == "partnership" else (fact["from"], fact["to"])
    return (fact["kind"], *ends)


def sentence_cases(store) -> list[SentenceCase]:
    """The cases of every sentence a person decided something about, in the sentences' order."""
    decisions = [d for d in store.decisions() if d.target_kind == "commitment"]
    if not decisions:
        return []
    by_sentence: dict[str, SentenceCase] = {}
    order: list[str] = []

    def case(sentence: str) -> SentenceCase:
        folded = _fold(sentence)
        if folded not in by_sentence:
            by_sentence[folded] = SentenceCase(text=folded)
        return by_sentence[folded]

    for d in decisions:
        deal = store.deal(d.target)
        if deal is None:
            continue
        for _aid, _ordinal, sentence in deal["sources"]:
            if sentence:
                found = case(sentence)
                found.decided = True
                if _fold(sentence) not in order:
                    order.append(_fold(sentence))
                if d.action in ("reject", "edit"):
                    found.corrected_by.append(d.id)
        if deal.get("label") != "Commitment":   # rejected: absent from each of its sentences
            fact = _fact({**deal, "kind": deal["pair_key"].split("|")[0]}, None)
            for _aid, _ordinal, sentence in deal["sources"]:
                if sentence:
                    case(sentence).absent[_key(fact)] = fact
    for c in store.commitments():
        for s in c.get("sources", []):
            if s.get("sentence") and _fold(s["sentence"]) in by_sentence:
                fact = _fact(c, s)
                by_sentence[_fold(s["sentence"])].expect[_key(fact)] = fact
    return [by_sentence[s] for s in sorted(order)]


def _scalar(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(float(value))     # 5000000.0: a dot, so YAML reads a number
    return json.dumps(value, ensure_ascii=False)


def _fact_yaml(fact: dict) -> str:
    parts = [f"kind: {fact['kind']}", f"from: {_scalar(fact['from'])}", f"to: {_scalar(fact['to'])}"]
    for name in ("amount_usd", "capacity_gw"):
        if fact.get(name) is not None:
            parts.append(f"{name}: {_scalar(float(fact[name]))}")
    if fact.get("upper_bound"):
        parts.append("upper_bound: true")
    if fact.get("status", "announced") != "announced":
        parts.append(f"status: {fact['status']}")
    return "{" + ", ".join(parts) + "}"


def case_yaml(case: dict) -> str:
    """One case as a YAML list item (strings double-quoted, facts as flow maps)."""
    lines = [f"- id: {_scalar(case['id'])}", f"  text: {_scalar(case['text'])}",
             "  tags: [" + ", ".join(_scalar(t) for t in case["tags"]) + "]"]
    for name in ("expect", "absent"):
        facts = case.get(name) or []
        if facts:
            lines.append(f"  {name}:")
            lines += [f"    - {_fact_yaml(f) if name == 'expect' else _absent_yaml(f)}" for f in facts]
    if case.get("xfail"):
        lines.append(f"  xfail: {_scalar(case['xfail'])}")
    return "\n".join(lines)


def _absent_yaml(fact: dict) -> str:
    return "{" + f"kind: {fact['kind']}, from: {_scalar(fact['from'])}, to: {_scalar(fact['to'])}" + "}"


def as_case(n: int, sc: SentenceCase) -> dict:
    expect = [f for k, f in sorted(sc.expect.items()) if k not in sc.absent]
    case = {"id": f"review-{n:03d}", "text": sc.text, "tags": [CASE_TAG], "expect": expect,
            "absent": [f for _, f in sorted(sc.absent.items())]}
    if sc.corrected_by:
        case["xfail"] = ("a person corrected what the extractor read here (decision "
                         + ", ".join(dict.fromkeys(sc.corrected_by)) + ")")
    return case


def training_doc(case: dict) -> dict:
    """A case as a gold document for ``ingest.train``: the commitments the sentence states."""
    companies = sorted({f[end] for f in case["expect"] + case["absent"] for end in ("from", "to")})
    return {"doc_id": case["id"], "source": {},
            "entities": [{"type": "Company", "name": name} for name in companies],
            "commitments": [{"kind": f["kind"], "from": f["from"], "to": f["to"], "amount_usd": f.get("amount_usd"),
                             "capacity_gw": f.get("capacity_gw"), "upper_bound": bool(f.get("upper_bound")),
                             "evidence": case["text"]} for f in case["expect"]],
            "notes": "written by dealgraph corrections export --as-cases from people's review decisions"}


def export_cases(store, file: Path) -> tuple[int, Path]:
    """Write the decided sentences as cases to ``file`` and as training documents beside it;
    returns how many cases and the training folder."""
    cases = [as_case(n, sc) for n, sc in enumerate(sentence_cases(store), 1)]
    file = Path(file)
    folder = file.with_name(file.stem + "-training")
    header = ("# Extraction cases from people's review decisions (dealgraph corrections export --as-cases).\n"
              "# Copy them into tests/ingest/cases/ to keep the extractor to what people decided.\n")
    try:
        file.write_text(header + "\n".join(case_yaml(c) for c in cases) + ("\n" if cases else "[]\n"),
                        encoding="utf-8")
        folder.mkdir(parents=True, exist_ok=True)
        for c in cases:
            (folder / f"{c['id']}.txt").write_text(c["text"] + "\n", encoding="utf-8")
            (folder / f"{c['id']}.json").write_text(json.dumps(training_doc(c), indent=1, ensure_ascii=False) + "\n",
                                                    encoding="utf-8")
    except OSError as exc:
        raise QueryError(f"cannot write {exc.filename or file}: {exc.strerror or exc}") from None
    return len(cases), folder
