"""The contract between ingest and graph: what one article says, typed.

``GraphStore.write_articles`` takes a list of :class:`ArticleFacts`; ingest
builds them from its extraction. Everything the store keeps passes these
validators first, so no stored figure is infinite, negative or absurd, no
kind or status is outside the one table (``graph/kinds.py``), and no link
is a ``javascript:`` URL.

>>> facts = ArticleFacts.model_validate({
...     "article": {"id": "a1", "url": "https://example.org/deal", "published": "2025-01-02"},
...     "entities": [{"type": "Company", "name": "Lumen Labs"}, {"type": "Company", "name": "Quill AI"}],
...     "commitments": [{"kind": "investment", "from": "Lumen Labs", "to": "Quill AI",
...                      "amount_usd": 2e9, "sentence": "Lumen Labs puts $2 billion into Quill AI."}]})
>>> facts.commitments[0].from_, facts.commitments[0].amount_usd
('Lumen Labs', 2000000000.0)
>>> figure_problem(amount_usd=float("inf"))
'amount inf is not a finite number'
>>> figure_problem(amount_usd=2e13)
'amount $20,000B is over the $10,000B bound'
"""
from __future__ import annotations

import math
from datetime import date
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from .kinds import KindName, StatusName

# A commitment over $10 trillion is refused: no company has committed that
# much, and a figure this large is a misread number.
MAX_AMOUNT_USD = 1e13
# Far above any site's power (the largest announced campuses are tens of GW).
MAX_CAPACITY_GW = 1e3
EntityLabel = Literal["Company", "Model", "Hardware", "Product"]
SAFE_URL_SCHEMES = ("http://", "https://")


def _billions(value: float) -> str:
    """$12,000B; a figure past any plausible size in scientific notation ($1e+49)."""
    return f"${value / 1e9:,.0f}B" if value < 1e15 else f"${value:.3g}"


def figure_problem(amount_usd: float | None = None, capacity_gw: float | None = None,
                   amount_original: float | None = None) -> str | None:
    """Why these figures cannot be stored, in a few words; None when they can."""
    for name, value in (("amount", amount_usd), ("original amount", amount_original),
                        ("capacity", capacity_gw)):
        if value is None:
            continue
        if not isinstance(value, (int, float)) or isinstance(value, bool) or not math.isfinite(value):
            return f"{name} {value} is not a finite number"
        if value < 0:
            return f"{name} {value:g} is negative: a commitment states what one side commits"
    if amount_usd is not None and amount_usd > MAX_AMOUNT_USD:
        return f"amount {_billions(amount_usd)} is over the {_billions(MAX_AMOUNT_USD)} bound"
    if capacity_gw is not None and capacity_gw > MAX_CAPACITY_GW:
        return f"capacity {capacity_gw:,.0f} GW is over the {MAX_CAPACITY_GW:,.0f} GW bound"
    return None


def _iso_date(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        date.fromisoformat(value[:10])
    except ValueError:
        raise ValueError(f"{value!r} is not an ISO date (YYYY-MM-DD)") from None
    return value


def _name(value: str) -> str:
    if not value.strip():
        raise ValueError("a name cannot be empty")
    return value


Name = Annotated[str, AfterValidator(_name)]
IsoDate = Annotated[str | None, AfterValidator(_iso_date)]


class ArticleInfo(BaseModel):
    """The article a set of facts comes from (``id``: the text's hash; ``source``:
    where dealgraph read it: a file path as given, ``feed.xml#2``, ``a.jsonl:3``, ``stdin``)."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1)
    source: str | None = None
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: IsoDate = None

    @field_validator("url")
    @classmethod
    def _safe_url(cls, value: str | None) -> str | None:
        if value is not None and not value.strip().lower().startswith(SAFE_URL_SCHEMES):
            raise ValueError("the url must start with http:// or https://")
        return value


class EntityFact(BaseModel):
    """A company, model, hardware or product the article names."""

    model_config = ConfigDict(extra="ignore")

    type: EntityLabel
    name: Name
    aliases: list[str] = Field(default_factory=list)
    owner: str | None = None   # the company that develops/makes/offers it


class InvolvedFact(BaseModel):
    """A model, chip or product a commitment is about."""

    model_config = ConfigDict(extra="ignore")

    type: EntityLabel
    name: Name


class CommitmentFact(BaseModel):
    """One report of a commitment: who commits what to whom, in one sentence."""

    model_config = ConfigDict(populate_by_name=True, extra="ignore")

    kind: KindName
    from_: Name = Field(alias="from")
    to: Name
    amount_usd: float | None = None
    amount_original: float | None = None
    currency: str | None = None
    capacity_gw: float | None = None
    upper_bound: bool = False
    floor: bool = False
    status: StatusName = "announced"
    date: IsoDate = None
    sentence: str | None = None
    start: int | None = Field(default=None, ge=0)
    end: int | None = Field(default=None, ge=0)
    confidence: float | None = Field(default=None, ge=0, le=1)
    involves: list[InvolvedFact] = Field(default_factory=list)

    @model_validator(mode="after")
    def _figures(self) -> "CommitmentFact":
        problem = figure_problem(self.amount_usd, self.capacity_gw, self.amount_original)
        if problem:
            raise ValueError(problem)
        return self


class ArticleFacts(BaseModel):
    """Everything one article says: the unit the store writes whole or not at all."""

    model_config = ConfigDict(extra="forbid")

    article: ArticleInfo
    entities: list[EntityFact] = Field(default_factory=list)
    commitments: list[CommitmentFact] = Field(default_factory=list)


def validation_line(exc: ValidationError) -> str:
    """The first problem of a ValidationError, as one line.

    >>> try:
    ...     CommitmentFact.model_validate({"kind": "gift", "from": "A", "to": "B"})
    ... except ValidationError as exc:
    ...     print(validation_line(exc))
    kind: Input should be 'investment', 'compute_purchase', 'hardware_purchase', 'partnership', \
'distribution' or 'acquisition'
    """
    err = exc.errors()[0]
    where = ".".join(str(p) for p in err.get("loc", ()) if p != "__root__")
    message = err.get("msg", "invalid").removeprefix("Value error, ")
    return f"{where}: {message}" if where else message
