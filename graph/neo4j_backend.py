"""Neo4j through the official driver over Bolt (bolt://, neo4j:// routing,
+s/+ssc variants, Aura). Data operations use the portable Cypher subset the
store shares with FalkorDB; the only Neo4j-only statements are the
constraint DDL in ``NEO4J_ONLY_SCHEMA`` below."""
from __future__ import annotations

import json
from urllib.parse import unquote
import logging

from neo4j import GraphDatabase, unit_of_work
from neo4j import exceptions as nx
from neo4j.graph import Node, Path, Relationship

from . import values
from .config import StoreConfig, redact_uri
from .errors import AuthError, QueryError, ReadOnlyViolation, StoreUnavailable
from .store import DEFAULT_BATCH, GraphStore, QueryResult

log = logging.getLogger(__name__)

# Neo4j 5 DDL: uniqueness constraints (which also index) and a plain index.
NEO4J_ONLY_SCHEMA = {
    "CREATE INDEX FOR (n:Commitment) ON (n.pair_key)":
        "CREATE INDEX dealgraph_commitment_pair_key IF NOT EXISTS FOR (n:Commitment) ON (n.pair_key)",
}


def _neo4j_statement(portable: str) -> str:
    if portable in NEO4J_ONLY_SCHEMA:
        return NEO4J_ONLY_SCHEMA[portable]
    label = portable.split(":", 1)[1].split(")", 1)[0]
    return (f"CREATE CONSTRAINT dealgraph_{label.lower()}_id IF NOT EXISTS "
            f"FOR (n:{label}) REQUIRE n.id IS UNIQUE")


def _split_userinfo(uri: str) -> tuple[str, str | None, str | None]:
    """Credentials written into the URI (user:pass@host) become auth, not part of the URI."""
    if "://" not in uri or "@" not in uri.split("://", 1)[1]:
        return uri, None, None
    scheme, rest = uri.split("://", 1)
    userinfo, host = rest.rsplit("@", 1)
    user, _, password = userinfo.partition(":")
    return f"{scheme}://{host}", unquote(user) or None, unquote(password) or None


def _plain(value):
    if isinstance(value, Node):
        return values.node(value.labels, {k: _plain(v) for k, v in value.items()})
    if isinstance(value, Relationship):
        return values.relationship(value.type, {k: _plain(v) for k, v in value.items()})
    if isinstance(value, Path):
        return values.path([_plain(n) for n in value.nodes], [_plain(r) for r in value.relationships])
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if hasattr(value, "iso_format"):  # neo4j.time types
        return value.iso_format()
    return values.scalar(value)


class Neo4jStore(GraphStore):
    backend_name = "neo4j"

    def __init__(self, config: StoreConfig):
        self._where = redact_uri(config.neo4j_uri or "")
        self._database = config.neo4j_database
        self._budget = config.bolt_param_bytes
        uri, user, password = _split_userinfo(config.neo4j_uri or "")
        user = config.neo4j_user or user
        password = config.neo4j_password if config.neo4j_password is not None else password
        auth = (user or "neo4j", password or "") if (user or password) else None
        try:
            self._driver = GraphDatabase.driver(uri, auth=auth, connection_timeout=5,
                                                max_transaction_retry_time=3)
        except (ValueError, nx.ConfigurationError):
            # the driver's message repeats the URI; never echo it
            raise StoreUnavailable(f"NEO4J_URI is not a usable Bolt URI ({self._where}); "
                                   "expected bolt://, neo4j:// or their +s/+ssc forms") from None
        self._check()

    def describe(self) -> str:
        db = f", database {self._database}" if self._database else ""
        return f"Neo4j at {self._where}{db}"

    def _session(self, **kw):
        return self._driver.session(database=self._database, **kw)

    def _check(self) -> None:
        try:
            with self._session() as s:
                s.execute_read(lambda tx: tx.run("RETURN 1").consume())
        except nx.AuthError:
            self._driver.close()
            raise AuthError(f"Neo4j at {self._where} refused the credentials "
                            "(check NEO4J_USERNAME and NEO4J_PASSWORD)") from None
        except (nx.ServiceUnavailable, nx.SessionExpired, OSError):
            self._driver.close()
            raise StoreUnavailable(f"cannot reach Neo4j at {self._where}") from None
        except nx.Neo4jError as exc:
            self._driver.close()
            raise StoreUnavailable(f"Neo4j at {self._where} refused the session ({exc.code or 'error'}; "
                                   "check NEO4J_USERNAME, NEO4J_PASSWORD and NEO4J_DATABASE)") from None

    @staticmethod
    def _collect(result) -> QueryResult:
        columns = list(result.keys())
        return QueryResult(columns, [[_plain(v) for v in rec.values()] for rec in result])

    def _error(self, exc: Exception) -> Exception:
        if isinstance(exc, (nx.ServiceUnavailable, nx.SessionExpired)):
            return StoreUnavailable(f"lost the connection to Neo4j at {self._where}")
        if isinstance(exc, nx.AuthError):
            return AuthError(f"Neo4j at {self._where} refused the credentials")
        code = getattr(exc, "code", "") or ""
        message = (getattr(exc, "message", None) or str(exc)).strip().splitlines()[0]
        if "AccessMode" in code or "read access mode" in message:
            return ReadOnlyViolation("the query writes to the graph; this is the read-only query path")
        return QueryError(f"Neo4j rejected the query: {message}")

    def _run(self, cypher, params=None):
        # Managed transactions: the driver retries transient failures (a
        # cluster leader switch, a dropped connection); dealgraph's own
        # writes are MERGEs, so a retry is harmless.
        try:
            with self._session() as s:
                return s.execute_write(lambda tx: self._collect(tx.run(cypher, params or {})))
        except (nx.DriverError, nx.Neo4jError) as exc:
            raise self._error(exc) from None

    def _write_atomic(self, parts):
        """One transaction of several statements, each under the Bolt message budget."""
        statements = [(clause + " RETURN 1", {"rows": chunk})
                      for clause, rows in parts for chunk in self._chunks(rows)]

        def work(tx):
            for cypher, params in statements:
                tx.run(cypher, params).consume()
        try:
            with self._session() as s:
                s.execute_write(work)
        except (nx.DriverError, nx.Neo4jError) as exc:
            raise self._error(exc) from None

    def _chunks(self, rows: list, batch_size: int | None = None):
        """Batches of rows; with a parameter budget set, also under that many bytes."""
        batch_size = batch_size or DEFAULT_BATCH
        if not self._budget:
            for i in range(0, len(rows), batch_size):
                yield rows[i:i + batch_size]
            return
        chunk, size = [], 0
        for row in rows:
            n = len(json.dumps(row, default=str))
            if chunk and (size + n > self._budget or len(chunk) >= batch_size):
                yield chunk
                chunk, size = [], 0
            chunk.append(row)
            size += n
        if chunk:
            yield chunk

    def _run_readonly(self, cypher, params, timeout_ms):
        @unit_of_work(timeout=(timeout_ms / 1000) if timeout_ms else None)
        def work(tx):
            return self._collect(tx.run(cypher, params or {}))
        try:
            with self._session() as s:
                return s.execute_read(work)
        except (nx.DriverError, nx.Neo4jError) as exc:
            raise self._error(exc) from None

    def _create_index(self, statement):
        try:
            self._run(_neo4j_statement(statement))
        except QueryError:
            # Servers that speak Bolt without Neo4j 5 DDL (FalkorDB) take the
            # portable form; an index that already exists is fine.
            try:
                self._run(statement)
            except QueryError as exc:
                log.debug("index not created (%s): %s", statement, exc)

    def close(self):
        self._driver.close()
