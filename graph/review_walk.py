"""Walking the review queue in a terminal: one item at a time, one key per decision.

Keys: ``a`` accept, ``r`` reject (asks why), ``e`` edit (asks each field, Enter
keeps it), ``s`` skip, ``q`` quit. The walk reads whole lines, so it works the
same typed at a terminal or fed through a pipe:

    printf 'a\\nr\\nwrong pair\\ns\\nq\\n' | dealgraph review

A decision the store refuses (a bad figure, an unknown kind) is said in one
line and the item is asked again; the end of the input quits like ``q``.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Callable

from rich.console import Console
from rich.text import Text

from .errors import StoreError
from .kinds import KIND_NAMES, STATUSES
from .output import usd
from .review_queue import ReviewItem

KEYS = {"a": "accept", "r": "reject", "e": "edit", "s": "skip", "q": "quit"}
PROMPT = "a accept · r reject · e edit · s skip · q quit > "
_SCALE = {"t": 1e12, "b": 1e9, "m": 1e6, "k": 1e3}

Record = Callable[[str, str, "dict | None", "str | None"], object]


def parse_amount(text: str) -> float:
    """A dollar figure as typed: plain (2e10), or with a B/M/T suffix ($20B, 1.5 bn).

    >>> parse_amount("2e10"), parse_amount("$20B"), parse_amount("1.5 bn"), parse_amount("300m")
    (20000000000.0, 20000000000.0, 1500000000.0, 300000000.0)
    """
    raw = text.strip().lower().replace("$", "").replace(",", "").replace(" ", "")
    for suffix in ("bn", "mn", "tn"):
        raw = raw.removesuffix(suffix) + suffix[0] if raw.endswith(suffix) else raw
    scale = _SCALE.get(raw[-1:], 1.0)
    number = raw[:-1] if raw[-1:] in _SCALE else raw
    try:
        return float(number) * scale
    except ValueError:
        raise ValueError(f"{text.strip()!r} is not an amount (e.g. 2e10 or $20B)") from None


def _yes_no(text: str) -> bool:
    value = text.strip().lower()
    if value not in ("y", "yes", "n", "no"):
        raise ValueError("answer y or n")
    return value.startswith("y")


def _choice(options: tuple[str, ...]):
    def parse(text: str) -> str:
        value = text.strip()
        if value not in options:
            raise ValueError(f"{value!r} is not one of {', '.join(options)}")
        return value
    return parse


def _gw(text: str) -> float:
    try:
        return float(text.strip().lower().removesuffix("gw"))
    except ValueError:
        raise ValueError(f"{text.strip()!r} is not a capacity in GW (e.g. 1.5)") from None


@dataclass(frozen=True)
class EditField:
    """One field the edit asks for: its name in the decision, its prompt, the item's value
    (``current``) and how a typed answer is read."""

    name: str
    prompt: str
    current: Callable[[ReviewItem], object]
    parse: Callable[[str], object]

    def shown(self, item: ReviewItem) -> str:
        value = self.current(item)
        if value is None:
            return ""
        if isinstance(value, bool):
            return "y" if value else "n"
        return usd(value) if self.name == "amount_usd" else f"{value:g}" if isinstance(value, float) else str(value)


EDIT_FIELDS: tuple[EditField, ...] = (
    EditField("kind", f"kind ({', '.join(KIND_NAMES)})", lambda i: i.kind, _choice(KIND_NAMES)),
    EditField("from", "from (the company that commits)", lambda i: i.from_name, str.strip),
    EditField("to", "to (the company committed to)", lambda i: i.to_name, str.strip),
    EditField("amount_usd", "amount in USD (e.g. 2e10 or $20B)", lambda i: i.amount_usd, parse_amount),
    EditField("capacity_gw", "capacity in GW", lambda i: i.capacity_gw, _gw),
    EditField("upper_bound", "the figure is a ceiling ('up to'), y/n", lambda i: i.upper_bound, _yes_no),
    EditField("status", f"status ({', '.join(STATUSES)})", lambda i: i.status, _choice(STATUSES)),
    EditField("date", "date (YYYY-MM-DD)", lambda i: i.date, str.strip),
)


class Terminal:
    """Lines in from stdin, text out to the console (swap both for another front end)."""

    def __init__(self, console: Console | None = None):
        self.console = console or Console(highlight=False)

    def ask(self, prompt: str) -> str | None:
        """One line typed (without its newline), or None at the end of the input."""
        self.console.print(prompt, end="", soft_wrap=True)
        try:
            return input()
        except EOFError:
            self.console.print()
            return None

    def say(self, text: str | Text) -> None:
        self.console.print(text, soft_wrap=True)


@dataclass
class Tally:
    """What a walk did: decisions by action, and the items left unseen."""

    done: Counter = field(default_factory=Counter)
    total: int = 0

    def said(self) -> str:
        """
        >>> Tally(Counter({"accept": 2, "skip": 1}), 5).said()
        'reviewed 2 of 5: 2 accepted, 0 rejected, 0 edited; 1 skipped, 2 not reached'
        """
        decided = self.done["accept"] + self.done["reject"] + self.done["edit"]
        seen = decided + self.done["skip"]
        return (f"reviewed {decided} of {self.total}: {self.done['accept']} accepted, {self.done['reject']} rejected, "
                f"{self.done['edit']} edited; {self.done['skip']} skipped, {self.total - seen} not reached")


def show_item(io: Terminal, n: int, total: int, item: ReviewItem) -> None:
    from .review_cli import source_line    # the one way a marked sentence is printed

    io.say(Text.assemble((f"\n[{n}/{total}] ", "bold"), (item.headline(), "bold"), f"  ({item.id}, score {item.score:g})"))
    io.say("  why: " + ("; ".join(r.text for r in item.reasons) or "no doubt found"))
    for ev in item.evidence:
        io.say(Text("  ") + source_line(ev))


def ask_edit(io: Terminal, item: ReviewItem) -> dict | None:
    """The changed fields, asked one by one (Enter keeps a field); None if the input ends."""
    changes: dict = {}
    for f in EDIT_FIELDS:
        while True:
            answer = io.ask(f"  {f.prompt} [{f.shown(item)}] > ")
            if answer is None:
                return None
            if not answer.strip():
                break
            try:
                value = f.parse(answer)
            except ValueError as exc:
                io.say(f"  {exc}")
                continue
            if value != f.current(item):
                changes[f.name] = value
            break
    return changes


def walk_queue(queue: list[ReviewItem], io: Terminal, record: Record) -> Tally:
    """Ask for a decision on each item in turn and record it with ``record(id, action, changes, note)``."""
    tally = Tally(total=len(queue))
    for n, item in enumerate(queue, 1):
        show_item(io, n, len(queue), item)
        outcome = _decide(io, item, record)
        if outcome == "quit":
            break
        tally.done[outcome] += 1
    return tally


def _decide(io: Terminal, item: ReviewItem, record: Record) -> str:
    """One item's decision: the action recorded, "skip", or "quit"."""
    while True:
        key = io.ask(PROMPT)
        if key is None:
            return "quit"
        action = KEYS.get(key.strip().lower()[:1]) if key.strip() else None
        if action is None:
            io.say(f"  unknown key {key.strip()!r}: a, r, e, s or q")
            continue
        if action in ("skip", "quit"):
            return action
        changes, note = None, None
        if action == "edit":
            changes = ask_edit(io, item)
            if changes is None:
                return "quit"
            if not changes:
                io.say("  nothing changed; choose again")
                continue
        note = io.ask("  note (why, Enter for none) > ")
        if note is None:
            return "quit"
        try:
            record(item.id, action, changes, note.strip() or None)
        except (StoreError, ValueError) as exc:
            io.say(f"  not recorded: {exc}")
            continue
        io.say(f"  {action}ed" if action != "edit" else "  edited: " + ", ".join(
            f"{k}={usd(v) if k == 'amount_usd' else v}" for k, v in changes.items()))
        return action
