"""What only a real Neo4j shows: Neo4j 5 schema DDL, the engine's own
read-only refusal, time limits as transaction timeouts, rollback, routing
with neo4j://, named databases, refused credentials and an unreachable
server, each in one line with no secret printed. The server is the real
Neo4j Community 5.26 that ``tests/neo4j_server.py`` starts."""
import json
import time
import uuid
from pathlib import Path

import pytest

from graph.errors import AuthError, QueryError, ReadOnlyViolation, StoreUnavailable
from graph.neo4j_backend import Neo4jStore
from tests.conftest import neo4j_config, neo4j_env, run_cli
from tests.graph.facts import article, deal

pytestmark = pytest.mark.neo4j

SLOW_QUERY = "UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b RETURN count(*)"


def test_schema_is_named_neo4j_5_constraints_and_indexes_made_once(neo4j_store):
    neo4j_store.ensure_schema()  # a second time changes nothing
    constraints = neo4j_store._run("SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties "
                                   "RETURN name, type, labelsOrTypes, properties ORDER BY name").rows
    assert constraints == [[f"dealgraph_{label.lower()}_id", "UNIQUENESS", [label], ["id"]]
                           for label in sorted(["AliasRule", "Article", "Commitment", "Company", "Decision",
                                                "Hardware", "Model", "Product", "RejectedCommitment"])]
    indexes = neo4j_store._run("SHOW INDEXES YIELD name, owningConstraint WHERE owningConstraint IS NULL "
                               "AND name STARTS WITH 'dealgraph' RETURN name ORDER BY name").rows
    assert indexes == [["dealgraph_commitment_pair_key"], ["dealgraph_decision_pair_key"],
                       ["dealgraph_decision_target"], ["dealgraph_rejectedcommitment_pair_key"]]


def test_the_engine_itself_refuses_a_write_in_a_read_transaction(neo4j_store):
    marker = uuid.uuid4().hex
    with pytest.raises(ReadOnlyViolation):  # past the lexical check, straight to Neo4j
        neo4j_store._run_readonly("CREATE (:Scratch {id: $m})", {"m": marker}, 5000)
    assert neo4j_store.query("MATCH (n:Scratch {id: $m}) RETURN count(n)", {"m": marker}).rows == [[0]]


def test_time_limit_is_the_transaction_timeout_and_neo4j_stops_the_query(neo4j_store):
    began = time.monotonic()
    with pytest.raises(QueryError) as info:
        neo4j_store.query(SLOW_QUERY, timeout_ms=500)
    assert str(info.value) == "the query ran past its time limit of 500 ms"
    assert time.monotonic() - began < 10
    running = neo4j_store._run("SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery STARTS WITH 'UNWIND range(1, 100000)' "
                               "RETURN count(*)").rows
    assert running == [[0]]


def test_a_failed_statement_rolls_back_the_whole_write(neo4j_store):
    rows = [{"id": "kept-out", "props": {"name": "Kept Out"}}]
    with pytest.raises(QueryError):
        neo4j_store._write_atomic([
            ("FOREACH (x IN $rows | MERGE (n:Company {id: x.id}) SET n += x.props)", rows),
            ("FOREACH (x IN $rows | MERGE (n:Company {id: x.id}) SET n.bad = 1 / 0)", rows)])
    assert neo4j_store.query("MATCH (n:Company) RETURN count(n)").rows == [[0]]


def test_temporal_values_and_element_ids_come_back_plain(neo4j_store):
    row = neo4j_store.query("RETURN date('2025-11-18') AS d, datetime('2025-11-18T09:30:00Z') AS t, "
                            "duration('P2D') AS span").rows[0]
    assert row == ["2025-11-18", "2025-11-18T09:30:00+00:00", "P2D"]
    neo4j_store.write_articles([article("a1", [deal("investment", "Orbit Cloud", "Quill AI", 2e9)])])
    [[eid]] = neo4j_store.query("MATCH (n:Company {id: 'quill-ai'}) RETURN elementId(n)").rows
    assert neo4j_store.query("MATCH (n) WHERE elementId(n) = $e RETURN n.name", {"e": eid}).rows == [["Quill AI"]]


def test_routing_with_the_neo4j_scheme_reads_and_writes(neo4j_server, neo4j_store):
    routed_uri = neo4j_server.uri.replace("bolt://", "neo4j://")
    with Neo4jStore(neo4j_config(neo4j_server, neo4j_uri=routed_uri)) as routed:
        table = routed._run("CALL dbms.routing.getRoutingTable({}, 'neo4j') YIELD servers "
                            "UNWIND servers AS s RETURN s.role, s.addresses ORDER BY s.role").rows
        address = neo4j_server.uri.removeprefix("bolt://")
        assert table == [["READ", [address]], ["ROUTE", [address]], ["WRITE", [address]]]
        routed.write_articles([article("a1", [deal("compute_purchase", "Quill AI", "Orbit Cloud", 3e9)])])
        [c] = routed.commitments()  # a read right after the write sees it
        assert (c["from_name"], c["to_name"], c["amount_usd"]) == ("Quill AI", "Orbit Cloud", 3e9)
        assert routed.describe() == f"Neo4j at {routed_uri}"


def test_named_database_and_a_missing_one(neo4j_server, neo4j_store):
    with Neo4jStore(neo4j_config(neo4j_server, neo4j_database="neo4j")) as named:
        named.write_articles([article("a1", [deal("investment", "Orbit Cloud", "Quill AI", 2e9)])])
        assert named.describe().endswith(", database neo4j")
    assert len(neo4j_store.commitments()) == 1  # the default database is the named one
    with pytest.raises(StoreUnavailable) as info:
        Neo4jStore(neo4j_config(neo4j_server, neo4j_database="nosuchdb"))
    assert str(info.value) == (f"Neo4j at {neo4j_server.uri} has no database named 'nosuchdb' "
                               "(check NEO4J_DATABASE)")


def test_wrong_password_is_one_clear_error(neo4j_server):
    with pytest.raises(AuthError) as info:
        Neo4jStore(neo4j_config(neo4j_server, neo4j_password="not-the-password"))
    assert str(info.value) == (f"Neo4j at {neo4j_server.uri} refused the credentials "
                               "(check NEO4J_USERNAME and NEO4J_PASSWORD)")


def test_cli_refused_credentials_are_one_line_and_never_printed(neo4j_server, embedded_cli_env):
    env = {k: v for k, v in embedded_cli_env.items() if k != "DEALGRAPH_DB"}
    for uri in (neo4j_server.uri.replace("bolt://", "bolt://neo4j:inline-pw@"), neo4j_server.uri):
        out = run_cli(["db", "stats"], {**env, **neo4j_env(neo4j_server), "NEO4J_URI": uri,
                                        "NEO4J_PASSWORD": "s3cret-pass"})
        assert out.returncode == 1
        assert out.stderr.strip().splitlines() == [
            f"error: Neo4j at {neo4j_server.uri} refused the credentials (check NEO4J_USERNAME and NEO4J_PASSWORD)"]
        assert "s3cret" not in out.stdout + out.stderr and "inline" not in out.stdout + out.stderr


def test_cli_unreachable_server_is_one_line_without_password(embedded_cli_env):
    env = {k: v for k, v in embedded_cli_env.items() if k != "DEALGRAPH_DB"}
    out = run_cli(["db", "stats"], {**env, "NEO4J_URI": "bolt://neo4j:inline-pw@127.0.0.1:9",
                                    "NEO4J_USERNAME": "neo4j", "NEO4J_PASSWORD": "s3cret-pass"})
    assert out.returncode == 1
    assert out.stderr.strip().splitlines() == ["error: cannot reach Neo4j at bolt://127.0.0.1:9"]
    assert "s3cret" not in out.stdout + out.stderr and "inline" not in out.stdout + out.stderr


def test_cli_names_the_neo4j_server_it_uses(neo4j_server, neo4j_store, embedded_cli_env):
    env = {k: v for k, v in embedded_cli_env.items() if k != "DEALGRAPH_DB"}
    stats = run_cli(["db", "stats", "--format", "json"], {**env, **neo4j_env(neo4j_server)})
    assert stats.returncode == 0
    assert json.loads(stats.stdout)["backend"] == f"Neo4j at {neo4j_server.uri}"


STARTER = """
import sys, time
from pathlib import Path
from tests.neo4j_server import Neo4jServer
server = Neo4jServer.start(Path(sys.argv[1]))
print(server.proc.pid, flush=True)
time.sleep(600)
"""


def test_the_server_dies_with_the_process_that_started_it(neo4j_server, tmp_path):
    """(neo4j_server: the launcher is built, or this is skipped and failed like the others.)"""
    import os
    import signal
    import subprocess
    import sys

    import psutil

    starter = subprocess.Popen([sys.executable, "-c", STARTER, str(tmp_path / "home")], stdout=subprocess.PIPE,
                               text=True, cwd=Path(__file__).resolve().parents[2])
    jvm = psutil.Process(int(starter.stdout.readline()))
    assert jvm.is_running() and "neo4j-launcher.jar" in " ".join(jvm.cmdline())
    os.kill(starter.pid, signal.SIGKILL)  # no clean-up code of the starter runs
    starter.wait(10)
    try:
        jvm.wait(90)
    except psutil.TimeoutExpired:
        jvm.kill()
        pytest.fail("the Neo4j JVM outlived the process that started it")
