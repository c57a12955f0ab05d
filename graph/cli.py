"""Commands over the store: db stats/reset, query, export."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Callable, List, Optional

import typer
from rich.console import Console

from . import export as export_mod
from .output import emit
from .store import GraphStore

console = Console()


def parse_params(items: list[str] | None) -> dict:
    """``k=v`` pairs; v is read as JSON where it parses (numbers, lists, ...), else as text."""
    out = {}
    for item in items or []:
        if "=" not in item:
            raise typer.BadParameter(f"--param takes key=value, got {item!r}")
        key, raw = item.split("=", 1)
        try:
            out[key.strip()] = json.loads(raw)
        except json.JSONDecodeError:
            out[key.strip()] = raw
    return out


def register(app: typer.Typer, open_store: Callable[[], GraphStore]) -> None:
    db = typer.Typer(help="Inspect or reset the stored graph.", no_args_is_help=True)
    app.add_typer(db, name="db")

    @db.command("stats")
    def db_stats(fmt: str = typer.Option("table", "--format", help="table or json")):
        """Counts of nodes, relationships and commitments in the store."""
        with open_store() as store:
            stats = store.stats()
        if fmt == "json":
            typer.echo(json.dumps(stats, indent=2))
            return
        console.print(f"[bold]{stats['backend']}[/bold]")
        emit(["label", "nodes"], [[k, v] for k, v in stats["nodes"].items()], console=console)
        emit(["relationship", "count"], [[k, v] for k, v in stats["relationships"].items()], console=console)
        if stats["commitments_by_kind"]:
            emit(["commitment kind", "count"], [[k, v] for k, v in stats["commitments_by_kind"].items()],
                 console=console)

    @db.command("reset")
    def db_reset(yes: bool = typer.Option(False, "--yes", "-y", help="do not ask for confirmation")):
        """Delete everything in the store (asks first)."""
        with open_store() as store:
            where = store.describe()
            if not yes and not typer.confirm(f"Delete every node and relationship in {where}?", default=False):
                raise typer.Exit(1)
            store.reset()
        console.print(f"emptied {where}")

    @app.command("query")
    def query(cypher: str = typer.Argument(..., help="a Cypher query"),
              param: Optional[List[str]] = typer.Option(None, "--param", "-p", help="key=value, repeatable"),
              fmt: str = typer.Option("table", "--format", help="table, json or csv"),
              write: bool = typer.Option(False, "--write", help="allow the query to change data"),
              limit: int = typer.Option(1000, "--limit", help="at most this many rows"),
              timeout_ms: int = typer.Option(30000, "--timeout-ms", help="time limit of a read query")):
        """Run Cypher against the graph: read-only unless --write."""
        params = parse_params(param)
        with open_store() as store:
            result = store.query(cypher, params, write=write, limit=limit, timeout_ms=timeout_ms)
        emit(result.columns, result.rows, fmt, console=console)
        if result.truncated:
            typer.echo(f"(first {limit} rows shown; raise --limit for more)", err=True)

    @app.command("export")
    def export(fmt: str = typer.Option(..., "--format", help="graphml, json or csv"),
               out: Optional[Path] = typer.Option(None, "--out", help="file (folder for csv); stdout if omitted")):
        """Export the whole graph as GraphML (Gephi), JSON or CSV."""
        with open_store() as store:
            text = export_mod.export_graph(store, fmt, out)
        if text is not None:
            typer.echo(text)
        else:
            console.print(f"wrote {fmt} export to {out}", style="green")
