"""The one ``dealgraph`` command: composes ingest/, graph/ and webapp/.

This is the only module that imports all three packages; each package
contributes its own commands and stays free of the others.
"""
from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from graph import cli as graph_cli
from ingest import cli as ingest_cli
from graph.config import StoreConfig
from graph.errors import StoreError
from graph.store import GraphStore, open_store

app = typer.Typer(
    name="dealgraph",
    help="A knowledge-graph explorer for AI-industry partnerships.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
err = Console(stderr=True)
_state: dict = {"db": None}


@app.callback()
def _options(db: Optional[Path] = typer.Option(
        None, "--db", envvar="DEALGRAPH_DB", help="embedded graph file (default: the per-user data folder)"),
        verbose: bool = typer.Option(False, "--verbose", "-v", help="log what happens")):
    _state["db"] = db
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(message)s")
    # the driver logs each retry and dropped connection; dealgraph reports the outcome in one line
    logging.getLogger("neo4j").setLevel(logging.INFO if verbose else logging.CRITICAL)


def store_config() -> StoreConfig:
    """--db (or DEALGRAPH_DB) names the embedded file; otherwise NEO4J_URI selects Neo4j."""
    return StoreConfig.from_env(db_path=_state["db"])


def get_store() -> GraphStore:
    return open_store(store_config())


def make_extractor(model: str | None = None, alias_rules: dict | None = None):
    from ingest.extract import Extractor

    return Extractor(model, alias_rules)


graph_cli.register(app, get_store)
graph_cli.register_analysis(app, get_store)
ingest_cli.register(app, get_store, make_extractor)


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
        err.print("interrupted; nothing half-written was kept")
        sys.exit(130)


if __name__ == "__main__":
    main()
