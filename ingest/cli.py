"""Commands for journalists: ingest, extract, entities.

Importing this module must stay cheap (see ``dealgraph_cli``): spaCy, the
loaders and the pydantic models are imported inside the functions that use
them, so ``dealgraph query`` never pays for them.
"""
from __future__ import annotations

import json
import sys
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Callable, List, Optional

import typer
from rich.console import Console
from rich.table import Table

from graph.errors import StoreUnavailable
from graph.lookup import resolve
from graph.output import usd
from graph.schema import ENTITY_LABELS

if TYPE_CHECKING:
    from graph.facts import ArticleFacts
    from graph.store import GraphStore

    from .extract import ArticleFailure
    from .loaders import RawArticle
    from .models import Extraction

console = Console(stderr=True)
out = Console()
EXTRACT_FORMATS = ("table", "ndjson")
MODEL_HELP = "spaCy pipeline: an installed package or a folder (env DEALGRAPH_SPACY_MODEL)"


def _meta(url, title, outlet, published) -> dict:
    return {k: v for k, v in {"url": url, "title": title, "outlet": outlet, "published": published}.items() if v}


def _loaded(paths: list[str], meta: dict):
    if meta and (len(paths) != 1 or Path(paths[0]).is_dir()):
        raise typer.BadParameter("--url/--title/--outlet/--published describe a single article: give one file or -")
    from .loaders import LoadError, load

    articles, failures = [], []
    for item in load(paths, meta=meta):
        (failures if isinstance(item, LoadError) else articles).append(item)
    return articles, failures


def extraction_table(ex: Extraction) -> Table:
    title = ex.article.title or ex.article.source
    table = Table(title=f"{title}", show_lines=False, title_justify="left")
    for col in ("kind", "from → to", "amount", "GW", "status", "evidence"):
        table.add_column(col, overflow="fold")
    for c in ex.commitments + ex.rumours:
        table.add_row(c.kind, f"{c.from_} → {c.to}", usd(c.amount_usd) + (" (up to)" if c.upper_bound else ""),
                      "" if c.capacity_gw is None else f"{c.capacity_gw:g}", c.status, c.evidence[:160])
    ents = ", ".join(f"{e.name} [{e.type}]" for e in ex.entities)
    table.caption = f"entities: {ents or 'none'}"
    return table


# Articles per atomic write. Fewer, larger writes keep the database's work
# (and its fsync) from competing with parsing: measured with bench/ingest.py,
# batches of 20 brought the whole ingest to about 0.75 of the bare pipeline,
# batches of 100 to about 0.9.
DEFAULT_BATCH = 100


class Interrupted(KeyboardInterrupt):
    """Ctrl+C during an ingest, with the summary of what was stored before it."""

    def __init__(self, summary: dict):
        super().__init__()
        self.summary = summary


def ingest_articles(store: GraphStore, articles: list[RawArticle], extractor, batch: int = DEFAULT_BATCH,
                    dry_run: bool = False, progress: Callable[[int], None] | None = None,
                    keep_extractions: bool = False) -> dict:
    """Extract and store articles, each whole or not at all; return a summary.

    Each article stands on its own: one that fails at any stage (parse,
    extraction, its facts, its write) is listed in ``failed`` as (source,
    reason) and the others go on; a batch whose write fails is written again
    one article at a time. Commitments left out for impossible figures are
    listed in ``refused``. Only a lost database stops the run
    (StoreUnavailable). The summary's "extractions" are kept for a dry run
    or when asked (a preview); a long run does not hold every article's
    facts in memory."""
    keep_extractions = keep_extractions or dry_run
    known = store.existing_articles([a.id for a in articles])
    todo, dup_ids, seen = [], [], set()
    for a in articles:
        if a.id in known or a.id in seen:
            dup_ids.append(a.source)
        else:
            seen.add(a.id)
            todo.append(a)
    summary = {"read": len(articles), "duplicates": dup_ids, "written": 0, "entities_added": 0,
               "commitments_added": 0, "commitments_merged": 0, "reports_rejected": 0, "extractions": [],
               "failed": [], "refused": []}
    try:
        _extract_and_write(store, todo, extractor, batch, dry_run, progress, keep_extractions, summary)
    except KeyboardInterrupt:
        raise Interrupted(summary) from None   # the batch being written was finished first
    return summary


def _extract_and_write(store: GraphStore, todo: list[RawArticle], extractor, batch: int, dry_run: bool,
                       progress: Callable[[int], None] | None, keep_extractions: bool, summary: dict) -> None:
    from .extract import PARSE_BATCH

    pending: list[tuple[str, ArticleFacts]] = []
    # Batches are written by one writer thread while the next articles are
    # parsed: the database works in its own process, so its time overlaps
    # spaCy's instead of adding to it. Batches are written in order, one at
    # a time, each article whole or not at all.
    # Once the last articles are parsed (`extract_many` parses PARSE_BATCH at a
    # time), no parse is left for a write to compete with: what is extracted is
    # handed to the writer whenever it is idle, so that the write left after
    # the last article is a few articles', not a whole last batch's (a write's
    # time grows with its articles; it is the run's tail, when nothing else runs).
    parsed_all = (max(len(todo), 1) - 1) // PARSE_BATCH * PARSE_BATCH    # the first article of the last parse
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="dealgraph-writer") as writer:
        last: Future | None = None
        for n, item in enumerate(extractor.extract_many(todo)):
            if progress:
                progress(1)
            facts = _facts(item, summary, keep_extractions)
            if facts is None or dry_run:
                continue
            pending.append(facts)
            if len(pending) >= batch or n >= parsed_all and (last is None or last.done()):
                if last is not None:
                    last.result()
                last = writer.submit(_flush, store, pending, summary)
                pending = []
        if last is not None:
            last.result()
    if pending:
        _flush(store, pending, summary)


def _facts(item: Extraction | ArticleFailure, summary: dict, keep: bool) -> tuple[str, ArticleFacts] | None:
    """(source, facts) of one extraction to write, or None when it failed."""
    from pydantic import ValidationError

    from graph.facts import validation_line

    from .extract import ArticleFailure

    if isinstance(item, ArticleFailure):
        summary["failed"].append((item.source, item.reason))
        return None
    source = item.article.source
    summary["refused"].extend((source, line) for line in item.refused)
    if keep:
        summary["extractions"].append(item)
    try:
        return source, item.store_facts()
    except ValidationError as exc:
        summary["failed"].append((source, f"its facts break the contract: {validation_line(exc)}"))
        return None


def _flush(store: GraphStore, pending: list[tuple[str, ArticleFacts]], summary: dict) -> None:
    """Write a batch whole; if that fails, each of its articles on its own."""
    from .loaders import one_line

    try:
        _count(store.write_articles([facts for _, facts in pending]), summary)
        return
    except StoreUnavailable:
        raise
    except Exception:  # noqa: BLE001 -- one article's facts must not sink its batch: retried one by one
        pass
    for source, facts in pending:
        try:
            _count(store.write_articles([facts]), summary)
        except StoreUnavailable:
            raise
        except Exception as exc:  # noqa: BLE001
            summary["failed"].append((source, f"not stored: {one_line(exc)}"))


def _count(res, summary: dict) -> None:
    summary["written"] += len(res.written)
    summary["entities_added"] += res.entities_added
    summary["commitments_added"] += res.commitments_added
    summary["commitments_merged"] += res.commitments_merged
    summary["reports_rejected"] += res.reports_rejected


def report_problems(summary: dict) -> None:
    """One line per article skipped and per commitment refused, on stderr."""
    for source, reason in summary["failed"]:
        console.print(f"skipped {source}: {reason}", highlight=False, soft_wrap=True, markup=False)
    for source, line in summary["refused"]:
        console.print(f"refused in {source}: {line}", highlight=False, soft_wrap=True, markup=False)


def _run_ingest(open_store, make_extractor, model, articles: list[RawArticle], batch: int, dry_run: bool) -> dict:
    """The ingest command's work: the store opened, a progress bar over many articles."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    with open_store() as store:
        extractor = make_extractor(model, store.alias_rules())
        if len(articles) <= 1:
            return ingest_articles(store, articles, extractor, batch, dry_run)
        with Progress(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), console=console,
                      transient=True) as bar:
            task = bar.add_task("", total=len(articles))
            return ingest_articles(store, articles, extractor, batch, dry_run, progress=lambda n: bar.advance(task, n))


def register(app: typer.Typer, open_store: Callable[[], GraphStore], make_extractor: Callable,
             open_writer: Callable[[], GraphStore] | None = None) -> None:
    """``open_writer`` opens the store with its writer lock held (``ingest`` and ``entities merge``;
    a dry run only reads, so it opens the store as a reader and never waits for a writer)."""
    open_writer = open_writer or open_store
    @app.command("ingest")
    def ingest(paths: List[str] = typer.Argument(..., help="files, folders, JSONL or feed files; - for stdin"),
               url: Optional[str] = typer.Option(None, "--url"), title: Optional[str] = typer.Option(None, "--title"),
               outlet: Optional[str] = typer.Option(None, "--outlet"),
               published: Optional[str] = typer.Option(None, "--published", help="YYYY-MM-DD"),
               dry_run: bool = typer.Option(False, "--dry-run", help="show what would be written; write nothing"),
               batch: int = typer.Option(DEFAULT_BATCH, "--batch", help="articles per atomic write"),
               model: Optional[str] = typer.Option(None, "--model", help=MODEL_HELP)):
        """Read articles, extract their facts and store them (each article whole or not at all)."""
        articles, failures = _loaded(paths, _meta(url, title, outlet, published))
        for f in failures:
            console.print(f"skipped {f.source}: {f.reason}", highlight=False, soft_wrap=True)
        try:
            summary = _run_ingest(open_store if dry_run else open_writer, make_extractor, model, articles, batch,
                                  dry_run)
        except Interrupted as stop:
            console.print(f"interrupted: {stop.summary['written']} article(s) were stored before the stop, each "
                          "whole; the others were not (run the same ingest again to add them)", highlight=False,
                          soft_wrap=True)
            raise typer.Exit(130)
        for source in summary["duplicates"]:
            console.print(f"already stored, unchanged: {source}", highlight=False)
        report_problems(summary)
        failed = len(failures) + len(summary["failed"])
        if dry_run:
            for ex in summary["extractions"]:
                out.print(extraction_table(ex))
            out.print(f"dry run: {len(summary['extractions'])} article(s) would be written; nothing was stored")
        else:
            out.print(f"articles read {summary['read']}, written {summary['written']}, "
                      f"skipped as duplicates {len(summary['duplicates'])}, failed {failed}; "
                      f"entities added {summary['entities_added']}, commitments added "
                      f"{summary['commitments_added']} (and {summary['commitments_merged']} reports of known deals)"
                      + (f"; {summary['reports_rejected']} report(s) of facts a person rejected, kept hidden"
                         if summary["reports_rejected"] else ""), highlight=False)
        if failed:
            raise typer.Exit(1)

    @app.command("extract")
    def extract(paths: Optional[List[str]] = typer.Argument(None, help="files, folders, JSONL or feed files; - for "
                                                                       "stdin"),
                fmt: Optional[str] = typer.Option(None, "--format", help="table (default) or ndjson: one article's "
                                                  "extraction JSON per line (docs/formats.md)"),
                as_json: bool = typer.Option(False, "--json", "--ndjson", help="the same as --format ndjson"),
                out_dir: Optional[Path] = typer.Option(None, "--out", help="write <name>.json per input here"),
                schema: bool = typer.Option(False, "--schema", help="print the JSON Schema of the extraction JSON "
                                            "and exit"),
                model: Optional[str] = typer.Option(None, "--model", help=MODEL_HELP)):
        """Run the extraction only, store nothing."""
        if schema:
            from .models import ExtractionRecord

            typer.echo(json.dumps(ExtractionRecord.model_json_schema(by_alias=True), indent=2))
            return
        if not paths:
            raise ValueError("give the articles to read: files, folders, JSONL or feed files, or - for stdin")
        fmt = resolve(fmt, EXTRACT_FORMATS, "format") if fmt else ("ndjson" if as_json else "table")
        from .extract import ArticleFailure

        articles, failures = _loaded(paths, {})
        for f in failures:
            console.print(f"skipped {f.source}: {f.reason}", highlight=False, soft_wrap=True)
        extractor = make_extractor(model, {})
        if out_dir:
            out_dir.mkdir(parents=True, exist_ok=True)
        names: dict[str, int] = {}
        failed = len(failures)
        for art, ex in zip(articles, extractor.extract_many(articles)):
            if isinstance(ex, ArticleFailure):
                console.print(f"skipped {ex.source}: {ex.reason}", highlight=False, soft_wrap=True, markup=False)
                failed += 1
                continue
            for line in ex.refused:
                console.print(f"refused in {art.source}: {line}", highlight=False, soft_wrap=True, markup=False)
            stem = Path(art.source.split("#")[0].split(":")[0]).stem if art.source != "-" else "stdin"
            names[stem] = names.get(stem, 0) + 1
            doc_id = stem if names[stem] == 1 else f"{stem}-{names[stem]}"
            ex.doc_id = doc_id
            payload = ex.contract_json()
            if out_dir:   # strict JSON: no Infinity or NaN ever (allow_nan=False)
                (out_dir / f"{doc_id}.json").write_text(
                    json.dumps(payload, indent=2, ensure_ascii=False, allow_nan=False) + "\n", encoding="utf-8")
            elif fmt == "ndjson":
                sys.stdout.write(json.dumps(payload, ensure_ascii=False, allow_nan=False) + "\n")
            else:
                out.print(extraction_table(ex))
        if out_dir:
            console.print(f"wrote {len(articles) + len(failures) - failed} extraction(s) to {out_dir}")
        if failed:
            raise typer.Exit(1)

    entities = typer.Typer(help="List entities or fix a wrong split.", no_args_is_help=True)
    app.add_typer(entities, name="entities")

    @entities.command("list")
    def entities_list(kind: Optional[str] = typer.Option(None, "--type", help="Company, Model, Hardware or Product")):
        """Entities in the graph with their aliases."""
        kind = resolve(kind, ENTITY_LABELS, "entity type") if kind else None
        with open_store() as store:
            rows = store.entities(kind)
        table = Table("type", "name", "aliases", "owner")
        for e in rows:
            table.add_row(e["type"], e["name"] or e["id"], ", ".join(e["aliases"]), e["owner"] or "")
        out.print(table)

    @entities.command("merge")
    def entities_merge(keep: str = typer.Argument(..., help="the entity to keep"),
                       drop: str = typer.Argument(..., help="the entity folded into it"),
                       kind: str = typer.Option("Company", "--type")):
        """Fold entity DROP into KEEP, and map DROP's name to KEEP in later ingests."""
        kind = resolve(kind, ENTITY_LABELS, "entity type")
        with open_writer() as store:
            res = store.merge_entities(keep, drop, kind)
            if kind == "Company":   # a person's decision, listed and exported with the others
                store.record_merge(res["kept"], drop)
        out.print(f"merged {res['dropped']} into {res['kept']} ({res['relationships_moved']} relationships moved); "
                  f"later ingests map '{drop}' to {res['kept']}")
