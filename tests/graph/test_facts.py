"""The contract between ingest and graph (graph/facts.py) and the one table of kinds."""
import typing

import pytest
from pydantic import ValidationError

from graph.errors import InvalidFacts
from graph.facts import ArticleFacts, CommitmentFact, validation_line
from graph.flow import money_direction
from graph.kinds import KIND_COLOURS, KIND_NAMES, KINDS
from ingest import models
from tests.graph.facts import article, deal


def refusal(**fields) -> str:
    base = {"kind": "investment", "from": "Lumen Labs", "to": "Quill AI"}
    with pytest.raises(ValidationError) as info:
        CommitmentFact.model_validate({**base, **fields})
    return validation_line(info.value)


def test_figures_must_be_finite_signed_and_bounded():
    assert refusal(amount_usd=float("inf")) == "amount inf is not a finite number"
    assert refusal(amount_usd=float("nan")) == "amount nan is not a finite number"
    assert refusal(amount_usd=-5e9) == "amount -5e+09 is negative: a commitment states what one side commits"
    assert refusal(amount_usd=1.2e13) == "amount $12,000B is over the $10,000B bound"
    assert refusal(capacity_gw=5000.0) == "capacity 5,000 GW is over the 1,000 GW bound"
    assert CommitmentFact.model_validate({"kind": "investment", "from": "A", "to": "B",
                                          "amount_usd": 1e13}).amount_usd == 1e13   # the bound itself is kept


def test_kinds_statuses_names_and_dates_come_from_the_contract():
    assert refusal(kind="gift").startswith("kind: Input should be 'investment', 'compute_purchase'")
    assert refusal(status="maybe").startswith("status: Input should be 'announced'")
    assert refusal(to="  ") == "to: a name cannot be empty"
    assert refusal(date="last week") == "date: 'last week' is not an ISO date (YYYY-MM-DD)"


def test_an_article_link_must_be_http():
    with pytest.raises(ValidationError) as info:
        ArticleFacts.model_validate({"article": {"id": "a1", "url": "javascript:alert(1)"}})
    assert validation_line(info.value) == "article.url: the url must start with http:// or https://"


def test_the_store_refuses_broken_facts_whole_and_keeps_what_it_has(falkor_store):
    falkor_store.write_articles([article("a1", [deal("investment", "Lumen Labs", "Quill AI", 2e9)])])
    before = falkor_store.stats()
    bad = [article("a2", [deal("investment", "Orbit Cloud", "Quill AI", 3e9)]),
           article("a3", [deal("investment", "Lumen Labs", "Quill AI", float("inf"))])]
    with pytest.raises(InvalidFacts) as info:
        falkor_store.write_articles(bad)
    assert str(info.value) == "article a3: commitments.0: amount inf is not a finite number"
    assert falkor_store.stats() == before


def test_companies_named_only_by_symbols_stay_apart(falkor_store):
    falkor_store.write_articles([article("a1", [deal("investment", "🦊🦊", "Quill AI", 1e9)]),
                                 article("a2", [deal("investment", "🐙", "Quill AI", 2e9)])])
    names = sorted(e["name"] for e in falkor_store.entities("Company"))
    assert names == ["Quill AI", "🐙", "🦊🦊"]
    assert len(falkor_store.commitments()) == 2


def test_one_table_of_kinds_feeds_extraction_json_flow_and_colours():
    assert typing.get_args(models.Kind) == KIND_NAMES
    assert set(KIND_COLOURS) == set(KIND_NAMES) and len(set(KIND_COLOURS.values())) == len(KIND_NAMES)
    row = {"kind": "distribution", "from_name": "Quill AI", "to_name": "Orbit Cloud"}
    assert money_direction(row) is None
    assert money_direction({**row, "amount_usd": 1e9}) == ("Orbit Cloud", "Quill AI")
    assert money_direction({**row, "kind": "partnership", "amount_usd": 1e9}) is None
    assert [k for k in KIND_NAMES if KINDS[k].undirected] == ["partnership"]


