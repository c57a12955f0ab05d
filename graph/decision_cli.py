"""Decisions from the command line, for scripts: ``dealgraph review accept|reject|edit ID``,
the company decisions (``review rename|merge|split|not-company``), and
``dealgraph corrections list|export|import``.

Every command here writes, so each takes the store's writer lock (waiting
as ``--lock-timeout`` says). The interactive ``dealgraph review`` and
``review list`` (the queue) live in graph/review_cli.py. Like every cli
module, this one imports only Typer and rich at the top (pydantic and the
engines' clients inside the commands: tests/test_startup.py).
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable, Optional

import typer
from rich.console import Console

from .errors import QueryError
from .output import emit

if TYPE_CHECKING:
    from .decisions import Decision
    from .store import GraphStore

console = Console()

PAST = {"accept": "accepted", "reject": "rejected", "edit": "edited", "rename": "renamed", "merge": "merged",
        "split": "split", "not_company": "marked as not a company:"}

BY = typer.Option(None, "--by", help="who decides (default: $USER)")
NOTE = typer.Option(None, "--note", help="why, in a few words (kept with the decision)")


def said(d: Decision) -> str:
    """One line saying what was recorded.

    >>> from graph.decisions import Decision
    >>> said(Decision(target_kind="commitment", target="c-1", action="accept", who="ana",
    ...      when="2025-06-01T10:00:00+00:00", pair_key="investment|a|b", summary="investment: A -> B"))
    'accepted c-1 (investment: A -> B) as decision d-...'
    """
    what = f"{d.target} ({d.summary})" if d.summary and d.target_kind == "commitment" else (d.summary or d.target)
    extra = ""
    if d.action == "edit":
        extra = ": " + ", ".join(f"{k}={v}" for k, v in d.changes.items())
    elif d.action in ("rename", "split"):
        extra = f" {'as' if d.action == 'rename' else 'off'} {d.changes['name']}"
    elif d.action == "merge":
        extra = f" into {d.changes['name']}"
    return f"{PAST[d.action]} {what}{extra} as decision {d.id}"


def review_group(app: typer.Typer) -> typer.Typer:
    """The app's ``review`` group: the one already added (by graph/review_cli.py), else a new one."""
    for info in app.registered_groups:
        if info.name == "review":
            return info.typer_instance
    review = typer.Typer(help="Review extracted commitments: decisions on them.", no_args_is_help=True)
    app.add_typer(review, name="review")
    return review


def register(app: typer.Typer, open_store: Callable[[], GraphStore], open_writer: Callable[[], GraphStore],
             review: typer.Typer | None = None) -> typer.Typer:
    """Add the decision commands to the ``review`` group (``review_group(app)`` if not given) and
    the ``corrections`` group to ``app``; returns the review group."""
    review = review or review_group(app)

    def decide(target: str, action: str, changes: dict | None, by: str | None, note: str | None) -> None:
        with open_writer() as store:
            decision = store.record_decision(target, action, changes=changes, by=by, note=note)
        console.print(said(decision), highlight=False, soft_wrap=True)

    @review.command("accept")
    def accept(cid: str = typer.Argument(..., metavar="ID", help="a commitment id"), by: Optional[str] = BY,
               note: Optional[str] = NOTE):
        """Mark a commitment as checked by a person."""
        decide(cid, "accept", None, by, note)

    @review.command("reject")
    def reject(cid: str = typer.Argument(..., metavar="ID", help="a commitment id"), by: Optional[str] = BY,
               note: Optional[str] = NOTE):
        """Hide a wrong commitment from every read and analysis; a later ingest does not bring it back."""
        decide(cid, "reject", None, by, note)

    @review.command("edit")
    def edit(cid: str = typer.Argument(..., metavar="ID", help="a commitment id"),
             kind: Optional[str] = typer.Option(None, "--kind", help="investment, compute_purchase, ..."),
             from_: Optional[str] = typer.Option(None, "--from", help="the company that commits"),
             to: Optional[str] = typer.Option(None, "--to", help="the company committed to"),
             swap: bool = typer.Option(False, "--swap", help="reverse the direction (from becomes to)"),
             amount: Optional[float] = typer.Option(None, "--amount", help="USD, e.g. 1e10"),
             capacity: Optional[float] = typer.Option(None, "--capacity", help="GW"),
             upper_bound: Optional[bool] = typer.Option(None, "--upper-bound/--no-upper-bound",
                                                        help="the figure is a ceiling ('up to')"),
             status: Optional[str] = typer.Option(None, "--status", help="announced, rumoured, in_talks, denied"),
             date: Optional[str] = typer.Option(None, "--date", help="YYYY-MM-DD"),
             by: Optional[str] = BY, note: Optional[str] = NOTE):
        """Correct a commitment's fields; what is not given keeps its extracted value."""
        changes = {"kind": kind, "from": from_, "to": to, "amount_usd": amount, "capacity_gw": capacity,
                   "upper_bound": upper_bound, "status": status, "date": date}
        if swap:
            if from_ or to:
                raise QueryError("give --swap or --from/--to, not both")
            with open_store() as store:
                found = store.deal(cid)
            if found is None:
                raise QueryError(f"no commitment with id {cid!r} (ids are shown by `dealgraph review list`)")
            changes.update({"from": found["to_name"], "to": found["from_name"]})
        if all(v is None for v in changes.values()):
            raise QueryError("nothing to edit: give at least one of --kind --from --to --swap --amount "
                             "--capacity --upper-bound/--no-upper-bound --status --date")
        decide(cid, "edit", changes, by, note)

    @review.command("rename")
    def rename(company: str = typer.Argument(..., help="the company as the graph names it"),
               name: str = typer.Argument(..., help="the name to show"), by: Optional[str] = BY,
               note: Optional[str] = NOTE):
        """Show a company under another name (the old one becomes an alias); later ingests keep it."""
        decide(company, "rename", {"name": name}, by, note)

    @review.command("merge")
    def merge(keep: str = typer.Argument(..., help="the company to keep"),
              drop: str = typer.Argument(..., help="the company folded into it"), by: Optional[str] = BY,
              note: Optional[str] = NOTE):
        """Fold one company into another (as `entities merge`), recorded as a decision."""
        decide(drop, "merge", {"name": keep}, by, note)

    @review.command("split")
    def split(company: str = typer.Argument(..., help="the company a form was wrongly folded into"),
              form: str = typer.Argument(..., help="the name that is a company of its own"),
              by: Optional[str] = BY, note: Optional[str] = NOTE):
        """Undo a merge: FORM is no longer COMPANY; deals whose every source names FORM move to it."""
        decide(company, "split", {"name": form}, by, note)

    @review.command("not-company")
    def not_company(company: str = typer.Argument(..., help="a name wrongly read as a company"),
                    by: Optional[str] = BY, note: Optional[str] = NOTE):
        """The name is no company: it and every commitment naming it are hidden, now and in later ingests."""
        decide(company, "not_company", None, by, note)

    group = typer.Typer(help="The people's decisions: list them, share them between stores.",
                        no_args_is_help=True)
    app.add_typer(group, name="corrections")

    @group.command("list")
    def corrections_list(fmt: str = typer.Option("table", "--format", help="table, json or csv")):
        """Every decision, in the order taken."""
        from . import corrections

        with open_store() as store:
            found = store.decisions()
        emit(["id", "when", "who", "action", "target", "about", "changes", "note"],
             [[d.id, d.when, d.who, d.action, d.target, d.summary or "", corrections.changes_text(d), d.note or ""]
              for d in found], fmt, console=console)

    @group.command("export")
    def corrections_export(file: Path = typer.Argument(..., help="the file to write (replaced)"),
                           as_cases: bool = typer.Option(
                               False, "--as-cases", help="write the decided sentences as extraction cases "
                               "(YAML, the format of tests/ingest/cases/) to FILE, and as gold documents for "
                               "the relation scorer (python -m ingest.train) in the folder FILE's name + "
                               "'-training'")):
        """Write every decision to FILE (JSON; see docs/corrections.md) for another store or machine;
        with --as-cases, as cases and training documents for the extractor."""
        if as_cases:
            from . import cases_export

            with open_store() as store:
                n, folder = cases_export.export_cases(store, file)
            console.print(f"wrote {n} case(s) to {file} and their training documents to {folder}",
                          highlight=False, soft_wrap=True)
            return
        from . import corrections

        with open_store() as store:
            n = corrections.export_file(store, file)
        console.print(f"exported {n} decision(s) to {file}", highlight=False, soft_wrap=True)

    @group.command("import")
    def corrections_import(file: Path = typer.Argument(..., help="a file written by `corrections export`")):
        """Record the decisions of FILE in this store and apply them (importing twice changes nothing)."""
        from . import corrections

        decisions = corrections.read_file(file)
        with open_writer() as store:
            new = store.apply_decisions(decisions)
        console.print(f"imported {len(decisions)} decision(s) from {file}: {new} new, "
                      f"{len(decisions) - new} already here", highlight=False, soft_wrap=True)

    return review
