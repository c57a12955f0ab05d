"""Where the graph lives: the embedded data file, or a Neo4j server.

The embedded store is a folder of its own (see ``graph.layout``); it
defaults to ``dealgraph.db`` in the per-user data folder and is overridden
by ``DEALGRAPH_DB`` or the CLI's ``--db``. The demo's store is the folder
``demo`` beside it, never the user's. Setting ``NEO4J_URI``
(with ``NEO4J_USERNAME``, ``NEO4J_PASSWORD``, ``NEO4J_DATABASE``) selects
the Neo4j backend instead.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable
from urllib.parse import quote

from platformdirs import user_data_dir

DB_ENV = "DEALGRAPH_DB"
GRAPH_NAME = "dealgraph"


def user_data_folder() -> Path:
    """dealgraph's per-user data folder (the default store, the shell's history), e.g. ~/.local/share/dealgraph."""
    return Path(user_data_dir("dealgraph", appauthor=False))


def default_db_path() -> Path:
    return user_data_folder() / "dealgraph.db"


def demo_db_path(user_db: Path | None = None) -> Path:
    """The demo's own store folder: ``demo`` beside the user's store.

    >>> demo_db_path(Path("/data/work.db"))
    PosixPath('/data/demo')
    """
    user_db = Path(user_db or default_db_path()).expanduser()
    demo = user_db.parent / "demo"
    if demo.resolve() == user_db.resolve():
        return user_db.parent / "demo-samples"
    return demo


@dataclass(frozen=True)
class StoreConfig:
    backend: str = "falkordb"  # "falkordb" | "neo4j"
    db_path: Path = field(default_factory=default_db_path)
    neo4j_uri: str | None = field(default=None, repr=False)  # may carry user:password@
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
            return f"Neo4j at {redact_uri(self.neo4j_uri or '', [self.neo4j_password or ''])}"
        return f"embedded FalkorDB at {self.db_path}"


def redact_uri(uri: str, secrets: Iterable[str] = ()) -> str:
    """A database address safe to print, whatever its shape.

    Drops a ``user:password@`` part (the password may itself hold '@', ':',
    '/' or '?'), the query string and fragment (which may carry
    credentials), a non-numeric "port" (a password written where the port
    goes), and any of ``secrets`` left anywhere in it.

    >>> redact_uri("bolt://neo4j:p@ss@db.example:7687")
    'bolt://db.example:7687'
    >>> redact_uri("neo4j:secret@localhost:7687")   # no '://'
    'localhost:7687'
    >>> redact_uri("neo4j+s://db.example:7687?auth=neo4j:pw")
    'neo4j+s://db.example:7687?…'
    >>> redact_uri("bolt:neo4j:secret")
    'bolt:***'
    """
    text = uri or ""
    scheme, sep, rest = text.partition("://")
    if not sep:
        scheme, rest = "", text
    if "@" in rest:
        rest = rest.rsplit("@", 1)[1]
    cut = min([i for i in (rest.find("?"), rest.find("#")) if i >= 0], default=-1)
    if cut >= 0:
        rest = rest[:cut] + "?…"
    host, slash, path = rest.partition("/")
    if ":" in host:
        name, _, port = host.partition(":")
        if not re.fullmatch(r"\d*(\?…)?", port):
            host = f"{name}:***"
    out = f"{scheme}{sep}{host}{slash}{path}"
    for secret in secrets:
        if secret and len(secret) >= 3:
            for form in {secret, quote(secret, safe=""), quote(secret)}:
                out = out.replace(form, "***")
    return out
