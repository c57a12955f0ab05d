"""What the store keeps about an article: where it was read from, its outlet and
its date exactly as given, and no date when none was given (both engines)."""
from graph.flow import FlowFilter, build_flow_graph
from tests.graph.facts import article, deal


def test_source_and_outlet_are_stored_and_reach_the_provenance(store):
    store.write_articles([article("m1", [deal("investment", "Harbor Capital", "Quill AI", 4e7)],
                                  source="news/quill.txt", outlet="Our Wire", published="2025-11-18",
                                  url="https://example.org/quill")])
    [stored] = store.articles()
    assert {k: stored[k] for k in ("id", "source", "outlet", "published", "url", "title")} == {
        "id": "m1", "source": "news/quill.txt", "outlet": "Our Wire", "published": "2025-11-18",
        "url": "https://example.org/quill", "title": "Article m1"}
    [c] = store.commitments()
    assert {k: c["sources"][0][k] for k in ("article_id", "source", "outlet", "published")} == {
        "article_id": "m1", "source": "news/quill.txt", "outlet": "Our Wire", "published": "2025-11-18"}
    assert store.article_facts("m1")["article"]["source"] == "news/quill.txt"


def test_an_undated_article_is_stored_without_a_date_and_a_date_range_leaves_it_out(store):
    store.write_articles([article("u1", [deal("investment", "Harbor Capital", "Quill AI", 4e7)], source="stdin"),
                          article("d1", [deal("investment", "Lumen Ventures", "Orbit Labs", 9e7)],
                                  source="wire.xml#2", published="2025-06-01")])
    stored = {a["id"]: a for a in store.articles()}
    assert "published" not in stored["u1"] and stored["u1"]["source"] == "stdin"
    rows = store.commitments()
    undated = next(c for c in rows if c["to_name"] == "Quill AI")
    assert undated.get("date") is None and undated["sources"][0]["published"] is None
    assert sorted(build_flow_graph(rows).edges) == [("Harbor Capital", "Quill AI"), ("Lumen Ventures", "Orbit Labs")]
    assert sorted(build_flow_graph(rows, FlowFilter(since="2025-01-01")).edges) == [("Lumen Ventures", "Orbit Labs")]
    assert sorted(build_flow_graph(rows, FlowFilter(until="2025-12-31")).edges) == [("Lumen Ventures", "Orbit Labs")]
