"""Decisions (graph/decisions.py) on both engines: each decision type, how it
shows to readers, and that it lasts: re-ingest, another article with the
same sentence, a reset, an export/import round trip and a copy to Neo4j."""
import json
import re

import pytest

from graph import corrections
from graph.copy import copy_graph
from graph.errors import QueryError
from graph.falkor_backend import FalkorStore
from tests.graph.facts import article, deal

BACKS = "Tarnwell Capital backs Ferrolite Robotics with $3 billion in fresh equity."
RENTS = "Ferrolite Robotics will rent $8 billion of accelerators from Copperbay Cloud."
TEAMS = "Ferrolite Robotics and Brindle Labs teamed up on warehouse arms."


def first_report(aid="art-1", published="2025-04-02"):
    return article(aid, [deal("investment", "Tarnwell Capital", "Ferrolite Robotics", 3e9, sentence=BACKS,
                              date=published),
                         deal("compute_purchase", "Ferrolite Robotics", "Copperbay Cloud", 8e9, sentence=RENTS,
                              date=published),
                         deal("partnership", "Ferrolite Robotics", "Brindle Labs", sentence=TEAMS, date=published)],
                   published=published, outlet="Test Wire")


def by_kind(store):
    return {c["kind"]: c for c in store.commitments()}


def without_times(commitments: dict) -> dict:
    """Commitments as two stores that read the same articles at different times hold them."""
    return {k: {n: v for n, v in c.items() if n != "first_seen"} for k, c in commitments.items()}


def test_accept_marks_the_commitment_and_keeps_who_when_and_why(store):
    store.write_articles([first_report()])
    cid = by_kind(store)["investment"]["id"]
    d = store.record_decision(cid, "accept", by="ana", note="matches the filing")
    c = by_kind(store)["investment"]
    assert (c["review"], c["review_by"], c["review_note"], c["decision_ids"]) == (
        "accepted", "ana", "matches the filing", [d.id])
    assert c.get("edited") is None and c["amount_usd"] == 3e9
    assert by_kind(store)["compute_purchase"].get("review") is None
    [stored] = store.decisions(cid)
    assert stored == d and stored.summary == "investment: Tarnwell Capital -> Ferrolite Robotics, $3.0B"
    assert stored.sentences == [BACKS.casefold()]


def test_reject_hides_the_fact_from_every_read_and_keeps_it_with_its_decision(store):
    store.write_articles([first_report()])
    cid = by_kind(store)["compute_purchase"]["id"]
    d = store.record_decision(cid, "reject", by="ana", note="the sentence is about a rumour")
    assert sorted(by_kind(store)) == ["investment", "partnership"]
    assert store.query("MATCH (c:Commitment) RETURN count(c)").rows == [[2]]
    assert sorted(c["kind"] for c in store.article_facts("art-1")["commitments"]) == ["investment", "partnership"]
    stats = store.stats()
    assert stats["nodes"]["Commitment"] == 2 and stats["nodes"]["RejectedCommitment"] == 1
    assert stats["commitments_by_kind"] == {"investment": 1, "partnership": 1}
    nodes, rels = store.export_data()
    assert {n["label"] for n in nodes} == {"Company", "Commitment", "Article"}
    assert all(r["from"] != cid for r in rels)
    kept = store.deal(cid)
    assert (kept["label"], kept["review"], kept["amount_usd"], kept["sources"][0][2]) == (
        "RejectedCommitment", "rejected", 8e9, RENTS)
    assert store.decisions(cid) == [d]


def test_edit_sets_each_field_and_keeps_the_extracted_figures_on_the_source(store):
    store.write_articles([first_report()])
    cid = by_kind(store)["investment"]["id"]
    store.record_decision(cid, "edit", by="ana", changes={
        "kind": "acquisition", "from": "Tarnwell Partners", "amount_usd": 1e10, "upper_bound": True,
        "status": "in_talks", "date": "2025-03-30", "capacity_gw": 0.25})
    [c] = [c for c in store.commitments() if c["id"] == cid]
    assert (c["kind"], c["from_name"], c["to_name"], c["amount_usd"], c["upper_bound"], c["status"], c["date"],
            c["capacity_gw"], c["review"]) == ("acquisition", "Tarnwell Partners", "Ferrolite Robotics", 1e10, True,
                                              "in_talks", "2025-03-30", 0.25, "edited")
    assert c["edited"] == ["amount_usd", "capacity_gw", "date", "from", "kind", "status", "upper_bound"]
    assert [s["amount_usd"] for s in c["sources"]] == [3e9]
    assert store.query("MATCH (n:Company {id: 'tarnwell-partners'})-[:COMMITS]->(c) RETURN n.name, c.id"
                       ).rows == [["Tarnwell Partners", cid]]
    # an accept after the edit keeps it; a second edit adds to it
    store.record_decision(cid, "accept")
    store.record_decision(cid, "edit", changes={"to": "Ferrolite"})
    [c] = [c for c in store.commitments() if c["id"] == cid]
    assert (c["review"], c["amount_usd"], c["to_name"]) == ("edited", 1e10, "Ferrolite")


def test_reject_then_accept_brings_the_fact_back(store):
    store.write_articles([first_report()])
    cid = by_kind(store)["partnership"]["id"]
    store.record_decision(cid, "reject")
    assert "partnership" not in by_kind(store)
    store.record_decision(cid, "accept")
    assert by_kind(store)["partnership"]["review"] == "accepted"
    assert store.stats()["nodes"]["RejectedCommitment"] == 0


def test_decisions_last_through_reingest_and_another_article_with_the_same_sentence(store):
    store.write_articles([first_report()])
    kinds = by_kind(store)
    store.record_decision(kinds["compute_purchase"]["id"], "reject")
    store.record_decision(kinds["investment"]["id"], "edit", changes={"amount_usd": 3.5e9})
    again = store.write_articles([first_report()])
    assert again.duplicates == ["art-1"]
    # another outlet runs the same sentences a month earlier: the deals' ids change, the decisions hold
    summary = store.write_articles([first_report("art-0", published="2025-03-01")])
    assert summary.reports_rejected == 1 and summary.commitments_added == 0
    kinds = by_kind(store)
    assert sorted(kinds) == ["investment", "partnership"]
    inv = kinds["investment"]
    assert (inv["amount_usd"], inv["review"], len(inv["sources"])) == (3.5e9, "edited", 2)
    assert inv["id"] != store.decisions()[1].target
    assert [d.action for d in store.decisions(inv["id"])] == ["edit"]
    assert store.query("MATCH (c:RejectedCommitment)-[:REPORTED_IN]->(a) RETURN count(a)").rows == [[2]]


def test_a_different_deal_of_the_same_pair_is_not_touched(store):
    store.write_articles([first_report()])
    store.record_decision(by_kind(store)["compute_purchase"]["id"], "reject")
    other = "Ferrolite Robotics signed a separate $40 billion accelerator lease with Copperbay Cloud."
    store.write_articles([article("art-2", [deal("compute_purchase", "Ferrolite Robotics", "Copperbay Cloud",
                                                 40e9, sentence=other)])])
    [c] = [c for c in store.commitments() if c["kind"] == "compute_purchase"]
    assert (c["amount_usd"], c.get("review")) == (40e9, None)


def test_reset_keeps_decisions_unless_asked_and_the_next_ingest_applies_them(store):
    store.write_articles([first_report()])
    store.record_decision(by_kind(store)["compute_purchase"]["id"], "reject")
    store.record_decision(by_kind(store)["investment"]["id"], "edit", changes={"status": "rumoured"})
    gone = store.reset()
    assert gone["decisions"] == 0 and store.commitments() == [] and len(store.decisions()) == 2
    store.write_articles([first_report()])
    kinds = by_kind(store)
    assert sorted(kinds) == ["investment", "partnership"] and kinds["investment"]["status"] == "rumoured"
    gone = store.reset(keep_decisions=False)
    assert gone["decisions"] == 2 and store.decisions() == []
    store.write_articles([first_report()])
    assert sorted(by_kind(store)) == ["compute_purchase", "investment", "partnership"]


def test_rename_lasts_through_later_ingests(store):
    store.write_articles([first_report()])
    store.record_decision("Ferrolite Robotics", "rename", changes={"name": "Ferrolite"}, by="ana")
    store.write_articles([article("art-5", [deal("investment", "Tarnwell Capital", "Ferrolite Robotics Inc.", 1e8,
                                                 date="2026-01-01")])])
    [company] = [e for e in store.entities("Company") if e["id"] == "ferrolite-robotics"]
    assert company["name"] == "Ferrolite"
    assert company["aliases"] == ["Ferrolite Robotics", "Ferrolite Robotics Inc."]
    assert {c["to_name"] for c in store.commitments() if c["kind"] == "investment"} == {"Ferrolite"}


def test_not_a_company_hides_it_and_its_deals_now_and_later(store):
    store.write_articles([first_report()])
    store.record_decision("Brindle Labs", "not_company", note="a product line")
    assert "brindle-labs" not in {e["id"] for e in store.entities("Company")}
    assert sorted(by_kind(store)) == ["compute_purchase", "investment"]
    store.write_articles([article("art-6", [deal("investment", "Brindle Labs", "Copperbay Cloud", 2e8)])])
    assert "brindle-labs" not in {e["id"] for e in store.entities("Company")}
    assert {c["from_name"] for c in store.commitments()} == {"Tarnwell Capital", "Ferrolite Robotics"}


def test_merge_is_recorded_and_remembered(store):
    store.write_articles([first_report(), article("art-7", [deal("investment", "Tarnwell", "Copperbay Cloud", 6e8)])])
    d = store.record_decision("Tarnwell", "merge", changes={"name": "Tarnwell Capital"})
    assert (d.target, d.changes) == ("tarnwell", {"name": "Tarnwell Capital"})
    assert store.alias_rules() == {"tarnwell": "Tarnwell Capital"}
    assert {c["from_name"] for c in store.commitments() if c["kind"] == "investment"} == {"Tarnwell Capital"}
    with pytest.raises(QueryError, match="already the same company"):
        store.record_decision("Tarnwell Capital", "merge", changes={"name": "Tarnwell Capital"})


def test_split_moves_the_deals_that_name_the_form(store):
    store.write_articles([article("art-8", [deal("investment", "Quarrystone", "Copperbay Cloud", 9e8,
                                                 sentence="Quarrystone puts $900 million into Copperbay Cloud.")])])
    store.write_articles([first_report()])
    store.merge_entities("Tarnwell Capital", "Quarrystone")
    assert {c["from_name"] for c in store.commitments() if c["kind"] == "investment"} == {"Tarnwell Capital"}
    store.record_decision("Tarnwell Capital", "split", changes={"name": "Quarrystone"})
    froms = {c["to_name"]: c["from_name"] for c in store.commitments() if c["kind"] == "investment"}
    assert froms == {"Copperbay Cloud": "Quarrystone", "Ferrolite Robotics": "Tarnwell Capital"}
    assert store.alias_rules() == {}
    assert "Quarrystone" not in [e for e in store.entities("Company") if e["id"] == "tarnwell-capital"][0]["aliases"]


@pytest.mark.parametrize("target, action, changes, message", [
    ("c-0000000000000000", "accept", None, "no commitment with id 'c-0000000000000000'"),
    ("Nobody Inc", "rename", {"name": "X"}, "no company named 'Nobody Inc'"),
    (None, "edit", {"amount_usd": float("inf")}, "amount inf is not a finite number"),
    (None, "edit", {"status": "maybe"}, "status: Input should be"),
    (None, "edit", {}, "an edit must change at least one field"),
    (None, "bless", None, "unknown decision 'bless'"),
])
def test_a_bad_decision_is_one_line_and_stores_nothing(store, target, action, changes, message):
    store.write_articles([first_report()])
    before = store.commitments()
    with pytest.raises(QueryError, match=re.escape(message)) as exc:
        store.record_decision(target or before[0]["id"], action, changes=changes)
    assert "\n" not in str(exc.value)
    assert store.commitments() == before and store.decisions() == []


def test_export_import_round_trip_is_idempotent(store, tmp_path):
    store.write_articles([first_report()])
    kinds = by_kind(store)
    store.record_decision(kinds["compute_purchase"]["id"], "reject", by="ana", note="no such lease")
    store.record_decision(kinds["investment"]["id"], "edit", by="ana", changes={"amount_usd": 3.2e9})
    store.record_decision("Brindle Labs", "rename", by="ben", changes={"name": "Brindle"})
    file = tmp_path / "corrections.json"
    assert corrections.export_file(store, file) == 3
    exported = json.loads(file.read_text())["decisions"]
    other = FalkorStore(tmp_path / "other" / "graph.db")
    try:
        other.ensure_schema()
        assert other.apply_decisions(corrections.read_file(file)) == 3   # before the articles arrive
        assert other.apply_decisions(corrections.read_file(file)) == 0
        other.write_articles([first_report()])
        assert without_times(by_kind(other)) == without_times(by_kind(store))
        assert {e["name"] for e in other.entities("Company")} == {e["name"] for e in store.entities("Company")}
        corrections.export_file(other, tmp_path / "again.json")
        assert json.loads((tmp_path / "again.json").read_text())["decisions"] == exported
    finally:
        other.close()
    assert store.apply_decisions(corrections.read_file(file)) == 0 and len(store.decisions()) == 3


@pytest.mark.parametrize("text, message", [
    ("{not json", "is not JSON (line 1"),
    ('{"decisions": []}', "is not a dealgraph corrections file"),
    ('{"format": "dealgraph-corrections", "version": 9, "decisions": []}', "has version 9"),
    ('{"format": "dealgraph-corrections", "version": 1, "decisions": [{"target_kind": "company", "target": "x", '
     '"action": "reject", "who": "a", "when": "2025-01-01T00:00:00"}]}', "decision 1: reject is not a company"),
])
def test_a_broken_corrections_file_is_refused_in_one_line(text, message):
    with pytest.raises(QueryError, match=re.escape(message)) as exc:
        corrections.parse(text, "team.json")
    assert str(exc.value).startswith("team.json") and "\n" not in str(exc.value)


@pytest.mark.neo4j
def test_copy_to_neo4j_carries_decisions_and_keeps_rejected_facts_hidden(falkor_store, neo4j_store):
    falkor_store.write_articles([first_report()])
    kinds = by_kind(falkor_store)
    falkor_store.record_decision(kinds["compute_purchase"]["id"], "reject")
    falkor_store.record_decision(kinds["investment"]["id"], "edit", changes={"amount_usd": 3.3e9})
    copy_graph(falkor_store, neo4j_store)
    assert neo4j_store.decisions() == falkor_store.decisions()
    assert by_kind(neo4j_store) == by_kind(falkor_store)
    assert sorted(by_kind(neo4j_store)) == ["investment", "partnership"]
    # and they keep working there: the same sentence from another article stays rejected
    neo4j_store.write_articles([first_report("art-9", published="2025-05-05")])
    assert sorted(by_kind(neo4j_store)) == ["investment", "partnership"]
    assert by_kind(neo4j_store)["investment"]["amount_usd"] == 3.3e9
