"""Commands over the store: db stats/reset/backup/restore, query, export.

Importing this module must stay cheap (see ``dealgraph_cli``): the store,
its engines' clients and NetworkX are imported inside the commands that use
them, and the defaults shown in ``--help`` come from ``graph.defaults``.
"""
from __future__ import annotations

import json
import sys
from contextlib import nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Callable, List, Optional

import typer
from rich.console import Console

from .config import StoreConfig, default_db_path
from .defaults import COUNT_SECONDS, DEFAULT_COPY_BATCH, DEFAULT_LOOP_LIMIT
from .errors import StoreError
from .lookup import resolve
from .output import FORMATS, emit, percent
from .querylimits import DEFAULT_ROWS, DEFAULT_TIMEOUT_MS, MAX_ROWS, MAX_TIMEOUT_MS

if TYPE_CHECKING:
    from .store import GraphStore
    from .tables import Table

console = Console()


def _held(store: GraphStore, ctx: typer.Context):
    """The store's writer lock, waiting as the global --lock-timeout says and saying so in one line."""
    say = Console(stderr=True)
    return store.writing(ctx.find_root().params.get("lock_timeout"),
                         lambda line: say.print(line, highlight=False, markup=False, soft_wrap=True))


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


def saved_query(file: Path) -> str:
    """The one Cypher statement saved in ``file`` (comments and a final ``;`` allowed).

    A file holding several statements is refused: ``dealgraph shell < FILE``
    runs a script of them.
    """
    from .shell import split_statements

    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"cannot read {file}: {getattr(exc, 'strerror', None) or exc}") from None
    statements, rest = split_statements(text)
    statements += split_statements(rest + "\n;")[0]  # the last one may go without its ';'
    if len(statements) != 1:
        raise ValueError(f"{file} holds {len(statements) or 'no'} statement(s); query -f runs exactly one "
                                 "(run a script of several with `dealgraph shell < FILE`)")
    return statements[0]


def register(app: typer.Typer, open_store: Callable[[], GraphStore]) -> None:
    db = typer.Typer(help="Inspect, back up, restore or reset the stored graph.", no_args_is_help=True)
    app.add_typer(db, name="db")

    @db.command("stats")
    def db_stats(fmt: str = typer.Option("table", "--format", help="table or json")):
        """Counts of nodes, relationships and commitments in the store."""
        fmt = resolve(fmt, ("table", "json"), "format")
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
    def db_reset(yes: bool = typer.Option(False, "--yes", "-y", help="do not ask (and make no backup)"),
                 with_rules: bool = typer.Option(False, "--with-merge-rules",
                                                 help="delete the merge rules (entities merge) too"),
                 drop_decisions: bool = typer.Option(False, "--drop-decisions",
                                                     help="delete the review decisions too (see corrections export)"),
                 everything: bool = typer.Option(False, "--all", help="delete the merge rules and decisions too")):
        """Delete the graph of this store (asks first and offers a backup); merge rules and review
        decisions stay (the next ingest applies them again) unless --with-merge-rules, --drop-decisions
        or --all."""
        from . import backup as backup_mod

        with open_store() as store:
            where = store.describe()
            counts = backup_mod.counts(store)
            drop_rules, drop_decided = everything or with_rules, everything or drop_decisions
            rules = "including" if drop_rules else "keeping"
            what = (f"{counts['articles']} article(s), {counts['commitments']} commitment(s) and every entity "
                    f"({counts['nodes'] - counts['rules']} nodes) in {where}, {rules} the "
                    f"{counts['rules']} merge rule(s)")
            if not yes:
                if not typer.confirm(f"Delete {what}?", default=False):
                    console.print("nothing deleted")
                    return
                if store.backend_name == "falkordb" and typer.confirm("Save a backup first?", default=True):
                    target = backup_mod.default_backup_path(store.db_path)
                    done = backup_mod.backup(store, target)
                    console.print(f"backed up to {done['file']} (restore with `dealgraph db restore {done['file']}`)",
                                  highlight=False, soft_wrap=True)
            decided = len(store.decisions())
            gone = store.reset(keep_rules=not drop_rules, keep_decisions=not drop_decided)
        deleted = (f"{gone['nodes']} nodes, {gone['relationships']} relationships and {gone['rules']} merge rule(s)"
                   if drop_rules else f"{gone['nodes']} nodes and {gone['relationships']} relationships")
        console.print(f"deleted {deleted} from {where}"
                      + ("" if drop_rules else f"; kept {counts['rules']} merge rule(s)")
                      + (f"; deleted {gone['decisions']} decision(s)" if gone["decisions"]
                         else f"; kept {decided} decision(s)" if decided else ""), highlight=False,
                      soft_wrap=True)

    @db.command("backup")
    def db_backup(file: Path = typer.Argument(..., help="the snapshot file to write (replaced if it exists)")):
        """Write a consistent snapshot of the store to FILE, while the app and other commands keep running."""
        from . import backup as backup_mod

        with open_store() as store:
            done = backup_mod.backup(store, file)
        console.print(f"backed up {done['articles']} article(s), {done['commitments']} commitment(s) to "
                      f"{done['file']} ({done['bytes']:,} bytes)", highlight=False, soft_wrap=True)

    @db.command("restore")
    def db_restore(file: Path = typer.Argument(..., help="a snapshot made by `dealgraph db backup`"),
                   yes: bool = typer.Option(False, "--yes", "-y", help="replace a store that holds data")):
        """Replace the store's graph with a backup; the current files are kept as a safety copy."""
        from . import backup as backup_mod
        from .falkor_backend import FalkorStore

        with open_store() as store:
            backup_mod.embedded_only(store)
            folder, current = store.db_path, backup_mod.counts(store)
        incoming = backup_mod.inspect(file, FalkorStore)
        if current["nodes"] and not yes:
            raise StoreError(f"{folder} holds {current['articles']} article(s) and {current['commitments']} "
                             "commitment(s); restoring replaces them: run again with --yes "
                             "(they are kept as a safety copy)")
        backup_mod.wait_stopped(folder)
        safety = backup_mod.replace_data(file, folder)
        with open_store() as store:
            now = backup_mod.counts(store)
        if (now["articles"], now["commitments"]) != (incoming["articles"], incoming["commitments"]):
            raise StoreError(f"the restored store holds {now['articles']} article(s), not {incoming['articles']}; "
                             f"the previous files are in {safety}")
        console.print(f"restored {now['articles']} article(s), {now['commitments']} commitment(s) from {file} "
                      f"into {folder}; the previous files are kept in {safety}", highlight=False, soft_wrap=True)

    @db.command("copy")
    def db_copy(ctx: typer.Context,
                to: Optional[str] = typer.Option(None, "--to", help="copy the embedded store into this Neo4j "
                                                 "(bolt://, neo4j://, +s/+ssc)"),
                source: Optional[str] = typer.Option(None, "--from", help="copy this Neo4j into the embedded store"),
                database: Optional[str] = typer.Option(None, "--database", help="Neo4j database (default: "
                                                       "NEO4J_DATABASE, else the server's default)"),
                batch: int = typer.Option(DEFAULT_COPY_BATCH, "--batch", min=1,
                                          help="nodes read and written per transaction")):
        """Copy the whole graph between the embedded store and a Neo4j database (merges; safe to repeat).

        Credentials come from NEO4J_USERNAME and NEO4J_PASSWORD (or user:password@ in the URI).
        """
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        from . import copy as copy_mod
        from .store import open_store as open_configured

        if (to is None) == (source is None):
            raise typer.BadParameter("give exactly one of --to URI (embedded -> Neo4j) or --from URI (Neo4j -> embedded)")
        embedded = StoreConfig.from_env(db_path=ctx.find_root().params.get("db") or default_db_path())
        neo4j = copy_mod.neo4j_config(to or source, database)
        src_config, dst_config = (embedded, neo4j) if to else (neo4j, embedded)
        with open_configured(src_config) as src, open_configured(dst_config) as dst:
            where = f"{src.describe()} -> {dst.describe()}"
            total = copy_mod.graph_counts(src).total
            with Progress(TextColumn("copying"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                          console=Console(stderr=True), transient=True) as bar:
                task = bar.add_task("copy", total=total)
                report = copy_mod.copy_graph(src, dst, batch, progress=lambda n: bar.advance(task, n))
        emit(["label or relationship", "source", "target"],
             [[k, v, report.target_after.nodes.get(k, 0)] for k, v in sorted(report.source.nodes.items())]
             + [[k, v, report.target_after.relationships.get(k, 0)]
                for k, v in sorted(report.source.relationships.items())], console=console)
        console.print(f"copied {report.nodes_copied} nodes and {report.relationships_copied} relationships, "
                      f"{where}; the counts check out", highlight=False, soft_wrap=True)
        if report.source.without_id:
            console.print(f"{report.source.without_id} node(s) without an id were not copied", style="yellow")

    @app.command("query")
    def query(ctx: typer.Context, cypher: Optional[str] = typer.Argument(None, help="a Cypher query (or -f FILE)"),
              file: Optional[Path] = typer.Option(None, "--file", "-f", help="run the saved query in this file"),
              param: Optional[List[str]] = typer.Option(None, "--param", "-p", help="key=value, repeatable"),
              fmt: str = typer.Option("table", "--format", help="table, json or csv"),
              write: bool = typer.Option(False, "--write", help="allow the query to change data"),
              limit: str = typer.Option(str(DEFAULT_ROWS), "--limit",
                                        help=f"at most this many rows (1 to {MAX_ROWS:,})"),
              timeout_ms: str = typer.Option(str(DEFAULT_TIMEOUT_MS), "--timeout-ms",
                                             help=f"time limit of a read query, enforced by the engine "
                                                  f"(at most {MAX_TIMEOUT_MS:,})")):
        """Run Cypher against the graph: read-only unless --write."""
        if (cypher is None) == (file is None):
            raise ValueError("give either a Cypher query or -f FILE with a saved one")
        cypher = saved_query(file) if file is not None else cypher
        fmt = resolve(fmt, FORMATS, "format")
        params = parse_params(param)
        with open_store() as store, (_held(store, ctx) if write else nullcontext()):
            result = store.query(cypher, params, write=write, limit=limit, timeout_ms=timeout_ms)
        if result.columns or fmt != "table":
            emit(result.columns, result.rows, fmt, console=console)
        if result.truncated:
            typer.echo(f"(first {len(result.rows)} rows shown; raise --limit for more)", err=True)
        if write:  # on stderr when stdout carries JSON or CSV
            typer.echo(f"changed: {result.changes()}", err=fmt != "table")

    @app.command("export")
    def export(fmt: str = typer.Option(..., "--format", help="graphml, json or csv"),
               out: Optional[Path] = typer.Option(None, "--out", help="file (folder for csv); stdout if omitted")):
        """Export the whole graph as GraphML (Gephi), JSON or CSV."""
        from . import export as export_mod

        with open_store() as store:
            text = export_mod.export_graph(store, fmt, out)
        if text is not None:
            typer.echo(text)
        else:
            console.print(f"wrote {fmt} export to {out}", style="green")


def register_analysis(app: typer.Typer, open_store: Callable[[], GraphStore]) -> None:
    from .kinds import KIND_NAMES as ALL_KINDS
    from .output import usd

    reviewed_option = typer.Option(False, "--reviewed-only",
                                   help="only facts a person accepted or edited (see `dealgraph review`)")

    def _filter(kind, since, until, min_amount, rumoured, exclude_upper, reviewed):
        from .flow import FlowFilter

        kinds = {resolve(k, ALL_KINDS, "kind") for k in kind or []}
        return FlowFilter(kinds=kinds or None, since=since, until=until, min_amount=min_amount,
                          include_rumoured=rumoured, upper_bounds="exclude" if exclude_upper else "face",
                          reviewed_only=reviewed)

    @app.command("loops")
    def loops(max_length: int = typer.Option(4, "--max-length", help="longest loop, in companies"),
              company: Optional[str] = typer.Option(None, "--company", help="only loops through this company"),
              limit: int = typer.Option(DEFAULT_LOOP_LIMIT, "--limit", help="show the largest this many loops"),
              ties: bool = typer.Option(False, "--include-ties",
                                        help="let partnerships and distribution deals make hops too"),
              count_seconds: float = typer.Option(COUNT_SECONDS, "--count-seconds",
                                                  help="count for at most this long, then say 'at least'"),
              kind: Optional[List[str]] = typer.Option(None, "--kind", help="commitment kinds (repeatable)"),
              since: Optional[str] = typer.Option(None, "--since", help="YYYY-MM-DD"),
              until: Optional[str] = typer.Option(None, "--until", help="YYYY-MM-DD"),
              min_amount: Optional[float] = typer.Option(None, "--min-amount", help="USD"),
              rumoured: bool = typer.Option(False, "--include-rumoured"),
              exclude_upper: bool = typer.Option(False, "--exclude-upper-bounds", help=EXCLUDE_UPPER_HELP),
              reviewed: bool = reviewed_option,
              fmt: Optional[str] = typer.Option(None, "--format", help="table, json, ndjson (one loop per line) "
                                                "or csv (default: table; csv with --out or --table)"),
              table: Optional[str] = typer.Option(None, "--table", help="the CSV table for stdout: loops "
                                                  "(default), hops, counts or summary"),
              out: Optional[Path] = typer.Option(None, "--out", help="write every CSV table into this folder "
                                                 "(loops.csv, hops.csv, counts.csv, summary.csv)")):
        """Circular investor-customer deals: the largest by the money that can go round them, and how many there are."""
        from . import tables as tables_mod
        from .flow import build_flow_graph
        from .loops import loop_report

        fmt = _output_format(fmt, out, table, ("table", "json", "ndjson", "csv"))
        flt = _filter(kind, since, until, min_amount, rumoured, exclude_upper, reviewed)
        if max_length < 2 or limit < 1:  # one line from dealgraph_cli.main, before the store is opened
            raise ValueError("a loop needs at least two companies (--max-length 2 or more)" if max_length < 2
                             else "--limit must be 1 or more")
        with open_store() as store:
            company = _company(store, company)
            g = build_flow_graph(store.commitments(), flt)
        report = loop_report(g, max_length, company, limit, ties, count_seconds)
        if fmt == "table":
            _print_loops(report, company, exclude_upper)
        elif fmt == "json":
            typer.echo(json.dumps(report.as_dict(), indent=2))
        elif fmt == "ndjson":
            for rank, loop in enumerate(report.loops, 1):
                typer.echo(json.dumps({"rank": rank, **loop.as_dict()}, ensure_ascii=False))
            typer.echo(f"{report.said()}{f' through {company}' if company else ''}", err=True)
        else:
            _csv(tables_mod.loop_tables(report), table, "loops", out)

    def _print_loops(report, company: str | None, exclude_upper: bool) -> None:
        rows = [[" → ".join(l.companies + l.companies[:1]), len(l.companies), usd(l.amount_usd),
                 usd(l.upper_bound_usd) if l.upper_bound_usd else "—",
                 " | ".join(f"{h['from']}→{h['to']}: {'/'.join(h['kinds'])} {usd(h['amount_usd'] or None)}"
                            for h in l.edges)] for l in report.loops]
        emit(["loop", "companies", "can go round", "of which 'up to'", "hops"], rows,
             title=f"{report.said()}{f' through {company}' if company else ''}", console=console)
        count = report.count
        if count.without_amount:
            what = "firm amount ('up to' figures left out)" if exclude_upper else "amount"
            console.print(f"{count.without_amount:,} of them have a hop without a stated {what}; they rank last.")
        if not count.exact:
            console.print("Counting stopped at its time limit: the total is a lower bound.", style="dim")
        if company:
            r = report.returning
            share = r["returning_share"]
            console.print(f"{company}: inbound {usd(r['inbound_usd'] or None)}, of which "
                          f"{usd(r['returning_usd'] or None)} comes from companies it pays"
                          + (f" ({percent(share)})" if share is not None else ""))

    @app.command("concentration")
    def concentration(company: Optional[str] = typer.Option(None, "--company"),
                      category: Optional[str] = typer.Option(None, "--category", help="compute, chips or capital"),
                      since: Optional[str] = typer.Option(None, "--since", help="YYYY-MM-DD"),
                      rumoured: bool = typer.Option(False, "--include-rumoured"),
                      reviewed: bool = reviewed_option,
                      fmt: Optional[str] = typer.Option(None, "--format", help="table, json or csv "
                                                        "(default: table; csv with --out or --table)"),
                      table: Optional[str] = typer.Option(None, "--table", help="the CSV table for stdout: "
                                                          "by_company (default), markets or market_shares"),
                      out: Optional[Path] = typer.Option(None, "--out", help="write every CSV table into this "
                                                         "folder (by_company.csv, markets.csv, market_shares.csv)")):
        """HHI of each company's counterparties per category, and the providers' market shares."""
        from . import tables as tables_mod
        from .concentration import CATEGORIES, company_concentration, market_concentration
        from .flow import FlowFilter

        fmt = _output_format(fmt, out, table, ("table", "json", "csv"))
        cats = [resolve(category, CATEGORIES, "category")] if category else list(CATEGORIES)
        flt = FlowFilter(since=since, include_rumoured=rumoured, reviewed_only=reviewed)
        with open_store() as store:
            company = _company(store, company)
            commitments = store.commitments()
        result = {c: {"companies": [d.as_dict() for d in company_concentration(commitments, c, flt, company)],
                      "market": market_concentration(commitments, c, flt)} for c in cats}
        if fmt == "json":
            typer.echo(json.dumps(result, indent=2))
        elif fmt == "csv":
            _csv(tables_mod.concentration_tables(result), table, "by_company", out)
        else:
            _print_concentration(result)

    def _print_concentration(result: dict) -> None:
        for cat, part in result.items():
            rows = [[d["company"], f"{d['hhi']:,.0f}" if d["hhi"] is not None else "—", d["band"] or "—",
                     d["top_counterparty"] or "—", percent(d["top_share"]) if d["top_share"] is not None else "—",
                     d["counterparties"], usd(d["committed_usd"] or None), d["missing_amounts"]]
                    for d in part["companies"]]
            emit(["company", "HHI", "band (2010 US guidelines)", "top counterparty", "top share",
                  "counterparties", "committed", "without amount"], rows, title=f"{cat}: dependence per company",
                 console=console)
            m = part["market"]
            console.print(f"{cat} market: HHI of {m['role']}s "
                          f"{'—' if m['hhi'] is None else f'{m['hhi']:,.0f}'} ({m['band'] or 'no amounts'}); "
                          + ", ".join(f"{s['provider']} {percent(s['share'])}" for s in m["shares"][:6])
                          + (f"; {m['missing_amounts']} commitment(s) without amount" if m["missing_amounts"] else ""))
        console.print("Bands are context only: below 1,500 unconcentrated, 1,500–2,500 moderately, "
                      "above 2,500 highly concentrated (2010 US merger guidelines).", style="dim")


EXCLUDE_UPPER_HELP = ("leave 'up to' figures out of the amounts: a hop counts only firm figures, and a loop whose "
                      "hop has only 'up to' figures stays listed, ranked with the loops of unknown amount")


def _output_format(fmt: str | None, out: Path | None, table: str | None, choices: tuple[str, ...]) -> str:
    """The --format asked for (csv when only --out or --table is given); --out and --table go with csv only."""
    fmt = resolve(fmt, choices, "format") if fmt else ("csv" if out or table else "table")
    if fmt != "csv" and (out or table):
        raise ValueError(f"--{'out' if out else 'table'} goes with --format csv (one CSV file per table)")
    return fmt


def _company(store: GraphStore, name: str | None) -> str | None:
    """The stored spelling of a company named on the command line; unknown: one error line with the nearest."""
    if name is None:
        return None
    return resolve(name, store.company_names(), "company",
                   "see `dealgraph entities list --type Company` for the stored names")


def _csv(tables: dict[str, Table], table: str | None, default: str, out: Path | None) -> None:
    """The --table (else the ``default`` table) to stdout; with --out, every table
    (or only the --table) as files in that folder."""
    from .tables import pick, write_folder

    if out is None:
        pick(tables, table or default).write(sys.stdout)
        return
    chosen = [pick(tables, table)] if table else list(tables.values())
    written = write_folder(chosen, out)
    console.print(f"wrote {', '.join(p.name for p in written)} to {out}", highlight=False, soft_wrap=True)
