"""Neo4j through the official driver over Bolt: ``bolt://`` for one server,
``neo4j://`` for routing (a cluster, Aura), and their ``+s``/``+ssc`` forms.

Data operations use the portable Cypher subset the store shares with
FalkorDB; the only Neo4j-only statements are the Neo4j 5 schema DDL built
by ``schema_statement``. dealgraph's own statements that only read run in
read transactions (in a cluster the driver sends them to a reader), writes
in write transactions (sent to the leader); one bookmark manager per store
makes every read see the writes made before it, whichever member serves it.
User Cypher runs in a read transaction with the time limit as the
transaction's timeout, so Neo4j itself stops a runaway query and refuses a
write.
"""
from __future__ import annotations

import logging
from urllib.parse import unquote

from neo4j import GraphDatabase, unit_of_work
from neo4j import exceptions as nx
from neo4j.graph import Node, Path, Relationship

from . import values
from .config import StoreConfig, redact_uri
from .errors import AuthError, QueryError, ReadOnlyViolation, StoreUnavailable
from .readonly import check_read_only
from .store import COUNTERS, GraphStore, QueryResult

log = logging.getLogger(__name__)

TIMED_OUT = ("TransactionTimedOut", "TransactionTimedOutClientConfiguration")


def schema_statement(portable: str) -> str:
    """The Neo4j 5 DDL for one of ``schema.INDEX_STATEMENTS``: ids become
    uniqueness constraints (which are indexed), other properties plain
    indexes; both named and created IF NOT EXISTS.

    >>> schema_statement("CREATE INDEX FOR (n:Company) ON (n.id)")
    'CREATE CONSTRAINT dealgraph_company_id IF NOT EXISTS FOR (n:Company) REQUIRE n.id IS UNIQUE'
    >>> schema_statement("CREATE INDEX FOR (n:Commitment) ON (n.pair_key)")
    'CREATE INDEX dealgraph_commitment_pair_key IF NOT EXISTS FOR (n:Commitment) ON (n.pair_key)'
    """
    label = portable.split(":", 1)[1].split(")", 1)[0]
    prop = portable.rsplit("n.", 1)[1].rstrip(")")
    name = f"dealgraph_{label.lower()}_{prop}"
    if prop == "id":
        return f"CREATE CONSTRAINT {name} IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE"
    return f"CREATE INDEX {name} IF NOT EXISTS FOR (n:{label}) ON (n.{prop})"


def split_userinfo(uri: str) -> tuple[str, str | None, str | None]:
    """Credentials written into the URI (user:pass@host) become auth, not part of the URI.

    >>> split_userinfo("bolt://neo4j:p%40ss@db.example:7687")
    ('bolt://db.example:7687', 'neo4j', 'p@ss')
    """
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
    if hasattr(value, "to_native"):  # neo4j.time dates and times: as Python's, to the microsecond
        return values.scalar(value.to_native())
    if hasattr(value, "iso_format"):  # neo4j.time.Duration
        return value.iso_format()
    return values.scalar(value)


def _writes(cypher: str) -> bool:
    try:
        check_read_only(cypher)
    except ReadOnlyViolation:
        return True
    return False


class Neo4jStore(GraphStore):
    backend_name = "neo4j"

    def __init__(self, config: StoreConfig):
        self._where = redact_uri(config.neo4j_uri or "")
        self._database = config.neo4j_database
        uri, user, password = split_userinfo(config.neo4j_uri or "")
        user = config.neo4j_user or user
        password = config.neo4j_password if config.neo4j_password is not None else password
        auth = (user or "neo4j", password or "") if (user or password) else None
        try:
            # notifications ("this label does not exist yet") are hints for
            # people writing Cypher by hand; dealgraph's own queries meet them
            # on every empty graph, so the server is asked not to send them
            self._driver = GraphDatabase.driver(uri, auth=auth, connection_timeout=5,
                                                max_transaction_retry_time=3,
                                                notifications_min_severity="OFF")
        except (ValueError, nx.ConfigurationError):
            # the driver's message repeats the URI; never echo it
            raise StoreUnavailable(f"NEO4J_URI is not a usable Bolt URI ({self._where}); "
                                   "expected bolt://, neo4j:// or their +s/+ssc forms") from None
        self._bookmarks = GraphDatabase.bookmark_manager()
        self._check()

    def describe(self) -> str:
        db = f", database {self._database}" if self._database else ""
        return f"Neo4j at {self._where}{db}"

    def _session(self, **kw):
        return self._driver.session(database=self._database, bookmark_manager=self._bookmarks, **kw)

    def _check(self) -> None:
        try:
            with self._session() as s:
                s.execute_read(lambda tx: tx.run("RETURN 1").consume())
        except (nx.DriverError, nx.Neo4jError, OSError) as exc:
            self._driver.close()
            raise self._open_error(exc) from None

    def _open_error(self, exc: Exception) -> Exception:
        """The one line to say when the first session fails."""
        code = getattr(exc, "code", "") or ""
        if isinstance(exc, nx.AuthError) or code.startswith("Neo.ClientError.Security."):
            return AuthError(f"Neo4j at {self._where} refused the credentials "
                             "(check NEO4J_USERNAME and NEO4J_PASSWORD)")
        if "DatabaseNotFound" in code:
            return StoreUnavailable(f"Neo4j at {self._where} has no database named "
                                    f"'{self._database}' (check NEO4J_DATABASE)")
        if isinstance(exc, (nx.ServiceUnavailable, nx.SessionExpired, OSError)):
            return StoreUnavailable(f"cannot reach Neo4j at {self._where}")
        return StoreUnavailable(f"Neo4j at {self._where} refused the session ({code or type(exc).__name__}; "
                                "check NEO4J_USERNAME, NEO4J_PASSWORD and NEO4J_DATABASE)")

    @staticmethod
    def _collect(result) -> QueryResult:
        columns = list(result.keys())
        rows = [[_plain(v) for v in rec.values()] for rec in result]
        counters = result.consume().counters
        return QueryResult(columns, rows, counters={name: getattr(counters, name) for name in COUNTERS})

    def _error(self, exc: Exception, timeout_ms: int | None = None) -> Exception:
        if isinstance(exc, (nx.ServiceUnavailable, nx.SessionExpired)):
            return StoreUnavailable(f"lost the connection to Neo4j at {self._where}")
        code = getattr(exc, "code", "") or ""
        if isinstance(exc, nx.AuthError) or code.startswith("Neo.ClientError.Security."):
            return AuthError(f"Neo4j at {self._where} refused the credentials")
        message = (getattr(exc, "message", None) or str(exc)).strip().splitlines()[0]
        if "AccessMode" in code or "read access mode" in message:
            return ReadOnlyViolation("the query writes to the graph; this is the read-only query path")
        if any(code.endswith(t) for t in TIMED_OUT):
            return QueryError(f"the query ran past its time limit of {timeout_ms} ms")
        return QueryError(f"Neo4j rejected the query: {message}")

    def _run(self, cypher, params=None):
        """Managed transactions: the driver retries transient failures (a
        cluster leader switch, a dropped connection); dealgraph's own writes
        are MERGEs, so a retry is harmless. Statements that only read run as
        reads, so that a cluster serves them from any member."""
        work = lambda tx: self._collect(tx.run(cypher, params or {}))  # noqa: E731
        try:
            with self._session() as s:
                return s.execute_write(work) if _writes(cypher) else s.execute_read(work)
        except (nx.DriverError, nx.Neo4jError) as exc:
            raise self._error(exc) from None

    def _write_atomic(self, parts):
        """One transaction of several statements, one per batch of rows."""
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

    def _run_readonly(self, cypher, params, timeout_ms):
        @unit_of_work(timeout=(timeout_ms / 1000) if timeout_ms else None)
        def work(tx):
            return self._collect(tx.run(cypher, params or {}))
        try:
            with self._session() as s:
                return s.execute_read(work)
        except (nx.DriverError, nx.Neo4jError) as exc:
            raise self._error(exc, timeout_ms) from None

    def version(self):
        """The bookmark of the database's last committed transaction, which any process's write
        moves and no read does: a read in a session of its own (no bookmarks to wait for) ends
        with the bookmark of the newest transaction it could see. One round trip, no graph read.

        >>> before = store.version(); other.write_articles(batch); store.version() != before  # doctest: +SKIP
        True
        """
        try:
            with self._driver.session(database=self._database) as s:
                s.execute_read(lambda tx: tx.run("RETURN 1").consume())
                return frozenset(s.last_bookmarks().raw_values)
        except (nx.DriverError, nx.Neo4jError) as exc:
            raise self._error(exc) from None

    def _create_index(self, statement):
        self._run(schema_statement(statement))

    def close(self):
        self._driver.close()
