"""Where the graph lives: the embedded data file, or a Neo4j server.

The embedded FalkorDB file defaults to the per-user data folder and is
overridden by ``DEALGRAPH_DB`` or the CLI's ``--db``. Setting ``NEO4J_URI``
(with ``NEO4J_USERNAME``, ``NEO4J_PASSWORD``, ``NEO4J_DATABASE``) selects
the Neo4j backend instead.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from platformdirs import user_data_dir

DB_ENV = "DEALGRAPH_DB"
GRAPH_NAME = "dealgraph"


def default_db_path() -> Path:
    return Path(user_data_dir("dealgraph", appauthor=False)) / "dealgraph.db"


@dataclass(frozen=True)
class StoreConfig:
    backend: str = "falkordb"  # "falkordb" | "neo4j"
    db_path: Path = field(default_factory=default_db_path)
    neo4j_uri: str | None = None
    neo4j_user: str | None = None
    neo4j_password: str | None = field(default=None, repr=False)
    neo4j_database: str | None = None

    @classmethod
    def from_env(cls, db_path: str | Path | None = None, env: dict | None = None) -> "StoreConfig":
        env = os.environ if env is None else env
        uri = env.get("NEO4J_URI")
        path = Path(db_path or env.get(DB_ENV) or default_db_path()).expanduser()
        if uri and not db_path:
            return cls(
                backend="neo4j",
                db_path=path,
                neo4j_uri=uri,
                neo4j_user=env.get("NEO4J_USERNAME") or env.get("NEO4J_USER"),
                neo4j_password=env.get("NEO4J_PASSWORD"),
                neo4j_database=env.get("NEO4J_DATABASE") or None,
            )
        return cls(backend="falkordb", db_path=path)

    def describe(self) -> str:
        """A location safe to print: never includes the password."""
        if self.backend == "neo4j":
            return f"Neo4j at {redact_uri(self.neo4j_uri or '')}"
        return f"embedded FalkorDB at {self.db_path}"


def redact_uri(uri: str) -> str:
    """Drop any user:password@ part a URI may carry."""
    if "@" in uri and "://" in uri:
        scheme, rest = uri.split("://", 1)
        return f"{scheme}://{rest.split('@', 1)[1]}"
    return uri
