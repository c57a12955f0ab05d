"""The pydantic models of an extraction. :class:`ExtractionRecord` is the JSON
that ``dealgraph extract --json`` writes per article (``dealgraph extract
--schema`` prints its JSON Schema); docs/formats.md describes every field."""
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
    published: str | None = Field(None, description="ISO date YYYY-MM-DD, as the source states it")


class Entity(BaseModel):
    type: EntityType
    name: str
    aliases: list[str] = Field(default_factory=list)
    owner: str | None = None  # the company that develops/makes/offers it
    mentions: list[tuple[int, int]] = Field(default_factory=list)  # character offsets in the text
    # the name the article writes for it where it never writes `name` ("Lightspeed" for Lightspeed Venture
    # Partners): the fullest of its forms there
    written: str | None = None


class Commitment(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    kind: Kind = Field(description="what is committed; fixes which end is 'from' and which is 'to'")
    from_: str = Field(alias="from", description="a Company name: the investor, buyer, acquirer, or the provider "
                                                 "of a distributed model or product")
    to: str = Field(description="a Company name: the investee, provider, vendor, acquired company or distributor")
    amount_usd: float | None = Field(None, description="the headline figure in US dollars; null when none is "
                                                       "stated in dollars")
    amount_original: float | None = Field(None, description="the figure in the currency the text states")
    currency: str | None = Field(None, description="ISO code of amount_original (USD, EUR, ...)")
    capacity_gw: float | None = Field(None, description="contracted power capacity in gigawatts")
    upper_bound: bool = Field(False, description="the figure is a ceiling ('up to', 'as much as')")
    floor: bool = Field(False, description="the figure is a floor ('at least', 'more than')")
    status: Status = Field("announced", description="announced counts; rumoured, in_talks and denied do not")
    evidence: str = Field(description="the sentence that states the deal")
    start: int = Field(description="character offset of the evidence in the article's text")
    end: int = Field(description="character offset just past the evidence")
    involves: list[dict] = Field(default_factory=list, description="models, hardware and products the sentence "
                                                                   "names: [{type, name}]")
    confidence: float = Field(0.5, description="how sure the extractor is, 0 to 1")
    date: str | None = Field(None, description="ISO date of the deal when the text states one")


class EntityRecord(BaseModel):
    """An entity as the extraction JSON lists it (without its character offsets)."""
    model_config = ConfigDict(extra="forbid")

    type: EntityType
    name: str
    aliases: list[str] = Field(default_factory=list, description="other names the text uses for it")
    owner: str | None = Field(None, description="the company that develops, makes or offers it (models, "
                                                "hardware, products)")


class SourceRecord(ArticleMeta):
    model_config = ConfigDict(extra="forbid")


class CommitmentRecord(Commitment):
    model_config = ConfigDict(populate_by_name=True, extra="forbid")


class ExtractionRecord(BaseModel):
    """One article's extraction as ``dealgraph extract --json`` writes it: one
    JSON object per article (one per line on stdout, one file per article with --out)."""
    model_config = ConfigDict(extra="forbid", title="dealgraph extraction")

    doc_id: str = Field(description="the input file's name without its suffix (-2, -3, ... when repeated)")
    source: SourceRecord
    entities: list[EntityRecord]
    commitments: list[CommitmentRecord] = Field(description="deals stated as made, announced, agreed or pledged")
    rumours: list[CommitmentRecord] = Field(description="deals only rumoured, in talks or denied: stored with "
                                                        "their status, never counted as commitments")


class Extraction(BaseModel):
    doc_id: str
    article: ArticleMeta
    entities: list[Entity]
    commitments: list[Commitment]
    rumours: list[Commitment] = Field(default_factory=list)
    refused: list[str] = Field(default_factory=list)  # commitments left out, each with its one-line reason

    def contract_json(self) -> dict:
        """The extraction JSON of one article: an :class:`ExtractionRecord`
        (docs/formats.md). A company is named as the article writes it: by
        its canonical name where the article writes that, else by the fullest
        form it writes, with the canonical name first among its aliases (the
        store keeps the canonical name, which joins the articles).

        >>> e = Entity(type="Company", name="Lightspeed Venture Partners", aliases=["Lightspeed"],
        ...            written="Lightspeed")
        >>> Extraction(doc_id="d", article=ArticleMeta(id="x", source="-"), entities=[e],
        ...            commitments=[]).contract_json()["entities"]
        [{'type': 'Company', 'name': 'Lightspeed', 'aliases': ['Lightspeed Venture Partners']}]
        """
        as_written = {e.name: e.written for e in self.entities if e.type == "Company" and e.written}

        def entity(e: Entity) -> dict:
            d = e.model_dump(exclude={"mentions", "written"}, exclude_none=True)
            if e.written:
                d["name"], d["aliases"] = e.written, [e.name] + [a for a in e.aliases if a != e.written]
            if e.owner in as_written:
                d["owner"] = as_written[e.owner]
            return d

        def commitment(c: Commitment) -> dict:
            d = c.model_dump(by_alias=True)
            d["from"], d["to"] = as_written.get(c.from_, c.from_), as_written.get(c.to, c.to)
            return d
        return {
            "doc_id": self.doc_id,
            "source": self.article.model_dump(exclude_none=True),
            "entities": [entity(e) for e in self.entities],
            "commitments": [commitment(c) for c in self.commitments],
            "rumours": [commitment(c) for c in self.rumours],
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
