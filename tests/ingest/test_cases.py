"""The case corpus: every case in tests/ingest/cases/*.yaml run through the
real extractor and compared exactly.

A case is a short text and every commitment it states (kind, from, to,
amount_usd, capacity_gw, upper_bound, status); nothing else may come out.
Rumoured, in-talks and denied deals are compared too, with their status.
A case the extractor gets wrong today carries ``xfail: "<why>"`` and runs as
a strict xfail: when it starts passing, the run fails until the marker goes.

Print how many cases pass and how many are marked xfail, per tag:

    .venv/bin/python -m tests.ingest.test_cases
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Literal

import pytest
from pydantic import BaseModel, ConfigDict, Field

try:
    import yaml
except ImportError:  # pragma: no cover - the test extras bring it
    sys.exit("error: the case corpus needs pyyaml; re-run `bash .ci/install` (it is in the test extras)")

from ingest.extract import Extractor
from ingest.loaders import RawArticle
from ingest.models import Extraction

CASES_DIR = Path(__file__).parent / "cases"
MIN_CASES = 300   # issue 11 point 6: at least 300 cases
KINDS = ("investment", "compute_purchase", "hardware_purchase", "partnership", "distribution", "acquisition")
# How a case is built; a case names one or more. Kinds are added from its expectations.
CONSTRUCTIONS = {
    "active", "passive", "coordination", "relative clause", "apposition", "nominalisation", "light verb",
    "prepositional figure", "compound modifier", "possessive", "reference", "cross-sentence", "comparator list",
    "speaker", "hedge", "round total", "valuation", "base+option", "non-USD", "capacity", "upper bound", "floor",
    "investor list", "background tie", "stake", "warrant", "venture", "vehicle", "headline", "bullets", "open-world name",
    "reverse side", "not a deal", "running total", "purpose clause", "issue example",
    "defined term",     # filings and agreements: 'Acme Ltd (the "Company")', then "the Company"
    "correction",   # written from people's review decisions (dealgraph corrections export --as-cases)
}


class Expected(BaseModel):
    """One commitment a case states. Amounts may be written 4e9 (read as text, then as a number)."""
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    kind: Literal[KINDS]
    from_: str = Field(alias="from")
    to: str
    amount_usd: float | None = None
    capacity_gw: float | None = None
    upper_bound: bool = False
    status: Literal["announced", "rumoured", "in_talks", "denied"] = "announced"
    currency: str | None = None          # checked only where a case gives it (non-USD figures)
    amount_original: float | None = None

    def key(self) -> tuple:
        return commitment_key(self.kind, self.from_, self.to, self.amount_usd, self.capacity_gw,
                              self.upper_bound, self.status)


class Absent(BaseModel):
    """A commitment that must not come out, in any status and with any figure."""
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    kind: Literal[KINDS]
    from_: str = Field(alias="from")
    to: str


class Case(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    text: str
    tags: list[str]
    expect: list[Expected] = Field(default_factory=list)
    absent: list[Absent] = Field(default_factory=list)
    not_companies: list[str] = Field(default_factory=list)  # words that must not become Company entities
    xfail: str | None = None

    def all_tags(self) -> list[str]:
        kinds = sorted({e.kind for e in self.expect})
        return self.tags + [f"kind: {k}" for k in kinds] + ([] if self.expect else ["kind: none"])


def commitment_key(kind, src, dst, amount, capacity, upper_bound, status) -> tuple:
    """What a case compares, with a partnership's ends in name order and figures rounded
    (whole dollars, thousandths of a gigawatt).

    >>> commitment_key("partnership", "OpenAI", "Broadcom", 1e10, None, False, "announced")
    ('partnership', 'Broadcom', 'OpenAI', 10000000000, None, False, 'announced')
    """
    if kind == "partnership":
        src, dst = sorted((src, dst))
    return (kind, src, dst, None if amount is None else round(amount),
            None if capacity is None else round(capacity, 3), upper_bound, status)


def describe(key: tuple) -> str:
    """A compared commitment in words.

    >>> describe(("investment", "NVIDIA", "Anthropic", 10000000000, None, True, "announced"))
    'investment NVIDIA -> Anthropic $10,000,000,000 (up to)'
    """
    kind, src, dst, amount, capacity, upper, status = key
    parts = [f"{kind} {src} -> {dst}"]
    parts += [f"${amount:,}"] if amount is not None else []
    parts += [f"{capacity} GW"] if capacity is not None else []
    parts += ["(up to)"] if upper else []
    parts += [f"[{status}]"] if status != "announced" else []
    return " ".join(parts)


def load_cases(folder: Path = CASES_DIR) -> list[Case]:
    """Every case of every YAML file in the folder, in file order."""
    cases = []
    for path in sorted(folder.glob("*.yaml")):
        try:
            entries = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        except yaml.YAMLError as err:
            raise ValueError(f"{path.name}: not valid YAML: {err}".replace("\n", " ")) from None
        for raw in entries:
            try:
                cases.append(Case.model_validate(raw))
            except ValueError as err:
                raise ValueError(f"{path.name}: case {raw.get('id', '?')}: {err}") from None
    return cases


def found(extraction: Extraction) -> list[tuple]:
    return sorted((commitment_key(c.kind, c.from_, c.to, c.amount_usd, c.capacity_gw, c.upper_bound, c.status)
                   for c in extraction.commitments + extraction.rumours), key=repr)


def problems(case: Case, extraction: Extraction) -> list[str]:
    """What the extraction gets wrong against the case; empty when it is right."""
    got, want = found(extraction), sorted((e.key() for e in case.expect), key=repr)
    out = []
    if got != want:
        out += [f"missing {describe(k)}" for k in want if k not in got]
        out += [f"unexpected {describe(k)}" for k in got if k not in want]
    everything = extraction.commitments + extraction.rumours
    for a in case.absent:
        pair = tuple(sorted((a.from_, a.to))) if a.kind == "partnership" else (a.from_, a.to)
        for c in everything:
            ends = tuple(sorted((c.from_, c.to))) if c.kind == "partnership" else (c.from_, c.to)
            if c.kind == a.kind and ends == pair:
                out.append(f"must not appear: {a.kind} {a.from_} -> {a.to}")
    for e in case.expect:
        if e.currency is None and e.amount_original is None:
            continue
        for c in everything:
            if e.key() == commitment_key(c.kind, c.from_, c.to, c.amount_usd, c.capacity_gw, c.upper_bound, c.status):
                if e.currency is not None and c.currency != e.currency:
                    out.append(f"currency of {e.kind} {e.from_} -> {e.to}: {c.currency}, want {e.currency}")
                if e.amount_original is not None and c.amount_original != e.amount_original:
                    out.append(f"original amount of {e.kind} {e.from_} -> {e.to}: {c.amount_original}, "
                               f"want {e.amount_original}")
    companies = {x.name for x in extraction.entities if x.type == "Company"}
    out += [f"not a company: {w}" for w in case.not_companies if w in companies]
    return out


CASES = load_cases()


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


def test_the_corpus_is_well_formed():
    ids = Counter(c.id for c in CASES)
    assert len(CASES) >= MIN_CASES, len(CASES)
    assert [i for i, n in ids.items() if n > 1] == []
    unknown = {t for c in CASES for t in c.tags} - CONSTRUCTIONS
    assert unknown == set(), f"tags not in CONSTRUCTIONS: {unknown}"
    assert {e.kind for c in CASES for e in c.expect} == set(KINDS)
    assert all(c.xfail is None or c.xfail.strip() for c in CASES)
    contradictions = [c.id for c in CASES for a in c.absent for e in c.expect
                      if (a.kind, a.from_, a.to) == (e.kind, e.from_, e.to)]
    assert contradictions == [], "cases that expect what they also forbid"


def test_the_report_names_each_case_that_disagrees_with_its_marker(extractor):
    text = "Salesforce Ventures invested $150 million in Harvey on Tuesday."
    deal = {"kind": "investment", "from": "Salesforce Ventures", "to": "Harvey", "amount_usd": 1.5e8}
    cases = [Case(id="right", text=text, tags=["active"], expect=[deal]),
             Case(id="marked-but-right", text=text, tags=["active"], expect=[deal], xfail="thought wrong"),
             Case(id="wrong-unmarked", text=text, tags=["active"], expect=[{**deal, "amount_usd": 2e8}])]
    lines = report(cases, extractor).splitlines()
    assert lines[1].split() == ["all", "3", "1", "0", "2"]
    assert lines[-2:] == ["STALE XFAIL: marked-but-right", "UNMARKED FAILURE: wrong-unmarked"]


def _param(case: Case):
    marks = [pytest.mark.xfail(reason=case.xfail, strict=True)] if case.xfail else []
    return pytest.param(case, id=case.id, marks=marks)


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_case(extractor, case):
    wrong = problems(case, extractor.extract(RawArticle(case.text, f"case {case.id}")))
    assert wrong == [], "\n".join(wrong)


def report(cases: list[Case], extractor: Extractor) -> str:
    """A table of cases per tag: how many pass, how many are marked xfail, and
    how many disagree with their marker (a pass marked xfail, or a failure unmarked),
    then each disagreeing case by id.

    >>> print(report([passing, stale], extractor).splitlines()[-1])  # doctest: +SKIP
    STALE XFAIL: inv-light-verb-poured
    """
    rows: dict[str, Counter] = {}
    disagreeing: list[str] = []
    for case in cases:
        ok = not problems(case, extractor.extract(RawArticle(case.text, f"case {case.id}")))
        state = ("pass" if ok else "UNMARKED FAILURE") if not case.xfail else ("STALE XFAIL" if ok else "xfail")
        if state.isupper():
            disagreeing.append(f"{state}: {case.id}")
        for tag in ["all"] + case.all_tags():
            rows.setdefault(tag, Counter())[state] += 1
    lines = [f"{'tag':<24}{'cases':>6}{'pass':>6}{'xfail':>6}  disagreeing"]
    for tag in sorted(rows, key=lambda t: (t != "all", t.startswith("kind"), t)):
        n = rows[tag]
        odd = n["UNMARKED FAILURE"] + n["STALE XFAIL"]
        lines.append(f"{tag:<24}{sum(n.values()):>6}{n['pass']:>6}{n['xfail']:>6}  {odd or ''}")
    return "\n".join(lines + disagreeing)


if __name__ == "__main__":
    print(report(CASES, Extractor()))
