"""Against a real Neo4j, only where NEO4J_URI is set (none can be installed here):
the Neo4j-only DDL, routing URIs and the engine's own read-only enforcement."""
import os
import uuid

import pytest

from graph.config import StoreConfig
from graph.errors import ReadOnlyViolation

pytestmark = [pytest.mark.neo4j,
              pytest.mark.skipif(not os.environ.get("NEO4J_URI"), reason="NEO4J_URI is not set")]


@pytest.fixture
def neo4j_store():
    from graph.neo4j_backend import Neo4jStore

    store = Neo4jStore(StoreConfig.from_env())
    store.ensure_schema()
    store.ensure_schema()  # constraints are created idempotently
    yield store
    store.close()


def test_constraints_exist(neo4j_store):
    names = {r[0] for r in neo4j_store._run("SHOW CONSTRAINTS YIELD name RETURN name").rows}
    assert "dealgraph_company_id" in names


def test_engine_refuses_writes_in_read_transactions(neo4j_store):
    marker = uuid.uuid4().hex
    with pytest.raises(ReadOnlyViolation):
        neo4j_store._run_readonly(f"CREATE (:Scratch {{id: '{marker}'}})", {}, 5000)
    assert neo4j_store.query("MATCH (n:Scratch {id: $m}) RETURN count(n)", {"m": marker}).rows == [[0]]
