"""Commands for journalists: ingest, extract, entities."""
from __future__ import annotations

import json
import sys
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Callable, List, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from graph.output import usd
from graph.store import GraphStore

from .loaders import LoadError, RawArticle, load
from .models import Extraction

console = Console(stderr=True)
out = Console()
MODEL_HELP = "spaCy pipeline: an installed package or a folder (env DEALGRAPH_SPACY_MODEL)"


def _meta(url, title, outlet, published) -> dict:
    return {k: v for k, v in {"url": url, "title": title, "outlet": outlet, "published": published}.items() if v}


def _loaded(paths: list[str], meta: dict):
    if meta and (len(paths) != 1 or Path(paths[0]).is_dir()):
        raise typer.BadParameter("--url/--title/--outlet/--published describe a single article: give one file or -")
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


def ingest_articles(store: GraphStore, articles: list[RawArticle], extractor, batch: int = DEFAULT_BATCH,
                    dry_run: bool = False, progress: Callable[[int], None] | None = None,
                    keep_extractions: bool = False) -> dict:
    """Extract and store articles (whole or not at all per batch); return a summary.

    The summary's "extractions" are kept for a dry run or when asked
    (a preview); a long run does not hold every article's facts in memory."""
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
               "commitments_added": 0, "commitments_merged": 0, "extractions": []}
    pending: list[Extraction] = []
    # Batches are written by one writer thread while the next articles are
    # parsed: the database works in its own process, so its time overlaps
    # spaCy's instead of adding to it. Batches are written in order, one at
    # a time, each whole or not at all; a failed write stops the run.
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="dealgraph-writer") as writer:
        last: Future | None = None
        for ex in extractor.extract_many(todo):
            if keep_extractions:
                summary["extractions"].append(ex)
            pending.append(ex)
            if progress:
                progress(1)
            if len(pending) >= batch and not dry_run:
                if last is not None:
                    last.result()
                last = writer.submit(_flush, store, [e.store_facts() for e in pending], summary)
                pending = []
        if last is not None:
            last.result()
    if pending and not dry_run:
        _flush(store, [e.store_facts() for e in pending], summary)
    return summary


def _flush(store: GraphStore, facts: list, summary: dict) -> None:
    res = store.write_articles(facts)
    summary["written"] += len(res.written)
    summary["entities_added"] += res.entities_added
    summary["commitments_added"] += res.commitments_added
    summary["commitments_merged"] += res.commitments_merged


def register(app: typer.Typer, open_store: Callable[[], GraphStore], make_extractor: Callable) -> None:
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
        with open_store() as store:
            extractor = make_extractor(model, store.alias_rules())
            if len(articles) > 1:
                with Progress(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), console=console,
                              transient=True) as bar:
                    task = bar.add_task("", total=len(articles))
                    summary = ingest_articles(store, articles, extractor, batch, dry_run,
                                              progress=lambda n: bar.advance(task, n))
            else:
                summary = ingest_articles(store, articles, extractor, batch, dry_run)
        for source in summary["duplicates"]:
            console.print(f"already stored, unchanged: {source}", highlight=False)
        if dry_run:
            for ex in summary["extractions"]:
                out.print(extraction_table(ex))
            out.print(f"dry run: {len(summary['extractions'])} article(s) would be written; nothing was stored")
        else:
            out.print(f"articles read {summary['read']}, written {summary['written']}, "
                      f"skipped as duplicates {len(summary['duplicates'])}, failed {len(failures)}; "
                      f"entities added {summary['entities_added']}, commitments added "
                      f"{summary['commitments_added']} (and {summary['commitments_merged']} reports of known deals)",
                      highlight=False)
        if failures:
            raise typer.Exit(1)

    @app.command("extract")
    def extract(paths: List[str] = typer.Argument(..., help="files, folders, JSONL or feed files; - for stdin"),
                as_json: bool = typer.Option(False, "--json", help="JSON per GUIDELINES.md instead of tables"),
                out_dir: Optional[Path] = typer.Option(None, "--out", help="write <name>.json per input here"),
                model: Optional[str] = typer.Option(None, "--model", help=MODEL_HELP)):
        """Run the extraction only, store nothing."""
        articles, failures = _loaded(paths, {})
        for f in failures:
            console.print(f"skipped {f.source}: {f.reason}", highlight=False, soft_wrap=True)
        extractor = make_extractor(model, {})
        if out_dir:
            out_dir.mkdir(parents=True, exist_ok=True)
        names: dict[str, int] = {}
        for art, ex in zip(articles, extractor.extract_many(articles)):
            stem = Path(art.source.split("#")[0].split(":")[0]).stem if art.source != "-" else "stdin"
            names[stem] = names.get(stem, 0) + 1
            doc_id = stem if names[stem] == 1 else f"{stem}-{names[stem]}"
            ex.doc_id = doc_id
            payload = ex.contract_json()
            if out_dir:
                (out_dir / f"{doc_id}.json").write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n",
                                                        encoding="utf-8")
            elif as_json:
                sys.stdout.write(json.dumps(payload, ensure_ascii=False) + "\n")
            else:
                out.print(extraction_table(ex))
        if out_dir:
            console.print(f"wrote {len(articles)} extraction(s) to {out_dir}")
        if failures:
            raise typer.Exit(1)

    entities = typer.Typer(help="List entities or fix a wrong split.", no_args_is_help=True)
    app.add_typer(entities, name="entities")

    @entities.command("list")
    def entities_list(kind: Optional[str] = typer.Option(None, "--type", help="Company, Model, Hardware or Product")):
        """Entities in the graph with their aliases."""
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
        with open_store() as store:
            res = store.merge_entities(keep, drop, kind)
        out.print(f"merged {res['dropped']} into {res['kept']} ({res['relationships_moved']} relationships moved); "
                  f"later ingests map '{drop}' to {res['kept']}")
