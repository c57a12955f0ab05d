"""The embedded default: FalkorDB serving one store folder on a Unix socket
(no TCP port), with an append-only log fsynced on every write, so a write
reported as done survives kill -9. The engine's life is ``graph.engine``'s
business; the folder's layout is ``graph.layout``'s."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from . import engine, layout, locks, redis_client, values
from .errors import QueryError, ReadOnlyViolation, StoreError, StoreUnavailable
from .config import GRAPH_NAME
from .store import COUNTERS, GraphStore, QueryResult

redis = redis_client.load()     # without redis.asyncio, which nothing here uses

_SCALARS = (str, int, float, bool, type(None))
# How long past a user query's time limit the client still waits for the engine's answer.
TIMEOUT_GRACE_S = 3.0
# Creating an index answers at once (the engine fills it in the background): an engine silent
# this long is stuck (FalkorDB can deadlock, e.g. FalkorDB/FalkorDB#2129), and is said to be.
SCHEMA_WAIT_S = 30.0


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


def _plain(value):
    if type(value) in _SCALARS:   # already plain (values.scalar changes only dates and times)
        return value
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
    """The embedded store in its own folder, served by the folder's one engine.

    Opening a store attaches this process to the folder's engine (started
    if none runs, see ``graph.engine``); ``close`` detaches, and the engine
    stops once no process uses it. ``writing()`` holds the folder's writer
    lock, so one process writes at a time; reads never wait for it.
    """

    backend_name = "falkordb"

    def __init__(self, db_path: Path, graph_name: str = GRAPH_NAME, notice=None):
        import falkordb

        self._notice = notice or engine._stderr
        self.db_path = layout.prepare(Path(db_path), self._notice)
        self._link = engine.attach(self.db_path, self._notice)
        try:
            self._db = falkordb.FalkorDB(unix_socket_path=self._link.socket)
            self._graph = self._db.select_graph(graph_name)
        except Exception as exc:
            self._link.detach()
            raise StoreUnavailable(f"could not reach the embedded FalkorDB at {self.db_path}: {_message(exc)}") from None
        self._graph_name = graph_name
        self._writer = locks.WriterLock(self.db_path / "writer.lock", self.describe())

    def describe(self) -> str:
        return f"embedded FalkorDB at {self.db_path}"

    def version(self):
        """The engine's write counters: saves since it started, writes since the last save (every
        statement that changed the graph counts one) and the size of its write log, which no
        read moves. One INFO command, answered without touching the graph."""
        try:
            info = self._db.connection.info("persistence")
        except redis.exceptions.RedisError as exc:
            raise StoreUnavailable(f"lost the embedded FalkorDB: {_message(exc)}") from None
        return info["rdb_saves"], info["rdb_changes_since_last_save"], info.get("aof_current_size")

    @property
    def server_pid(self) -> int:
        return self._link.engine_pid

    @property
    def socket(self) -> str:
        return self._link.socket

    def _writer_lock(self) -> locks.WriterLock:
        return self._writer

    def _result(self, res) -> QueryResult:
        columns = [h[1] if isinstance(h, (list, tuple)) else str(h) for h in (res.header or [])]
        return QueryResult(columns, [[_plain(v) for v in row] for row in res.result_set],
                           counters={name: int(getattr(res, name)) for name in COUNTERS})

    def _run(self, cypher, params=None):
        try:
            return self._result(self._graph.query(cypher_params(params) + cypher if params else cypher))
        except redis.exceptions.ResponseError as exc:
            raise QueryError(_message(exc)) from None
        except redis.exceptions.ConnectionError as exc:
            raise StoreUnavailable(f"lost the embedded FalkorDB: {_message(exc)}") from None

    def _run_readonly(self, cypher, params, timeout_ms):
        """User Cypher with the engine's own time limit, on a connection of its own.

        The engine stops the query at ``timeout_ms``; should it not answer
        within a grace period after that, this client gives up on the
        connection instead of waiting, and says so in one line.
        """
        import falkordb

        wait = None if timeout_ms is None else timeout_ms / 1000 + TIMEOUT_GRACE_S
        db = falkordb.FalkorDB(unix_socket_path=self._link.socket, socket_timeout=wait)
        try:
            graph = db.select_graph(self._graph_name)
            return self._result(graph.ro_query(cypher, params or None, timeout=timeout_ms))
        except redis.exceptions.ResponseError as exc:
            msg = _message(exc)
            if "read-only" in msg or "RO_QUERY" in msg:
                raise ReadOnlyViolation("the query writes to the graph; this is the read-only query path") from None
            if "timed out" in msg.lower():
                raise QueryError(f"the query ran past its time limit of {timeout_ms} ms and was stopped") from None
            if "mem consumption" in msg:
                raise QueryError(f"the query needed more than {engine.QUERY_MEM_CAPACITY >> 20} MB in the engine "
                                 "and was stopped; narrow it (fewer rows, a LIMIT)") from None
            raise QueryError(msg) from None
        except redis.exceptions.TimeoutError:
            raise QueryError(f"the query ran past its time limit of {timeout_ms} ms; "
                             "gave up waiting for the engine") from None
        except redis.exceptions.ConnectionError as exc:
            raise StoreUnavailable(f"lost the embedded FalkorDB: {_message(exc)}") from None
        finally:
            db.connection.close()

    def _create_index(self, statement):
        """One index of the schema, on a connection that gives up after ``SCHEMA_WAIT_S``."""
        import falkordb

        db = None
        try:
            db = falkordb.FalkorDB(unix_socket_path=self._link.socket, socket_timeout=SCHEMA_WAIT_S)
            db.select_graph(self._graph_name).query(statement)
        except redis.exceptions.ResponseError as exc:
            if "already indexed" not in str(exc):
                raise QueryError(_message(exc)) from None
        except redis.exceptions.TimeoutError:
            raise StoreUnavailable(f"the embedded FalkorDB at {self.db_path} did not answer for {SCHEMA_WAIT_S:g} s "
                                   f"(its engine, pid {self._link.engine_pid}, is stuck): end that process and "
                                   "run the command again") from None
        except redis.exceptions.ConnectionError as exc:
            raise StoreUnavailable(f"lost the embedded FalkorDB: {_message(exc)}") from None
        finally:
            if db is not None:
                db.connection.close()

    def close(self):
        """Disconnect and detach; the engine stops when its last user has gone."""
        self.release_writer()
        try:
            self._db.connection.close()
        except Exception:  # the engine may already be gone; closing must not fail
            pass
        self._link.detach()
