"""The one ``dealgraph`` command: composes ingest/, graph/ and webapp/.

This is the only module that imports all three packages; each package
contributes its own commands and stays free of the others.

Start-up contract: importing this module (and so ``dealgraph --help`` or
``dealgraph query``) loads Typer, rich and each package's ``cli`` module
only. Those modules import spaCy, Dash, NetworkX, pydantic and the engines'
clients inside the commands that need them, never at the top
(tests/test_startup.py holds it; bench/cli.py measures it).
"""
from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Optional

import typer
from rich.console import Console

from graph import cli as graph_cli
from graph import decision_cli, review_cli
from graph import shell as graph_shell
from graph.config import StoreConfig, demo_db_path
from graph.errors import StoreError
from ingest import cli as ingest_cli
from webapp import cli as webapp_cli

if TYPE_CHECKING:
    from graph.store import GraphStore


def open_store(config: StoreConfig) -> GraphStore:
    """The store ``config`` names (its engine client imported only now)."""
    from graph.store import open_store as open_configured

    return open_configured(config)

def _flags_without_a_type() -> None:
    """Typer's help shows ``<bool>`` beside plain flags (``--write <bool>``) as if they took a value: show nothing.

    Typer renders an option's type with ``TyperOption.display_type_rich``;
    flags take no value, so they get none (other options keep theirs).
    """
    from typer.core import TyperOption

    shown = getattr(TyperOption, "display_type_rich", None)
    if shown is None or getattr(shown, "flags_without_a_type", False):
        return

    def display_type_rich(self, ctx):
        return None if self.is_flag else shown(self, ctx)

    display_type_rich.flags_without_a_type = True
    TyperOption.display_type_rich = display_type_rich


_flags_without_a_type()
app = typer.Typer(
    name="dealgraph",
    help="A knowledge-graph explorer for AI-industry partnerships.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=True,
)
err = Console(stderr=True)
_state: dict = {"db": None, "lock_timeout": None, "command": None}


@app.callback()
def _options(ctx: typer.Context,
             db: Optional[Path] = typer.Option(
                 None, "--db", envvar="DEALGRAPH_DB",
                 help="the embedded store's folder (default: dealgraph.db in the per-user data folder)"),
             lock_timeout: Optional[float] = typer.Option(
                 None, "--lock-timeout", envvar="DEALGRAPH_LOCK_TIMEOUT", min=0,
                 help="seconds to wait for another writer on the same store (default: as long as it takes)"),
             verbose: bool = typer.Option(False, "--verbose", "-v", help="log what happens")):
    _state.update(db=db, lock_timeout=lock_timeout, command=ctx.invoked_subcommand)
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(message)s")
    # the driver logs each retry and dropped connection; dealgraph reports the outcome in one line
    logging.getLogger("neo4j").setLevel(logging.INFO if verbose else logging.CRITICAL)
    # serve says its one start line itself; each request is logged only when asked
    logging.getLogger("werkzeug").setLevel(logging.INFO if verbose else logging.WARNING)


def store_config() -> StoreConfig:
    """--db (or DEALGRAPH_DB) names the embedded file; otherwise NEO4J_URI selects Neo4j."""
    return StoreConfig.from_env(db_path=_state["db"])


def _waiting(message: str) -> None:
    err.print(message, highlight=False, soft_wrap=True)


def get_store() -> GraphStore:
    """The user's store for reading: it never waits for a writer (writers use get_writer_store)."""
    return open_store(store_config())


def get_writer_store() -> GraphStore:
    """The user's store with the writer lock held until it is closed (waits as --lock-timeout says)."""
    store = open_store(store_config())
    try:
        store.hold_writer(_state["lock_timeout"], _waiting)
    except BaseException:
        store.close()
        raise
    return store


def make_extractor(model: str | None = None, alias_rules: dict | None = None):
    from ingest.extract import Extractor

    return Extractor(model, alias_rules)


def get_demo_store() -> GraphStore:
    """A fresh store holding the sample articles, in the demo's own folder: the user's is never opened."""
    from importlib import resources

    from ingest.cli import ingest_articles
    from ingest.loaders import RawArticle, load

    path = demo_db_path(_state["db"])
    store = open_store(StoreConfig(backend="falkordb", db_path=path))
    samples = str(resources.files("ingest").joinpath("samples"))
    articles = [a for a in load([samples]) if isinstance(a, RawArticle)]
    with store.writing(_state["lock_timeout"], _waiting):
        store.reset(keep_rules=False, keep_decisions=False)
        summary = ingest_articles(store, articles, make_extractor())
    err.print(f"demo: {summary['written']} sample articles, {summary['commitments_added']} commitments in {path}")
    return store


# A pasted article waits this long for another writer (e.g. a running ingest) before saying so.
PASTE_LOCK_TIMEOUT_S = 30.0


def make_callables(store: GraphStore):
    """Preview and ingest of a pasted article, for the web app (which never imports ingest/)."""
    from ingest.cli import ingest_articles
    from ingest.extract import ArticleFailure
    from ingest.loaders import LoadError, load_bytes

    extractor = make_extractor(None, store.alias_rules())

    def _article(text: str, meta: dict):
        [item] = list(load_bytes(text.encode("utf-8"), "pasted text", kind="text", meta=meta)) or [None]
        if isinstance(item, LoadError):
            raise ValueError(item.reason)
        return item

    def _summary(ex) -> dict:
        return {"entities": [e.model_dump() for e in ex.entities],
                "commitments": [c.model_dump(by_alias=True) for c in ex.commitments + ex.rumours]}

    def preview(text: str, meta: dict) -> dict:
        [ex] = list(extractor.extract_many([_article(text, meta)]))
        if isinstance(ex, ArticleFailure):
            raise ValueError(ex.reason)
        return {**_summary(ex), "message": "Preview only: nothing was stored." + _left_out(ex.refused)}

    def ingest(text: str, meta: dict) -> dict:
        with store.writing(_state["lock_timeout"] if _state["lock_timeout"] is not None else PASTE_LOCK_TIMEOUT_S):
            result = ingest_articles(store, [_article(text, meta)], extractor, keep_extractions=True)
        if result["failed"]:
            raise ValueError(result["failed"][0][1])
        if result["duplicates"]:
            return {"entities": [], "commitments": [], "message": "This article is already stored; nothing changed."}
        ex = result["extractions"][0]
        return {**_summary(ex), "message": f"Stored: {result['commitments_added']} new commitment(s), "
                                           f"{result['entities_added']} new entit(ies)." + _left_out(ex.refused)}

    return preview, ingest


def _left_out(refused: list[str]) -> str:
    return (" Left out: " + "; ".join(refused) + ".") if refused else ""


graph_cli.register(app, get_store)
graph_shell.register(app, get_store)
webapp_cli.register(app, get_store, get_demo_store, make_callables)
graph_cli.register_analysis(app, get_store)
review_cli.register(app, get_store, get_writer_store)
decision_cli.register(app, get_store, get_writer_store)
ingest_cli.register(app, get_store, make_extractor, get_writer_store)


def main() -> None:
    try:
        app()
    except StoreError as exc:
        err.print(f"error: {exc}", highlight=False, soft_wrap=True)
        sys.exit(1)
    except (ValueError, RuntimeError) as exc:
        err.print(f"error: {exc}", highlight=False, soft_wrap=True)
        sys.exit(2)
    except KeyboardInterrupt:
        if _state["command"] == "ingest":
            err.print("interrupted: every batch reported as written is kept; the batch in flight was not stored "
                      "(run the same ingest again to finish: stored articles are skipped)")
        else:
            err.print("interrupted; nothing half-written was kept")
        sys.exit(130)


if __name__ == "__main__":
    main()
