"""Shared fixtures: real engines only.

``store`` runs each store test twice: on the embedded FalkorDB (the default
backend) and on a real Neo4j Community 5.26 server (``tests/neo4j_server.py``)
through the official driver over Bolt. ``cli_env`` does the same for the
CLI tests. The Neo4j server is started once per session; Community has one
user database, so each test starts from an emptied graph.
"""
from __future__ import annotations

import contextlib
import os
import signal
from pathlib import Path

import pytest

from graph.config import StoreConfig
from graph.falkor_backend import FalkorStore

BACKENDS = ["falkordb", "neo4j"]


@pytest.fixture(scope="session")
def neo4j_server(tmp_path_factory):
    """A real Neo4j on 127.0.0.1 for the whole session, stopped at its end.

    Skipped only outside CI when the launcher is not built; in CI (CI=true)
    a missing launcher fails the tests that need it.
    """
    from tests.neo4j_server import LauncherMissing, Neo4jServer

    try:
        server = Neo4jServer.start(tmp_path_factory.mktemp("neo4j") / "home")
    except LauncherMissing as exc:
        if os.environ.get("CI"):
            pytest.fail(str(exc))
        pytest.skip(str(exc))
    yield server
    server.stop()


def neo4j_config(server, **overrides) -> StoreConfig:
    """The configuration that points dealgraph at the test server."""
    fields = {"backend": "neo4j", "neo4j_uri": server.uri, "neo4j_user": server.user,
              "neo4j_password": server.password, **overrides}
    return StoreConfig(**fields)


def neo4j_env(server) -> dict:
    """The environment a user sets to point the CLI at the test server."""
    return {"NEO4J_URI": server.uri, "NEO4J_USERNAME": server.user, "NEO4J_PASSWORD": server.password}


def empty_neo4j(server) -> None:
    """Delete every node (the dealgraph constraints and indexes stay)."""
    from neo4j import GraphDatabase

    with GraphDatabase.driver(server.uri, auth=server.auth) as driver:
        driver.execute_query("MATCH (n) DETACH DELETE n")


@pytest.fixture
def neo4j_store(neo4j_server):
    """The Neo4j backend on an emptied graph, schema in place."""
    from graph.neo4j_backend import Neo4jStore

    empty_neo4j(neo4j_server)
    s = Neo4jStore(neo4j_config(neo4j_server))
    s.ensure_schema()
    yield s
    s.close()


@pytest.fixture(params=BACKENDS)
def store(request, tmp_path):
    if request.param == "falkordb":
        s = fresh_falkor_store(tmp_path)
    else:
        s = request.getfixturevalue("neo4j_store")
    yield s
    if request.param == "falkordb":
        s.close()


def fresh_falkor_store(tmp_path: Path) -> FalkorStore:
    """A new embedded store with its schema. A fresh engine can deadlock on its first CREATE INDEX
    (FalkorDB/FalkorDB#2129), which the store reports after 30 s (`StoreUnavailable`, as a user sees
    it); the fixture then ends that engine and starts one more, once, in a folder of its own."""
    from graph.errors import StoreUnavailable

    for attempt in ("graph.db", "graph-again.db"):
        s = FalkorStore(tmp_path / attempt)
        try:
            s.ensure_schema()
            return s
        except StoreUnavailable:
            pid = s.server_pid
            s.close()
            with contextlib.suppress(ProcessLookupError, TypeError):
                os.kill(pid, signal.SIGKILL)
            if attempt == "graph-again.db":
                raise


@pytest.fixture
def falkor_store(tmp_path):
    s = fresh_falkor_store(tmp_path)
    yield s
    s.close()


@pytest.fixture
def embedded_cli_env(tmp_path):
    """Environment for running the dealgraph CLI against a fresh embedded store."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    env["DEALGRAPH_DB"] = str(tmp_path / "cli" / "graph.db")
    env["COLUMNS"] = "200"
    return env


@pytest.fixture(params=BACKENDS)
def cli_env(request, embedded_cli_env):
    """Environment for the CLI: a fresh embedded store, then the emptied Neo4j test server."""
    if request.param == "falkordb":
        return embedded_cli_env
    server = request.getfixturevalue("neo4j_server")
    empty_neo4j(server)
    env = {k: v for k, v in embedded_cli_env.items() if k != "DEALGRAPH_DB"}
    return {**env, **neo4j_env(server)}


def cli_store(env: dict):
    """The store a ``cli_env`` points the CLI at, opened in the test process (to set up data).

    >>> with cli_store(cli_env) as s:          # doctest: +SKIP
    ...     s.write_articles([...])
    """
    from graph.store import open_store

    return open_store(StoreConfig.from_env(db_path=env.get("DEALGRAPH_DB"), env=env))


def default_signals() -> None:
    """``preexec_fn`` for a child a test will signal: Ctrl+C and hangup do what they do at a
    terminal, even when the suite itself was started where they are ignored (``nohup``, or
    ``cmd &`` from a script, which ignores SIGINT, and an ignored signal stays ignored in
    every program started below it)."""
    import signal

    for sig in (signal.SIGINT, signal.SIGHUP):
        signal.signal(sig, signal.SIG_DFL)


def run_cli(args, env, input=None, timeout=120):
    """Run the installed ``dealgraph`` command as a user would."""
    import subprocess
    import sys

    exe = Path(sys.executable).parent / "dealgraph"
    return subprocess.run([str(exe), *args], env=env, input=input, capture_output=True, text=True,
                          timeout=timeout)
