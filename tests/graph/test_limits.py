"""Limits are enforced where the work is done (the engine), checked once for
every caller, and reported in one line; secrets never reach a message."""
import threading
import time

import pytest

from graph.config import StoreConfig, redact_uri
from graph.errors import QueryError
from graph.querylimits import MAX_ROWS, MAX_TIMEOUT_MS, clamp_rows, clamp_timeout, limit_rows
from tests.conftest import run_cli

# A cross product of 60 nodes five times over: far more than any time limit here allows.
RUNAWAY = "MATCH (a:N), (b:N), (c:N), (d:N), (e:N) RETURN count(*)"


@pytest.fixture
def sixty(falkor_store):
    falkor_store.query("UNWIND range(1, 60) AS i CREATE (:N {i: i})", write=True)
    return falkor_store


def test_three_million_rows_with_limit_200_are_cut_inside_the_engine(store):
    """On both engines (``store`` runs each test on the embedded one and on real Neo4j)."""
    start = time.monotonic()
    res = store.query("UNWIND range(1, 3000000) AS x RETURN x", limit=200)
    assert len(res.rows) == 200 and res.rows[-1] == [200] and res.truncated
    assert time.monotonic() - start < 5  # fetching 3M rows took tens of seconds


@pytest.mark.parametrize("cypher, params, expected", [
    ("MATCH (n) RETURN n", {}, "MATCH (n) RETURN n\nLIMIT 201"),
    ("MATCH (n) RETURN n LIMIT 5000", {}, "MATCH (n) RETURN n LIMIT 201"),
    ("MATCH (n) RETURN n LIMIT 7", {}, "MATCH (n) RETURN n LIMIT 7"),
    ("MATCH (n) RETURN n LIMIT $k", {"k": 10**6}, "MATCH (n) RETURN n LIMIT 201"),
    ("MATCH (n) RETURN n LIMIT $k", {"k": 3}, "MATCH (n) RETURN n LIMIT $k"),
    ("MATCH (n) RETURN n // note", {}, "MATCH (n) RETURN n // note\nLIMIT 201"),
    ("MATCH (n) RETURN n;", {}, "MATCH (n) RETURN n\nLIMIT 201"),
    ("RETURN 1 AS a UNION RETURN 2 AS a", {}, "RETURN 1 AS a\nLIMIT 201 UNION RETURN 2 AS a\nLIMIT 201"),
    ("CALL db.labels()", {}, "CALL db.labels()"),
    ("MATCH (n) WHERE n.name = 'LIMIT 3' RETURN n", {}, "MATCH (n) WHERE n.name = 'LIMIT 3' RETURN n\nLIMIT 201"),
    ("CALL { MATCH (n) RETURN n UNION MATCH (n) RETURN n } RETURN n", {},
     "CALL { MATCH (n) RETURN n UNION MATCH (n) RETURN n } RETURN n\nLIMIT 201"),
])
def test_the_row_limit_is_written_into_the_query(cypher, params, expected):
    assert limit_rows(cypher, params, 201) == expected


def test_limited_queries_still_give_their_answers(store):
    store.query("UNWIND range(1, 5) AS i CREATE (:N {i: i})", write=True)
    assert store.query("MATCH (n:N) RETURN n.i AS i ORDER BY i DESC LIMIT 2").rows == [[5], [4]]
    assert store.query("MATCH (n:N) RETURN n.i ORDER BY n.i", limit=3).rows == [[1], [2], [3]]
    union = store.query("MATCH (n:N) RETURN n.i AS i UNION MATCH (n:N) RETURN n.i + 10 AS i", limit=4)
    assert len(union.rows) == 4 and union.truncated
    assert ["N"] in store.query("CALL db.labels()").rows  # a procedure call is left as it is


@pytest.mark.parametrize("value, rows", [(None, 1000), ("", 1000), ("50", 50), (50.0, 50), (10**9, MAX_ROWS)])
def test_row_limits_are_clamped(value, rows):
    assert clamp_rows(value) == rows


@pytest.mark.parametrize("value, message", [
    (-1, "the row limit must be at least 1, got -1"), (0, "the row limit must be at least 1, got 0"),
    ("abc", "the row limit must be a whole number, got 'abc'"), (2.5, "the row limit must be a whole number"),
    (True, "the row limit must be a whole number")])
def test_bad_row_limits_are_one_clear_error(falkor_store, value, message):
    with pytest.raises(QueryError, match=message):
        falkor_store.query("RETURN 1", limit=value)


def test_time_limits_are_clamped_and_checked():
    assert clamp_timeout(None) == 30_000 and clamp_timeout("2500") == 2500
    assert clamp_timeout(10**12) == MAX_TIMEOUT_MS
    for bad in (-5, 0, "soon", [1]):
        with pytest.raises(QueryError):
            clamp_timeout(bad)


def test_the_engine_stops_a_query_at_its_time_limit(sixty):
    start = time.monotonic()
    with pytest.raises(QueryError, match="ran past its time limit of 1000 ms"):
        sixty.query(RUNAWAY, timeout_ms=1000)
    assert time.monotonic() - start < 4
    assert sixty.query("MATCH (n:N) RETURN count(n)").rows == [[60]]  # and the engine is free again


def test_a_runaway_query_does_not_hold_up_the_apps_own_reads(sixty):
    errors = []

    def runaway():
        try:
            sixty.query(RUNAWAY, timeout_ms=4000)
        except QueryError as exc:
            errors.append(str(exc))

    worker = threading.Thread(target=runaway)
    worker.start()
    time.sleep(0.3)
    start = time.monotonic()
    assert sixty.stats()["nodes"]["Company"] == 0  # the app's own queries still answer
    with pytest.raises(QueryError, match="another query on this store is still running"):
        sixty.query("RETURN 1", timeout_ms=500)  # a second console query waits its own limit, then says so
    assert time.monotonic() - start < 2
    worker.join(15)
    assert errors and "time limit" in errors[0]


def test_cli_timeout_and_bad_limits_are_one_line(embedded_cli_env):
    cli_env = embedded_cli_env
    assert run_cli(["query", "UNWIND range(1, 60) AS i CREATE (:N {i: i})", "--write"], cli_env).returncode == 0
    out = run_cli(["query", RUNAWAY, "--timeout-ms", "800"], cli_env)
    assert out.returncode == 1 and out.stderr.strip().splitlines() == [
        "error: the query ran past its time limit of 800 ms and was stopped"]
    for bad, message in (("abc", "whole number"), ("-1", "at least 1")):
        out = run_cli(["query", "RETURN 1", "--limit", bad], cli_env)
        assert out.returncode == 1 and len(out.stderr.strip().splitlines()) == 1 and message in out.stderr


@pytest.mark.parametrize("uri, shown, secret", [
    ("bolt://neo4j:p@ss@db.example:7687", "bolt://db.example:7687", "p@ss"),
    ("bolt://neo4j:cret@127.0.0.1:1", "bolt://127.0.0.1:1", "cret"),
    ("neo4j:hunter22@localhost:7687", "localhost:7687", "hunter22"),
    ("neo4j+s://db.example:7687?password=hunter22", "neo4j+s://db.example:7687?…", "hunter22"),
    ("neo4j+s://db.example?auth=neo4j:hunter22#frag", "neo4j+s://db.example?…", "hunter22"),
    ("bolt://u:pa/ss?wd@host:7687/db", "bolt://host:7687/db", "pa/ss?wd"),
    ("bolt:neo4j:hunter22", "bolt:***", "hunter22"),
    ("bolt://host:hunter22", "bolt://host:***", "hunter22"),
    ("bolt://127.0.0.1:7687", "bolt://127.0.0.1:7687", None),
])
def test_uri_shapes_never_show_their_secret(uri, shown, secret):
    assert redact_uri(uri) == shown
    if secret:
        assert secret not in redact_uri(uri)


def test_a_known_password_is_hidden_wherever_it_appears():
    config = StoreConfig(backend="neo4j", neo4j_uri="bolt://db.example/hunter22", neo4j_password="hunter22")
    assert config.describe() == "Neo4j at bolt://db.example/***"
    assert "hunter22" not in repr(config)
