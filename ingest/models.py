"""The pydantic models of an extraction; their JSON is the contract in
../shared/eval/GUIDELINES.md (extra fields allowed)."""
from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from graph.facts import ArticleFacts, EntityLabel as EntityType
from graph.kinds import KindName as Kind, StatusName as Status


# How an article read from standard input ("-" on the command line) names its source in the store.
STDIN_SOURCE = "stdin"


class ArticleMeta(BaseModel):
    id: str = Field(description="sha256 of the normalised text")
    source: str = Field(description="file, feed entry or '-' (standard input) the text came from")
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None  # ISO date


class Entity(BaseModel):
    type: EntityType
    name: str
    aliases: list[str] = Field(default_factory=list)
    owner: str | None = None  # the company that develops/makes/offers it
    mentions: list[tuple[int, int]] = Field(default_factory=list)  # character offsets in the text


class Commitment(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    kind: Kind
    from_: str = Field(alias="from")
    to: str
    amount_usd: float | None = None
    amount_original: float | None = None
    currency: str | None = None
    capacity_gw: float | None = None
    upper_bound: bool = False
    floor: bool = False  # "at least", "more than"
    status: Status = "announced"
    evidence: str
    start: int
    end: int
    involves: list[dict] = Field(default_factory=list)  # [{"type": ..., "name": ...}]
    confidence: float = 0.5
    date: str | None = None


class Extraction(BaseModel):
    doc_id: str
    article: ArticleMeta
    entities: list[Entity]
    commitments: list[Commitment]
    rumours: list[Commitment] = Field(default_factory=list)
    refused: list[str] = Field(default_factory=list)  # commitments left out, each with its one-line reason

    def contract_json(self) -> dict:
        """The JSON of GUIDELINES.md, with the extra fields dealgraph keeps."""
        return {
            "doc_id": self.doc_id,
            "source": self.article.model_dump(exclude_none=True),
            "entities": [e.model_dump(exclude={"mentions"}, exclude_none=True) for e in self.entities],
            "commitments": [c.model_dump(by_alias=True) for c in self.commitments],
            "rumours": [c.model_dump(by_alias=True) for c in self.rumours],
        }

    def store_facts(self) -> ArticleFacts:
        """The typed facts graph.store.write_articles takes (the contract of graph/facts.py).

        Raises pydantic's ValidationError when a fact breaks the contract."""
        def com(c: Commitment) -> dict:
            d = c.model_dump(by_alias=True)
            d["sentence"] = d.pop("evidence")
            return d
        article = self.article.model_dump()
        article["source"] = STDIN_SOURCE if article["source"] == "-" else article["source"]
        return ArticleFacts.model_validate({
            "article": article,
            "entities": [e.model_dump(exclude={"mentions"}) for e in self.entities],
            "commitments": [com(c) for c in self.commitments + self.rumours],
        })
