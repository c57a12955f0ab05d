"""The embedded default: FalkorDB run by falkordblite as a child process on a
Unix socket (no TCP port), persisted to one data file with an append-only
log fsynced on every write, so a write reported as done survives kill -9."""
from __future__ import annotations

import os
import signal
from functools import lru_cache
from pathlib import Path

import redis

from . import values
from .errors import QueryError, ReadOnlyViolation, StoreError, StoreUnavailable
from .config import GRAPH_NAME
from .store import GraphStore, QueryResult

_SCALARS = (str, int, float, bool, type(None))


def cypher_params(params: dict) -> str:
    """The CYPHER parameter header FalkorDB reads, written as the falkordb
    client writes it (strings quoted, map keys in backticks) but without its
    per-value type dispatch, which was a large share of a write's time, and
    with control characters escaped so that the header stays one line."""
    parts = ["CYPHER"]
    for key, value in params.items():
        parts.append(f"{_key(key)}={_literal(value)}")
    return " ".join(parts) + " "


@lru_cache(maxsize=4096)
def _key(key) -> str:
    key = str(key)
    if not key or "`" in key:
        raise ValueError(f"a Cypher parameter or map key cannot be empty or hold a backtick: {key!r}")
    return f"`{key}`"


def _literal(value) -> str:
    kind = type(value)
    if kind is str:
        # the header is one line: control characters are escaped as well
        # (falkordb-py's own quoting leaves newlines raw, falkordb-py#201)
        text = value.replace("\\", "\\\\").replace('"', '\\"')
        if "\n" in text or "\r" in text or "\t" in text:
            text = text.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
        return '"' + text + '"'
    if value is None:
        return "null"
    if kind is list or kind is tuple:
        return "[" + ",".join([_literal(v) for v in value]) + "]"
    if kind is dict:
        return "{" + ",".join([f"{_key(k)}:{_literal(v)}" for k, v in value.items()]) + "}"
    if kind in (int, float, bool):
        return str(value)
    from falkordb.helpers import stringify_param_value

    return stringify_param_value(value)


SERVER_CONFIG = {
    "appendonly": "yes",
    "appendfsync": "always",
    "aof-load-truncated": "yes",
}


def _plain(value):
    if type(value) in _SCALARS:
        return values.scalar(value)
    from falkordb.edge import Edge
    from falkordb.node import Node
    from falkordb.path import Path as FPath

    if isinstance(value, Node):
        return values.node(value.labels or [], {k: _plain(v) for k, v in value.properties.items()})
    if isinstance(value, Edge):
        return values.relationship(value.relation, {k: _plain(v) for k, v in value.properties.items()})
    if isinstance(value, FPath):
        return values.path([_plain(n) for n in value.nodes()], [_plain(e) for e in value.edges()])
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return values.scalar(value)


def _message(exc: Exception) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text.replace("errMsg: ", "")


class FalkorStore(GraphStore):
    backend_name = "falkordb"

    def __init__(self, db_path: Path, graph_name: str = GRAPH_NAME):
        from redislite.falkordb_client import FalkorDB

        self.db_path = Path(db_path)
        folder = self.db_path.parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the data folder {folder}: {exc.strerror}") from None
        if not os.access(folder, os.W_OK):
            raise StoreError(f"the data folder {folder} is not writable (choose another with --db or DEALGRAPH_DB)")
        _clear_stale_registry(self.db_path)
        try:
            self._db = FalkorDB(str(self.db_path), serverconfig=dict(SERVER_CONFIG))
        except Exception as exc:  # redislite raises its own exception types
            raise StoreUnavailable(f"could not start the embedded FalkorDB at {self.db_path}: {_message(exc)}") from None
        self._graph = self._db.select_graph(graph_name)

    def describe(self) -> str:
        return f"embedded FalkorDB at {self.db_path}"

    @property
    def server_pid(self) -> int:
        return self._db.client.pid

    def _result(self, res) -> QueryResult:
        columns = [h[1] if isinstance(h, (list, tuple)) else str(h) for h in (res.header or [])]
        return QueryResult(columns, [[_plain(v) for v in row] for row in res.result_set])

    def _run(self, cypher, params=None):
        try:
            return self._result(self._graph.query(cypher_params(params) + cypher if params else cypher))
        except redis.exceptions.ResponseError as exc:
            raise QueryError(_message(exc)) from None
        except redis.exceptions.ConnectionError as exc:
            raise StoreUnavailable(f"lost the embedded FalkorDB: {_message(exc)}") from None

    def _run_readonly(self, cypher, params, timeout_ms):
        try:
            return self._result(self._graph.ro_query(cypher, params or None, timeout=timeout_ms))
        except redis.exceptions.ResponseError as exc:
            msg = _message(exc)
            if "read-only" in msg or "RO_QUERY" in msg:
                raise ReadOnlyViolation("the query writes to the graph; this is the read-only query path") from None
            if "timed out" in msg.lower():
                raise QueryError(f"the query ran past its time limit of {timeout_ms} ms") from None
            raise QueryError(msg) from None
        except redis.exceptions.ConnectionError as exc:
            raise StoreUnavailable(f"lost the embedded FalkorDB: {_message(exc)}") from None

    def _create_index(self, statement):
        try:
            self._graph.query(statement)
        except redis.exceptions.ResponseError as exc:
            if "already indexed" not in str(exc):
                raise QueryError(_message(exc)) from None

    def close(self):
        """Disconnect; the last client stops the engine.

        redislite's own shutdown (a SHUTDOWN command) takes seconds here; a
        SIGTERM makes the server finish the same graceful shutdown at once.
        Every write is already fsynced to the append-only file.
        """
        client = self._db.client
        try:
            pid = client.pid
            if pid and client._connection_count() <= 1:
                client.connection_pool.disconnect()
                os.kill(pid, signal.SIGTERM)
                _wait_exit(pid)
        except Exception:  # the server may already be gone; closing must not fail
            pass
        try:
            self._db.close()
        except Exception:
            pass


def _clear_stale_registry(db_path: Path) -> None:
    """Forget a server that died without cleaning up (kill -9, power loss).

    falkordblite records the running server beside the data file and
    reconnects to it; a dead or zombie server would otherwise be "found".
    """
    import json

    import psutil

    registry = Path(f"{db_path}.settings")
    if not registry.exists():
        return
    try:
        settings = json.loads(registry.read_text())
        pid = int(Path(settings["pidfile"]).read_text().strip())
        proc = psutil.Process(pid)
        alive = proc.is_running() and proc.status() != psutil.STATUS_ZOMBIE
        sock = settings.get("unixsocket")
        if alive and sock and os.path.exists(sock):
            return
    except (OSError, ValueError, KeyError, psutil.Error):
        pass
    registry.unlink(missing_ok=True)


def _wait_exit(pid: int, timeout: float = 10.0) -> None:
    import psutil

    try:
        proc = psutil.Process(pid)
        proc.wait(timeout)
    except (psutil.NoSuchProcess, psutil.TimeoutExpired, ChildProcessError):
        pass
