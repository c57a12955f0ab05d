"""A person's decisions about extracted facts, and how they apply on top of extraction.

A :class:`Decision` is its own record (a ``Decision`` node): what was
decided (``action``) about which fact (``target_kind`` and ``target``), by
whom, when and why (``note``). Extraction never changes a decision; each
time a commitment is built from its reports (graph/deals.py), the decisions
that match it are applied on top, in the order they were taken:

- **accept** marks the commitment ``review: "accepted"``;
- **reject** keeps the commitment, with its sources, as a
  ``RejectedCommitment`` node that no read or analysis sees;
- **edit** replaces the fields it names (kind, from/to, amount, capacity,
  upper bound, status, date) and marks it ``review: "edited"``; the
  extracted figures stay on each source (REPORTED_IN).

A commitment decision matches a deal by the extraction's same-deal key
(``pair_key``: kind|from|to as extracted) and by its evidence: a report of
the same article (``seeds``: article id|ordinal) or the same sentence
(``sentences``, compared after folding case and spaces). So re-ingesting the
article, or ingesting another article that carries the same sentence, never
brings back a rejected fact nor overwrites an edited one.

Company decisions: **rename** (the name shown), **not_company** (the name is
not a company: it and every commitment naming it are hidden), **merge** (fold
one company into another; see ``GraphStore.merge_entities``) and **split**
(undo a merge: a form stops being read as that company).

>>> d = Decision(target_kind="commitment", target="c-1", action="edit", changes={"amount_usd": 1e10},
...              who="ana", when="2025-06-01T10:00:00+00:00", pair_key="investment|lumen|quill",
...              seeds=["art-1|0"], sentences=["lumen puts $2 billion into quill."])
>>> d.id == Decision.model_validate(d.model_dump()).id
True
>>> fold([d]).review, fold([d]).changes
('edited', {'amount_usd': 10000000000.0})
"""
from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from .errors import QueryError
from .facts import IsoDate, figure_problem, validation_line
from .kinds import KindName, StatusName

TargetKind = Literal["commitment", "company"]
CommitmentAction = Literal["accept", "reject", "edit"]
CompanyAction = Literal["merge", "split", "rename", "not_company"]
COMMITMENT_ACTIONS = ("accept", "reject", "edit")
COMPANY_ACTIONS = ("merge", "split", "rename", "not_company")
# What a reader sees on a commitment (the ``review`` property); rejected ones are not seen at all.
REVIEW_STATES = ("accepted", "edited")
REJECTED_LABEL = "RejectedCommitment"


class Changes(BaseModel):
    """The fields an edit sets; a field left out keeps the extracted value.

    ``from``/``to`` are company names (a direction change swaps them).

    >>> Changes.model_validate({"amount_usd": 1e10, "from": "Quill"}).fields()
    {'from': 'Quill', 'amount_usd': 10000000000.0}
    """

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    kind: KindName | None = None
    from_: str | None = Field(default=None, alias="from")
    to: str | None = None
    amount_usd: float | None = None
    capacity_gw: float | None = None
    upper_bound: bool | None = None
    status: StatusName | None = None
    date: IsoDate = None

    @model_validator(mode="after")
    def _sane(self) -> "Changes":
        problem = figure_problem(self.amount_usd, self.capacity_gw)
        if problem:
            raise ValueError(problem)
        for end in (self.from_, self.to):
            if end is not None and not end.strip():
                raise ValueError("a party's name cannot be empty")
        if self.from_ is not None and self.from_ == self.to:
            raise ValueError("a company cannot commit to itself")
        return self

    def fields(self) -> dict:
        """The fields set, by their stored names ('from', not 'from_')."""
        return self.model_dump(by_alias=True, exclude_none=True)


class Decision(BaseModel):
    """One decision, as stored and as exported (see the module docstring)."""

    model_config = ConfigDict(extra="forbid")

    id: str = ""
    target_kind: TargetKind
    target: str = Field(min_length=1)   # a commitment id, or a company's id
    action: Literal["accept", "reject", "edit", "merge", "split", "rename", "not_company"]
    changes: dict = Field(default_factory=dict)
    who: str = Field(min_length=1)
    when: str
    note: str | None = None
    # what the decision was about, as the store showed it ("investment: Lumen -> Quill, $2.0B")
    summary: str | None = None
    # commitment decisions: the anchors that find the same fact again after re-extraction
    pair_key: str | None = None
    seeds: list[str] = Field(default_factory=list)
    sentences: list[str] = Field(default_factory=list)

    @field_validator("when")
    @classmethod
    def _iso(cls, value: str) -> str:
        try:
            datetime.fromisoformat(value)
        except ValueError:
            raise ValueError(f"{value!r} is not an ISO date and time") from None
        return value

    @model_validator(mode="after")
    def _consistent(self) -> "Decision":
        allowed = COMMITMENT_ACTIONS if self.target_kind == "commitment" else COMPANY_ACTIONS
        if self.action not in allowed:
            raise ValueError(f"{self.action} is not a {self.target_kind} decision (one of {', '.join(allowed)})")
        if self.action == "edit":
            self.changes = Changes.model_validate(self.changes).fields()
            if not self.changes:
                raise ValueError("an edit must change at least one field")
        elif self.action in ("rename", "merge", "split"):
            name = str(self.changes.get("name") or "").strip()
            if not name or set(self.changes) != {"name"}:
                raise ValueError(f"a {self.action} takes one company name ('name')")
        elif self.changes:
            raise ValueError(f"a {self.action} changes no fields")
        if self.target_kind == "commitment" and not self.pair_key:
            raise ValueError("a commitment decision needs the commitment's pair_key")
        self.sentences = sorted({fold_sentence(s) for s in self.sentences if s and fold_sentence(s)})
        self.seeds = sorted(set(self.seeds))
        self.id = self.id or decision_id(self)
        return self

    def node_props(self) -> dict:
        """The Decision node's properties (``changes`` as JSON text: graphs hold no maps)."""
        props = self.model_dump(exclude={"changes"})
        props["changes"] = json.dumps(self.changes, sort_keys=True)
        return {k: v for k, v in props.items() if v is not None}

    @classmethod
    def from_node(cls, props: dict) -> "Decision":
        data = dict(props)
        data["changes"] = json.loads(data.get("changes") or "{}")
        return cls.model_validate(data)

    def matches(self, key: str, seeds: set[str], sentences: set[str]) -> bool:
        """Whether this commitment decision is about a deal of ``key`` with these reports."""
        return (self.target_kind == "commitment" and self.pair_key == key
                and bool(seeds & set(self.seeds) or sentences & set(self.sentences)))


def decision_id(d: Decision) -> str:
    """The id from what was decided, about what, by whom and when: importing a decision twice keeps one."""
    content = json.dumps([d.target_kind, d.target, d.action, d.changes, d.who, d.when, d.note],
                         sort_keys=True, default=str)
    return "d-" + hashlib.sha1(content.encode()).hexdigest()[:16]


def fold_sentence(text: str) -> str:
    """A sentence as decisions compare it: case folded, runs of spaces made one.

    >>> fold_sentence("  Lumen  puts $2 billion\\ninto Quill. ")
    'lumen puts $2 billion into quill.'
    """
    return re.sub(r"\s+", " ", str(text)).strip().casefold()


def current_user(by: str | None = None) -> str:
    """Who decides: ``--by`` if given, else $USER (or $USERNAME), else 'unknown'."""
    return (by or os.environ.get("USER") or os.environ.get("USERNAME") or "unknown").strip() or "unknown"


def now() -> str:
    """The time of a decision, to the microsecond: two decisions taken in the same second keep their order."""
    return datetime.now(timezone.utc).isoformat()


def make_decision(**fields) -> Decision:
    """A validated decision; a bad one raises QueryError with one line."""
    try:
        return Decision.model_validate(fields)
    except ValidationError as exc:
        raise QueryError(f"decision not recorded: {validation_line(exc)}") from None


def summary_line(props: dict, from_name: str | None, to_name: str | None) -> str:
    """A commitment in one line, as a decision remembers it.

    >>> summary_line({"kind": "investment", "amount_usd": 2e9, "upper_bound": True}, "Lumen", "Quill")
    'investment: Lumen -> Quill, up to $2.0B'
    """
    line = f"{props.get('kind')}: {from_name} -> {to_name}"
    if props.get("amount_usd") is not None:
        line += f", {'up to ' if props.get('upper_bound') else ''}${props['amount_usd'] / 1e9:,.1f}B"
    if props.get("capacity_gw") is not None:
        line += f", {props['capacity_gw']:g} GW"
    return line


def decision_order(d: Decision) -> tuple:
    return (d.when, d.id)


@dataclass
class Effect:
    """What a commitment's decisions, taken in order, leave in force."""

    review: str | None = None              # accepted | edited | rejected | None
    changes: dict = field(default_factory=dict)
    last: Decision | None = None
    decisions: list[str] = field(default_factory=list)


def fold(decisions: list[Decision]) -> Effect:
    """Apply decisions in the order they were taken: a later one overrides an earlier one.

    An accept after an edit keeps the edit; a reject after an accept rejects;
    an accept or an edit after a reject brings the fact back.
    """
    effect = Effect()
    for d in sorted(decisions, key=decision_order):
        if d.action == "reject":
            effect.review = "rejected"
        elif d.action == "edit":
            effect.changes.update(d.changes)
            effect.review = "edited"
        elif d.action == "accept":
            effect.review = "edited" if effect.changes else "accepted"
        else:
            continue
        effect.last = d
        effect.decisions.append(d.id)
    return effect


def reviewed_props(props: dict, effect: Effect, party_id) -> dict:
    """A commitment's node properties with its decisions applied.

    ``party_id(name)`` gives a company's id from a name. The extraction's
    same-deal key (``pair_key``) is never changed: it is how the reports are
    found again.
    """
    out = dict(props)
    changes = effect.changes
    for name in ("kind", "capacity_gw", "upper_bound", "status", "date"):
        if name in changes:
            out[name] = changes[name]
    if "amount_usd" in changes:
        out.update(amount_usd=changes["amount_usd"], amount_original=None, currency=None)
    if "from" in changes:
        out["from_id"] = party_id(changes["from"])
    if "to" in changes:
        out["to_id"] = party_id(changes["to"])
    if effect.review is not None:
        out.update(review=effect.review, review_by=effect.last.who, review_at=effect.last.when,
                   review_note=effect.last.note, edited=sorted(changes) or None, decision_ids=effect.decisions)
    return out


def mentions(form: str, sentence: str | None) -> bool:
    """Whether a sentence names ``form`` as a whole word (case folded).

    >>> mentions("Quill", "Lumen backs Quill AI."), mentions("Quill", "Lumen backs Quillium.")
    (True, False)
    """
    return bool(sentence) and re.search(rf"(?<!\w){re.escape(form.casefold())}(?!\w)", sentence.casefold()) is not None


@dataclass
class ReviewRules:
    """The decisions in force for a set of pair keys, ready to apply to deals."""

    by_key: dict[str, list[Decision]] = field(default_factory=dict)
    not_companies: dict[str, Decision] = field(default_factory=dict)    # company id -> decision
    splits: dict[str, list[Decision]] = field(default_factory=dict)     # company id -> decisions
    names: dict[str, str] = field(default_factory=dict)                 # company id -> name shown

    @classmethod
    def of(cls, decisions: list[Decision]) -> "ReviewRules":
        rules = cls()
        for d in sorted(decisions, key=decision_order):
            if d.target_kind == "commitment":
                rules.by_key.setdefault(d.pair_key, []).append(d)
            elif d.action == "not_company":
                rules.not_companies[d.target] = d
            elif d.action == "split":
                rules.splits.setdefault(d.target, []).append(d)
            elif d.action == "rename":
                rules.names[d.target] = d.changes["name"]
        return rules

    def effect(self, key: str, reports: list, party_id) -> Effect:
        """What applies to the deal of ``key`` made of ``reports`` (graph/deals.Report)."""
        seeds = {r.seed for r in reports}
        sentences = {fold_sentence(r.sentence) for r in reports if r.sentence}
        effect = fold([d for d in self.by_key.get(key, []) if d.matches(key, seeds, sentences)])
        _, from_id, to_id = key.split("|")
        ends = {"from": from_id, "to": to_id}
        for end, extracted in ends.items():
            for split in self.splits.get(extracted, []):
                form = split.changes["name"]
                if end not in effect.changes and all(mentions(form, r.sentence) for r in reports):
                    effect.changes[end] = form
                    ends[end] = party_id(form)
        ends.update({end: party_id(effect.changes[end]) for end in ("from", "to") if end in effect.changes})
        for company in (from_id, to_id, *ends.values()):
            if company in self.not_companies:
                effect.review, effect.last = "rejected", self.not_companies[company]
                effect.decisions.append(effect.last.id)
                break
        return effect


# ---- Cypher, one builder per statement ----------------------------------
def upsert_decisions() -> str:
    """A write part: each row's Decision node, merged on its id."""
    return "FOREACH (x IN $rows | MERGE (d:Decision {id: x.id}) SET d = x.props)"


def decisions_in_force() -> str:
    """In one read: the decisions about the pairs $keys and the company decisions whose action is in $actions."""
    return ("MATCH (d:Decision) WHERE d.pair_key IN $keys "
            "OR (d.target_kind = 'company' AND d.action IN $actions) RETURN d")


def all_decisions() -> str:
    return "MATCH (d:Decision) RETURN d ORDER BY d.when, d.id"


def decisions_about() -> str:
    """Decisions taken about $target (a commitment or company id) or in force on it ($ids)."""
    return "MATCH (d:Decision) WHERE d.target = $target OR d.id IN $ids RETURN d ORDER BY d.when, d.id"


def parse_changes(values: dict) -> dict:
    """Validated edit fields from a form or the command line (None means not given)."""
    try:
        return Changes.model_validate({k: v for k, v in values.items() if v is not None}).fields()
    except ValidationError as exc:
        raise QueryError(f"edit not recorded: {validation_line(exc)}") from None
