"""The review queue: which stored commitments need a person, most consequential first.

Every commitment not yet reviewed is an item. Its score is the sum of the
weights of the reasons that apply to it (the rules are the table ``RULES``)
plus a size term for its amount, so a large deal with a doubtful reading
comes before a small one and, among equally doubtful deals, the larger first:

==========================  ======  ==============================================
reason                      weight  applies when
==========================  ======  ==============================================
``low_confidence``          3       the extractor's confidence (the highest of its
                                    sources) is under ``LOW_CONFIDENCE``
``figures_conflict``        3       its sources state figures that differ
``rumour_then_agreed``      2       a source reported it as rumoured or in talks
                                    and a later source as agreed
``new_company``             2       a party appears in no other commitment
size                        0 to 4  log10(amount / $100M), clipped: $1B adds 1,
                                    $10B 2, $100B 3, $1T or more 4
==========================  ======  ==============================================

Ties go to the larger amount, then to the commitment id. Each item lists its
reasons in words and its evidence: every source sentence with the parties and
the figure marked (see :func:`mark_sentence`).

>>> c = {"id": "c-1", "kind": "investment", "from_name": "Lumen Labs", "to_name": "Quill AI",
...      "amount_usd": 2e9, "status": "announced", "sources": [{"article_id": "a1",
...      "sentence": "Lumen Labs puts $2 billion into Quill AI.", "confidence": 0.4, "amount_usd": 2e9}]}
>>> [item] = review_queue([c])
>>> [r.code for r in item.reasons], round(item.score, 2)
(['low_confidence', 'new_company', 'size'], 6.3)
>>> item.evidence[0].marked
'[Lumen Labs] puts {$2 billion} into [Quill AI].'
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Callable, Iterable, Literal

from pydantic import BaseModel

from .decisions import REVIEW_STATES
from .kinds import KINDS
from .output import usd

# The scorer drops what it scores under its threshold (0.475 as trained), so what is stored
# scores at least that; its doubtful calls are the band just above it.
LOW_CONFIDENCE = 0.7
SIZE_FLOOR_USD = 1e8     # amounts at or under $100M add nothing for size
SIZE_CAP = 4.0
UNAGREED = ("rumoured", "in_talks")
# how a mark shows in plain text: parties in square brackets, the figure in braces
MARK_TEXT = {"party": ("[", "]"), "figure": ("{", "}")}


class Reason(BaseModel):
    """Why an item needs a person: a rule's code, its weight and what it found, in words."""

    code: str
    weight: float
    text: str


class Mark(BaseModel):
    """A span of an evidence sentence: a party or the figure (character offsets, end exclusive)."""

    start: int
    end: int
    role: Literal["party", "figure"]


class Evidence(BaseModel):
    """One source of an item: the sentence, its marks, and the same sentence with the marks in text."""

    article_id: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    status: str | None = None
    confidence: float | None = None
    sentence: str
    marks: list[Mark]
    marked: str


class ReviewItem(BaseModel):
    """A commitment waiting for review, with its score, its reasons and its evidence."""

    id: str
    kind: str
    from_name: str
    to_name: str
    amount_usd: float | None = None
    capacity_gw: float | None = None
    upper_bound: bool = False
    status: str = "announced"
    date: str | None = None
    confidence: float | None = None
    score: float
    reasons: list[Reason]
    evidence: list[Evidence]

    def headline(self) -> str:
        """One line: kind, parties and figure.

        >>> ReviewItem(id="c", kind="investment", from_name="A", to_name="B", amount_usd=2e9, upper_bound=True,
        ...            score=1, reasons=[], evidence=[]).headline()
        'investment: A → B, up to $2B'
        """
        figure = ("up to " if self.upper_bound else "") + usd(self.amount_usd) if self.amount_usd is not None else ""
        power = f"{self.capacity_gw:g} GW" if self.capacity_gw is not None else ""
        figures = ", ".join(x for x in (figure, power) if x)
        status = "" if self.status == "announced" else f" [{self.status}]"
        arrow = "↔" if KINDS[self.kind].undirected else "→"
        return f"{KINDS[self.kind].label}: {self.from_name} {arrow} {self.to_name}" \
            + (f", {figures}" if figures else "") + status


# ---- the rules -----------------------------------------------------------

@dataclass(frozen=True)
class Rule:
    """One reason an item may need a person: ``finds(commitment, context)`` says what it found, or None."""

    code: str
    weight: float
    finds: Callable[[dict, "QueueContext"], str | None]


@dataclass
class QueueContext:
    """What the rules know of the whole store: how many commitments name each company."""

    commitments_of: dict[str, int]


def confidence(c: dict) -> float | None:
    """The extractor's confidence in a commitment: the highest its sources give (None: none recorded)."""
    values = [s["confidence"] for s in c.get("sources", []) if s.get("confidence") is not None]
    return max(values) if values else None


def _low_confidence(c: dict, _ctx: QueueContext) -> str | None:
    value = confidence(c)
    if value is not None and value < LOW_CONFIDENCE:
        return f"the extractor's confidence is {value:.2f}, under {LOW_CONFIDENCE:.2f}"
    return None


def _figures_conflict(c: dict, _ctx: QueueContext) -> str | None:
    amounts = c.get("amount_usd_reported") or []
    powers = c.get("capacity_gw_reported") or []
    if len(amounts) > 1:
        return "the sources state different amounts: " + ", ".join(usd(a) for a in amounts)
    if len(powers) > 1:
        return "the sources state different capacities: " + ", ".join(f"{p:g} GW" for p in powers)
    return None


def _where(s: dict) -> str:
    return s.get("outlet") or s.get("title") or s.get("article_id") or "?"


def _rumour_then_agreed(c: dict, _ctx: QueueContext) -> str | None:
    sources = c.get("sources", [])   # the store lists them by publication date
    for n, early in enumerate(sources):
        if early.get("status") not in UNAGREED:
            continue
        later = next((s for s in sources[n + 1:] if (s.get("status") or "announced") == "announced"), None)
        if later:
            return (f"{_where(early)} reported it as {early['status'].replace('_', ' ')}, "
                    f"{_where(later)} later as agreed")
    return None


def _new_company(c: dict, ctx: QueueContext) -> str | None:
    new = [name for name in (c["from_name"], c["to_name"]) if ctx.commitments_of.get(name, 0) <= 1]
    if not new:
        return None
    return ("first seen here: " if len(new) == 1 else "both first seen here: ") + " and ".join(new)


RULES: tuple[Rule, ...] = (
    Rule("low_confidence", 3.0, _low_confidence),
    Rule("figures_conflict", 3.0, _figures_conflict),
    Rule("rumour_then_agreed", 2.0, _rumour_then_agreed),
    Rule("new_company", 2.0, _new_company),
)


def size_weight(amount_usd: float | None) -> float:
    """The size term: log10(amount / $100M), from 0 to 4.

    >>> size_weight(None), size_weight(5e7), size_weight(1e10), size_weight(5e13)
    (0.0, 0.0, 2.0, 4.0)
    """
    if not amount_usd or amount_usd <= SIZE_FLOOR_USD:
        return 0.0
    return min(SIZE_CAP, math.log10(amount_usd / SIZE_FLOOR_USD))


def reasons_for(c: dict, ctx: QueueContext) -> list[Reason]:
    """The reasons that apply to a commitment, in the order of ``RULES``, then its size."""
    out = []
    for rule in RULES:
        found = rule.finds(c, ctx)
        if found:
            out.append(Reason(code=rule.code, weight=rule.weight, text=found))
    size = size_weight(c.get("amount_usd"))
    if size:
        out.append(Reason(code="size", weight=round(size, 3), text=f"{usd(c['amount_usd'])} at stake"))
    return out


# ---- evidence ------------------------------------------------------------

_SCALE = {"trillion": 1e12, "tn": 1e12, "t": 1e12, "billion": 1e9, "bn": 1e9, "b": 1e9,
          "million": 1e6, "mn": 1e6, "m": 1e6, "thousand": 1e3, "k": 1e3}
_MONEY = re.compile(
    r"(?:US|A|C)?[$€£¥]\s?(?P<n1>\d[\d,]*(?:\.\d+)?)(?:\s?(?P<s1>trillion|billion|million|thousand|tn|bn|mn|[tbmk])\b)?"
    r"|(?P<n2>\d[\d,]*(?:\.\d+)?)\s?(?P<s2>trillion|billion|million|tn|bn|mn)?\s(?:US\s)?"
    r"(?:dollars|euros|pounds|yen|yuan|USD|EUR|GBP)\b", re.IGNORECASE)
_POWER = re.compile(r"(?P<n>\d[\d,]*(?:\.\d+)?)\s?(?P<u>GW|gigawatts?|MW|megawatts?)\b", re.IGNORECASE)


def _value(number: str, scale: str | None) -> float:
    return float(number.replace(",", "")) * _SCALE.get((scale or "").lower(), 1.0)


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 0.01 * max(abs(a), abs(b))


def figure_spans(sentence: str, amount_usd: float | None, capacity_gw: float | None) -> list[tuple[int, int]]:
    """Where the sentence states the source's figure: the money and power figures whose value is the
    stated one; when the figure is stated but none matches (another currency, a total), every figure.

    >>> figure_spans("Vela pays $1.5 billion of its $4 billion plan.", 1.5e9, None)
    [(10, 22)]
    """
    wanted: list[tuple[re.Match, bool]] = []
    if amount_usd is not None:
        for m in _MONEY.finditer(sentence):
            n, s = (m.group("n1"), m.group("s1")) if m.group("n1") else (m.group("n2"), m.group("s2"))
            wanted.append((m, _close(_value(n, s), amount_usd)))
    if capacity_gw is not None:
        for m in _POWER.finditer(sentence):
            gw = float(m.group("n").replace(",", "")) / (1000 if m.group("u").lower().startswith("m") else 1)
            wanted.append((m, _close(gw, capacity_gw)))
    exact = [m for m, ok in wanted if ok]
    return sorted((m.start(), m.end()) for m in (exact or [m for m, _ in wanted]))


def party_spans(sentence: str, names: Iterable[str]) -> list[tuple[int, int]]:
    """Where any of the names (a party's name and its aliases) occurs as a whole word, case-blind.

    >>> party_spans("Nvidia and NVIDIA Corp. agree.", ["NVIDIA", "NVIDIA Corp."])
    [(0, 6), (11, 23)]
    """
    spans: list[tuple[int, int]] = []
    for name in sorted({n for n in names if n and n.strip()}, key=len, reverse=True):
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", sentence, re.IGNORECASE):
            if not any(a < m.end() and m.start() < b for a, b in spans):
                spans.append((m.start(), m.end()))
    return sorted(spans)


def mark_sentence(sentence: str, marks: list[Mark]) -> str:
    """The sentence with each mark in plain-text brackets: parties in [ ], the figure in { }.

    >>> mark_sentence("Ada pays $5M.", [Mark(start=0, end=3, role="party"), Mark(start=9, end=12, role="figure")])
    '[Ada] pays {$5M}.'
    """
    out, at = [], 0
    for m in sorted(marks, key=lambda m: m.start):
        opening, closing = MARK_TEXT[m.role]
        out += [sentence[at:m.start], opening, sentence[m.start:m.end], closing]
        at = m.end
    return "".join(out + [sentence[at:]])


def evidence_of(c: dict, aliases: dict[str, list[str]]) -> list[Evidence]:
    """Each source sentence of a commitment with its parties and figure marked."""
    out = []
    for s in c.get("sources", []):
        sentence = s.get("sentence") or ""
        parties = [Mark(start=a, end=b, role="party") for name in (c["from_name"], c["to_name"])
                   for a, b in party_spans(sentence, [name, *aliases.get(name, [])])]
        figures = [Mark(start=a, end=b, role="figure")
                   for a, b in figure_spans(sentence, s.get("amount_usd"), s.get("capacity_gw"))
                   if not any(p.start < b and a < p.end for p in parties)]
        marks = sorted({(m.start, m.end): m for m in parties + figures}.values(), key=lambda m: m.start)
        out.append(Evidence(article_id=s["article_id"], title=s.get("title"), outlet=s.get("outlet"),
                            published=s.get("published"), status=s.get("status"), confidence=s.get("confidence"),
                            sentence=sentence, marks=marks, marked=mark_sentence(sentence, marks)))
    return out


# ---- the queue -------------------------------------------------------------

def is_reviewed(c: dict) -> bool:
    """Whether a person has decided on this commitment: accepted or edited it (rejected ones are
    not read at all; graph/decisions.py).

    >>> is_reviewed({"review": "edited"}), is_reviewed({})
    (True, False)
    """
    return c.get("review") in REVIEW_STATES


def review_queue(commitments: list[dict], aliases: dict[str, list[str]] | None = None,
                 limit: int | None = None) -> list[ReviewItem]:
    """The commitments not yet reviewed as queue items, most consequential first (see the module);
    only the first ``limit`` are built (their sentences marked)."""
    counts: dict[str, int] = {}
    for c in commitments:
        for name in {c["from_name"], c["to_name"]}:
            counts[name] = counts.get(name, 0) + 1
    ctx = QueueContext(counts)
    scored = []
    for c in commitments:
        if not is_reviewed(c):
            reasons = reasons_for(c, ctx)
            scored.append((-round(sum(r.weight for r in reasons), 3), -(c.get("amount_usd") or 0), c["id"], c, reasons))
    scored.sort(key=lambda row: row[:3])
    return [_item(c, reasons, aliases or {}) for *_, c, reasons in scored[:limit]]


def unreviewed(commitments: list[dict]) -> int:
    """How many commitments wait for review (the queue's length)."""
    return sum(1 for c in commitments if not is_reviewed(c))


def _item(c: dict, reasons: list[Reason], aliases: dict[str, list[str]]) -> ReviewItem:
    return ReviewItem(
        id=c["id"], kind=c["kind"], from_name=c["from_name"], to_name=c["to_name"], amount_usd=c.get("amount_usd"),
        capacity_gw=c.get("capacity_gw"), upper_bound=bool(c.get("upper_bound")),
        status=c.get("status") or "announced", date=c.get("date"), confidence=confidence(c),
        score=round(sum(r.weight for r in reasons), 3), reasons=reasons, evidence=evidence_of(c, aliases))


def company_aliases(entities: list[dict]) -> dict[str, list[str]]:
    """Company name -> its other names, from ``GraphStore.entities("Company")``."""
    return {e["name"]: list(e.get("aliases") or []) for e in entities if e.get("name")}


def store_queue(store, limit: int | None = None) -> tuple[list[ReviewItem], int]:
    """The first ``limit`` items of a store's review queue (read through its public reads), and the
    queue's length."""
    rows = store.commitments()
    return review_queue(rows, company_aliases(store.entities("Company")), limit), unreviewed(rows)
