"""The store interface on both engines: idempotent writes, the same-deal rule,
read-only queries, errors and export."""
import json

import networkx as nx
import pytest

from graph.errors import QueryError, ReadOnlyViolation
from graph.export import export_graph
from tests.graph.facts import article, deal


def counts(store):
    s = store.stats()
    return s["nodes"], s["relationships"]


def three_way():
    return article("a1", [
        deal("investment", "NVIDIA", "Anthropic", 10e9, upper=True,
             involves=[{"type": "Hardware", "name": "Vera Rubin"}]),
        deal("investment", "Microsoft", "Anthropic", 5e9),
        deal("compute_purchase", "Anthropic", "Microsoft", 30e9, gw=1.0),
    ], entities=[{"type": "Company", "name": "NVIDIA", "aliases": ["Nvidia"]},
                 {"type": "Company", "name": "Microsoft"}, {"type": "Company", "name": "Anthropic"},
                 {"type": "Hardware", "name": "Vera Rubin", "owner": "NVIDIA"},
                 {"type": "Product", "name": "Azure", "owner": "Microsoft"}],
        published="2025-11-18", outlet="Example News")


def test_writing_the_same_facts_twice_changes_nothing(store):
    first = store.write_articles([three_way()])
    before = counts(store)
    second = store.write_articles([three_way()])
    assert first.written == ["a1"] and second.duplicates == ["a1"] and not second.written
    assert counts(store) == before
    nodes, rels = before
    assert nodes["Company"] == 3 and nodes["Commitment"] == 3 and nodes["Article"] == 1
    assert rels["COMMITS"] == 3 and rels["TO"] == 3 and rels["REPORTED_IN"] == 3
    assert rels["MAKES"] == 1 and rels["OFFERS"] == 1 and rels["INVOLVES"] == 1


def test_upserts_merge_on_id(store):
    rows = [{"id": f"n{i}", "name": f"N{i}"} for i in range(25)]
    store.upsert_nodes("Company", rows, batch_size=10)
    store.upsert_nodes("Company", rows, batch_size=7)
    rels = [{"from": f"n{i}", "to": f"n{i + 1}"} for i in range(24)]
    store.upsert_relationships("PARTNERS", "Company", "Company", rels, batch_size=5)
    store.upsert_relationships("PARTNERS", "Company", "Company", rels, batch_size=5)
    assert store.query("MATCH (n:Company) RETURN count(n)").rows == [[25]]
    assert store.query("MATCH ()-[r:PARTNERS]->() RETURN count(r)").rows == [[24]]


def test_same_deal_from_two_articles_is_one_commitment_with_both_figures(store):
    store.write_articles([article("a1", [deal("investment", "NVIDIA", "Anthropic", 10e9, upper=True)])])
    summary = store.write_articles([article("a2", [deal("investment", "Nvidia Corp.", "Anthropic", 9.5e9)])])
    assert summary.commitments_merged == 1 and summary.commitments_added == 0
    [c] = store.commitments()
    assert c["amount_usd"] == 10e9  # the first figure is not overwritten
    assert sorted(c["amount_usd_reported"]) == [9.5e9, 10e9] and c["figures_conflict"] is True
    assert sorted(s["amount_usd"] for s in c["sources"]) == [9.5e9, 10e9]


def test_contradicting_figures_make_a_distinct_deal(store):
    store.write_articles([article("a1", [deal("investment", "Microsoft", "OpenAI", 1e9, date="2019-07-22")])])
    store.write_articles([article("a2", [deal("investment", "Microsoft", "OpenAI", 10e9, date="2023-01-23")])])
    assert sorted(c["amount_usd"] for c in store.commitments()) == [1e9, 10e9]


def test_partnership_is_one_deal_in_either_direction(store):
    store.write_articles([article("a1", [deal("partnership", "NVIDIA", "Anthropic")])])
    store.write_articles([article("a2", [deal("partnership", "Anthropic", "NVIDIA")])])
    assert len(store.commitments()) == 1


def test_rumour_then_announcement_upgrades_status(store):
    store.write_articles([article("a1", [deal("investment", "Amazon", "Anthropic", 4e9, status="rumoured")])])
    assert store.commitments()[0]["status"] == "rumoured"
    store.write_articles([article("a2", [deal("investment", "Amazon", "Anthropic", 4e9)])])
    assert store.commitments()[0]["status"] == "announced"
    assert [c["id"] for c in store.commitments(statuses=["announced"])]


def test_self_commitment_is_refused(store):
    store.write_articles([article("a1", [deal("investment", "OpenAI", "OpenAI", 1e9)])])
    assert store.commitments() == []


def test_read_only_path_refuses_writes(store):
    with pytest.raises(ReadOnlyViolation):
        store.query("CREATE (n:Company {id: 'x'})")
    with pytest.raises(ReadOnlyViolation):
        store.query("MATCH (n) DETACH DELETE n")
    # a write keyword inside a string is not a write
    assert store.query("RETURN 'CREATE' AS word").rows == [["CREATE"]]
    store.query("CREATE (n:Company {id: 'x'})", write=True)
    assert store.query("MATCH (n:Company {id: $id}) RETURN n.id", {"id": "x"}).rows == [["x"]]


def test_syntax_error_is_a_query_error(store):
    with pytest.raises(QueryError):
        store.query("MATCH (n RETURN n")


def test_results_are_plain_nodes_relationships_and_paths(store):
    store.write_articles([three_way()])
    res = store.query("MATCH p = (a:Company {id: 'nvidia'})-[r:COMMITS]->(c) RETURN a, r, p")
    a, r, p = res.rows[0]
    assert a["kind"] == "node" and a["labels"] == ["Company"] and a["properties"]["aliases"] == ["Nvidia"]
    assert r["kind"] == "relationship" and r["type"] == "COMMITS"
    assert p["kind"] == "path" and len(p["nodes"]) == 2


def test_row_limit_truncates(store):
    store.write_articles([three_way()])
    res = store.query("MATCH (n) RETURN n", limit=2)
    assert len(res.rows) == 2 and res.truncated


def test_merge_entities_folds_and_is_remembered(store):
    store.write_articles([article("a1", [deal("investment", "Google", "Anthropic", 2e9)])])
    store.write_articles([article("a2", [deal("compute_purchase", "Anthropic", "Alphabet", 1e9)])])
    out = store.merge_entities("Google", "Alphabet")
    assert out["kept"] == "Google"
    names = {e["name"] for e in store.entities("Company")}
    assert names == {"Google", "Anthropic"}
    assert {(c["from_name"], c["to_name"]) for c in store.commitments()} == {
        ("Google", "Anthropic"), ("Anthropic", "Google")}
    assert store.alias_rules() == {"alphabet": "Google"}
    google = [e for e in store.entities("Company") if e["name"] == "Google"][0]
    assert "Alphabet" in google["aliases"]


def test_export_formats(store, tmp_path):
    store.write_articles([three_way()])
    data = json.loads(export_graph(store, "json", None))
    assert {n["label"] for n in data["nodes"]} >= {"Company", "Commitment", "Article"}
    g = nx.read_graphml(tmp_path / "g.graphml") if export_graph(store, "graphml", tmp_path / "g.graphml") is None else None
    assert g.number_of_nodes() == len(data["nodes"]) and g.number_of_edges() == len(data["relationships"])
    export_graph(store, "csv", tmp_path / "csv")
    assert (tmp_path / "csv" / "nodes.csv").read_text().count("\n") == len(data["nodes"]) + 1
    assert (tmp_path / "csv" / "relationships.csv").exists()


def test_evidence_with_quotes_backslashes_accents_and_line_breaks_is_stored_intact(store):
    sentence = 'Zoë said "the \\ deal" is done —\nworth $1 billion. It\'s final.'
    store.write_articles([article("a1", [deal("investment", "Société Générale", "Anthropic", 1e9,
                                              sentence=sentence)])])
    [c] = store.commitments()
    assert c["from_name"] == "Société Générale"
    assert c["sources"][0]["sentence"] == sentence


def test_a_deal_stored_before_reports_kept_what_they_involve_still_involves_it(store):
    # an older store kept what a deal involves only as INVOLVES links, not on its REPORTED_IN
    store.write_articles([article("a1", [deal("investment", "Lumen Labs", "Quill AI", 2e9,
                                              involves=[{"type": "Model", "name": "Quill-3"}])])])
    store.query("MATCH ()-[s:REPORTED_IN]->() REMOVE s.involves", write=True)
    store.write_articles([article("a2", [deal("investment", "Lumen Labs", "Quill AI", 2e9)])])
    rows = store.query("MATCH (c:Commitment)-[:INVOLVES]->(m:Model) RETURN c.pair_key, m.id").rows
    assert rows == [["investment|lumen-labs|quill-ai", "quill-3"]]
    assert store.query("MATCH (:Commitment)-[s:REPORTED_IN]->(a:Article) RETURN a.id, s.involves "
                       "ORDER BY a.id").rows == [["a1", ["Model|quill-3"]], ["a2", []]]
