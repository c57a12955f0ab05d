"""The ``dealgraph review`` group: the queue as a table or JSON (``review list``), and
the bare ``dealgraph review``, which walks the queue in the terminal.

The queue itself is ``graph/review_queue.py``; the decisions are recorded
through ``GraphStore.record_decision`` (graph/decisions.py); the plain
decision commands for scripts (``review accept|reject|edit``) are added to
this group by graph/decision_cli.py.
"""
from __future__ import annotations

import json
from typing import TYPE_CHECKING, Callable, Optional

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

if TYPE_CHECKING:   # the queue's models need pydantic: imported by the commands that run (tests/test_startup.py)
    from .review_queue import Evidence, ReviewItem
    from .store import GraphStore

console = Console()
# how the marks of an evidence sentence show on a terminal that takes colour
MARK_STYLE = {"party": "bold cyan", "figure": "bold yellow"}
DEFAULT_LIMIT = 20


def marked_text(ev: Evidence) -> Text:
    """The evidence sentence with its marks in brackets, and in colour where the terminal shows it."""
    text, at = Text(), 0
    for m in ev.marks:
        opening, closing = ("[", "]") if m.role == "party" else ("{", "}")
        text.append(ev.sentence[at:m.start])
        text.append(opening + ev.sentence[m.start:m.end] + closing, style=MARK_STYLE[m.role])
        at = m.end
    text.append(ev.sentence[at:])
    return text


def source_line(ev: Evidence) -> Text:
    """Where a sentence comes from, then the sentence marked."""
    where = " · ".join(x for x in (ev.outlet or ev.title or ev.article_id, ev.published,
                                   None if ev.status in (None, "announced") else ev.status) if x)
    return Text.assemble((f"{where}: ", "dim"), marked_text(ev))


def queue_table(items: list[ReviewItem], total: int) -> Table:
    """The queue as one table: rank, id, score, the commitment and why it needs a person."""
    table = Table(title=f"Review queue: {len(items)} of {total} unreviewed commitment(s), most consequential first",
                  title_justify="left", show_lines=True)
    for col in ("#", "id", "score", "commitment", "why"):
        table.add_column(col, overflow="fold")
    for n, item in enumerate(items, 1):
        why = Text("\n".join(r.text for r in item.reasons) or "no doubt found; unreviewed")
        table.add_row(str(n), item.id, f"{item.score:g}", Text(item.headline()), why)
    return table


def print_evidence(n: int, item: ReviewItem, out: Console) -> None:
    """An item's sentences, one a line and never wrapped (parties in [ ], the figure in { })."""
    out.print(Text.assemble((f"#{n} {item.id} ", "bold"), item.headline()), soft_wrap=True)
    for ev in item.evidence or []:
        out.print(Text("  ") + source_line(ev), soft_wrap=True)
    if not item.evidence:
        out.print("  no source sentence stored", soft_wrap=True)


def register(app: typer.Typer, open_store: Callable[[], GraphStore],
             open_writer: Callable[[], GraphStore]) -> typer.Typer:
    """Add the ``review`` group to ``app`` and return it (the decision commands are added to it).

    ``open_writer`` opens the store with the writer lock held: the walk opens it for each
    decision only, so an ingest can run between two decisions."""
    review = typer.Typer(help="Review extracted commitments: walk the queue (no subcommand), list it, "
                              "or decide on one commitment.", invoke_without_command=True)
    app.add_typer(review, name="review")

    @review.callback()
    def walk(ctx: typer.Context,
             by: Optional[str] = typer.Option(None, "--by", help="who decides (default: $USER)"),
             limit: Optional[int] = typer.Option(None, "--limit", "-n", min=1, help="walk only the first N items")):
        """Walk the queue, most consequential first: a accept, r reject, e edit, s skip, q quit."""
        if ctx.invoked_subcommand is not None:
            return
        from .review_queue import store_queue
        from .review_walk import Terminal, walk_queue

        with open_store() as store:
            queue, _ = store_queue(store, limit)
        tally = walk_queue(queue, Terminal(), lambda cid, action, changes, note: _record(
            open_writer, cid, action, changes, note, by))
        console.print(tally.said(), highlight=False, soft_wrap=True)

    @review.command("list")
    def review_list(limit: int = typer.Option(DEFAULT_LIMIT, "--limit", "-n", min=1,
                                              help="items to show, the most consequential first"),
                    as_json: bool = typer.Option(False, "--json", help="print the items as JSON")):
        """The commitments that need a person, most consequential first, with the reasons and evidence."""
        from .review_queue import store_queue

        with open_store() as store:
            shown, total = store_queue(store, limit)
        if as_json:
            typer.echo(json.dumps({"total": total, "items": [i.model_dump() for i in shown]},
                                  indent=2, ensure_ascii=False))
            return
        if not shown:
            console.print("nothing to review: every stored commitment has been reviewed (or none is stored)")
            return
        console.print(queue_table(shown, total))
        console.print("Evidence (parties in [ ], the figure in { }):")
        for n, item in enumerate(shown, 1):
            print_evidence(n, item, console)

    return review


def _record(open_writer: Callable[[], GraphStore], cid: str, action: str, changes: dict | None,
            note: str | None, by: str | None):
    with open_writer() as store:
        return store.record_decision(cid, action, changes=changes, by=by, note=note)
