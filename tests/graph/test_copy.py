"""`dealgraph db copy` between the embedded store and the real Neo4j test
server, both ways: whole, idempotent, in batches, with a count check."""
import json
from pathlib import Path

import pytest

from graph.copy import CopyCheckFailed, copy_graph, graph_counts
from graph.falkor_backend import FalkorStore
from tests.conftest import neo4j_env, run_cli
from tests.graph.facts import article, deal

pytestmark = pytest.mark.neo4j

SAMPLES = Path(__file__).resolve().parents[2] / "ingest" / "samples"


def small_graph():
    return [article("a1", [deal("investment", "Orbit Cloud", "Quill AI", 2e9, upper=True),
                           deal("compute_purchase", "Quill AI", "Orbit Cloud", 3e9, gw=0.5)],
                    entities=[{"type": "Company", "name": "Orbit Cloud", "aliases": ["Orbit"]},
                              {"type": "Company", "name": "Quill AI"},
                              {"type": "Hardware", "name": "Lattice X9", "owner": "Orbit Cloud"}],
                    published="2025-03-04", outlet="A Newsletter"),
            article("a2", [deal("investment", "Fernhill Capital", "Quill AI", 5e8),
                           deal("partnership", "Quill AI", "Tessel Labs")])]


def sorted_export(store):
    nodes, rels = store.export_data()
    return (sorted(nodes, key=lambda n: (n["label"], n["id"])),
            sorted(rels, key=lambda r: (r["type"], r["from"], r["to"])))


@pytest.fixture
def embedded(tmp_path):
    s = FalkorStore(tmp_path / "embedded" / "graph.db")
    s.ensure_schema()
    yield s
    s.close()


def test_copy_to_neo4j_is_exact_batched_and_idempotent(embedded, neo4j_store):
    embedded.write_articles(small_graph())
    steps = []
    report = copy_graph(embedded, neo4j_store, batch=2, progress=steps.append)
    assert report.nodes_copied == 11 and report.relationships_copied == 19
    assert sum(steps) == report.source.total == 30 and len(steps) >= 6 + 5  # nodes two at a time
    assert sorted_export(neo4j_store) == sorted_export(embedded)
    again = copy_graph(embedded, neo4j_store, batch=1000)
    assert again.target_before == again.target_after == report.target_after
    assert sorted_export(neo4j_store) == sorted_export(embedded)


def test_copy_from_neo4j_merges_into_what_the_embedded_store_holds(embedded, neo4j_store):
    neo4j_store.write_articles(small_graph())
    embedded.write_articles([article("own", [deal("investment", "Marlow Fund", "Tessel Labs", 1e8)])])
    before = graph_counts(embedded)
    copy_graph(neo4j_store, embedded)
    after = graph_counts(embedded)
    # Tessel Labs is in both: merged, not doubled
    assert after.nodes["Company"] == before.nodes["Company"] + 4 - 1
    assert after.nodes["Article"] == 3 and after.nodes["Commitment"] == 5
    assert {c["from_name"] for c in embedded.commitments()} == {
        "Orbit Cloud", "Quill AI", "Fernhill Capital", "Marlow Fund"}


def test_a_node_that_cannot_be_keyed_fails_the_count_check_in_one_line(embedded, neo4j_store):
    embedded.write_articles(small_graph())
    embedded.query("CREATE (:Company {id: 42, name: 'Numbered'})", write=True)
    with pytest.raises(CopyCheckFailed) as info:
        copy_graph(embedded, neo4j_store)
    assert str(info.value) == ("count check failed after the copy (Company: 5 in the source, 4 in the target); "
                               "a node is copied only if its id is text; running the copy again is safe")
    assert graph_counts(neo4j_store).nodes["Commitment"] == 4


def cli(args, env):
    out = run_cli(args, env, timeout=300)
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_the_demo_graph_round_trips_embedded_neo4j_embedded(neo4j_server, neo4j_store, embedded_cli_env, tmp_path):
    first = {**embedded_cli_env, "DEALGRAPH_DB": str(tmp_path / "first" / "graph.db")}
    back = {**embedded_cli_env, "DEALGRAPH_DB": str(tmp_path / "back" / "graph.db")}
    on_neo4j = {**{k: v for k, v in embedded_cli_env.items() if k != "DEALGRAPH_DB"}, **neo4j_env(neo4j_server)}
    cli(["ingest", str(SAMPLES)], first)
    pushed = cli(["db", "copy", "--to", neo4j_server.uri], {**first, **neo4j_env(neo4j_server)})
    assert pushed.strip().splitlines()[-1].endswith(f"-> Neo4j at {neo4j_server.uri}; the counts check out")
    pulled = cli(["db", "copy", "--from", neo4j_server.uri], {**back, **neo4j_env(neo4j_server)})
    assert pulled.strip().splitlines()[-1].startswith(f"copied ")

    def views(env):
        stats = json.loads(cli(["db", "stats", "--format", "json"], env))
        return ({k: stats[k] for k in ("nodes", "relationships", "commitments_by_kind", "commitments_by_status")},
                json.loads(cli(["loops", "--format", "json"], env)),
                json.loads(cli(["concentration", "--format", "json"], env)))

    original = views(first)
    assert original[0]["nodes"]["Article"] == len(list(SAMPLES.glob("*.txt"))) + len(list(SAMPLES.glob("*.html")))
    assert original[1]["loops"]  # the samples hold loops: the comparison below is not of empty lists
    assert views(on_neo4j) == original
    assert views(back) == original


def test_bad_copy_requests_are_one_line_and_change_nothing(embedded_cli_env):
    env = embedded_cli_env
    cli(["query", "CREATE (:Company {id: 'kept', name: 'Kept'})", "--write"], env)
    for args, code, line in (
            (["db", "copy"], 2, "give exactly one of --to URI"),
            (["db", "copy", "--to", "http://user:pw@db.example:7474"], 1,
             "error: http://db.example:7474 is not a Neo4j URI (expected one of bolt://"),
            (["db", "copy", "--from", "bolt://neo4j:pw@127.0.0.1:9"], 1, "error: cannot reach Neo4j at bolt://127.0.0.1:9")):
        out = run_cli(args, env)
        assert out.returncode == code, (args, out.stderr)
        assert line in out.stderr and "pw" not in out.stderr.replace("NEO4J_PASSWORD", "")
        if code == 1:
            assert len(out.stderr.strip().splitlines()) == 1
    assert json.loads(cli(["db", "stats", "--format", "json"], env))["nodes"]["Company"] == 1
