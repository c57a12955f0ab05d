"""``dealgraph shell``: an interactive Cypher session on one open store.

The store (and its engine) stays open for the whole session, so each
statement costs only its own run. A statement ends with ``;`` and may span
lines; a line starting with ``:`` is a shell command (``:help`` lists them).
Read-only unless the shell was started with ``--write``; each write then
takes the store's writer lock for as long as it runs, as ``query --write``
does.

Read from a terminal, the shell prompts, keeps a history file in the
per-user data folder and goes on after an error. Read from a pipe or a file
it prints results only and stops at the first error (exit code 1), so a
script never runs on after a failed write::

    $ printf "MATCH (c:Company) RETURN count(c) AS companies;\\n" | dealgraph shell
"""
from __future__ import annotations

import csv
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterator

import typer
from rich.console import Console

from .config import user_data_folder
from .errors import ReadOnlyViolation, StoreError
from .output import emit, write_csv
from .querylimits import DEFAULT_ROWS, DEFAULT_TIMEOUT_MS, MAX_ROWS, MAX_TIMEOUT_MS, clamp_rows, clamp_timeout

if TYPE_CHECKING:
    from .store import GraphStore, QueryResult

PROMPT = "dealgraph> "
CONTINUATION = "        -> "
HISTORY_FILE = "shell_history"
HISTORY_LENGTH = 1000

# The shell's own commands, as data: (usage, what it does). :help prints them in this order.
META_COMMANDS = (
    (":param NAME => EXPRESSION", "set $NAME to the value of a Cypher expression, e.g. :param n => 'NVIDIA'"),
    (":params", "list the parameters set so far"),
    (":params clear", "forget every parameter"),
    (":export csv FILE", "write the last result to FILE as CSV (replaced if it exists)"),
    (":help", "this list"),
    (":quit", "leave the shell (also :exit or Ctrl+D)"),
)
_PARAM = re.compile(r"^:param\s+([A-Za-z_]\w*)\s*=>\s*(.+?)\s*;?$", re.S)
_EXPORT = re.compile(r"^:export\s+csv\s+(.+)$")


class ShellError(Exception):
    """A mistake in a shell command (not in Cypher): one line, the session goes on."""


def split_statements(text: str) -> tuple[list[str], str]:
    r"""The complete ``;``-ended statements in ``text`` (comments left out) and the text after them.

    A ``;`` inside a string, a backquoted name or a comment ends nothing.

    >>> split_statements("RETURN 'a;b' AS x; // note\nMATCH (n)\n")
    (["RETURN 'a;b' AS x"], ' // note\nMATCH (n)\n')
    """
    statements, start, i, quote = [], 0, 0, None
    code: list[str] = []  # the current statement without its comments
    while i < len(text):
        ch, step = text[i], 1
        if quote:
            if ch == "\\" and quote != "`":
                step = 2
            elif ch == quote:
                quote = None
        elif ch in "'\"`":
            quote = ch
        elif text.startswith("//", i):  # to the end of the line (the newline stays)
            end = text.find("\n", i)
            i = len(text) if end < 0 else end
            code.append(" ")
            continue
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            i = len(text) if end < 0 else end + 2
            code.append(" ")
            continue
        elif ch == ";":
            if "".join(code).strip():
                statements.append("".join(code).strip())
            code, start = [], i + 1
            i += 1
            continue
        code.append(text[i:i + step])
        i += step
    return statements, text[start:]


def cypher_literal(value) -> str:
    """``value`` written as a Cypher literal, as :params shows it.

    >>> cypher_literal({"names": ["NVIDIA", "AMD's"], "n": 2})
    "{names: ['NVIDIA', 'AMD\\\\'s'], n: 2}"
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(cypher_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_key(k)}: {cypher_literal(v)}" for k, v in value.items()) + "}"
    return "'" + str(value).replace("\\", "\\\\").replace("'", "\\'") + "'"


def _key(name: str) -> str:
    return name if re.fullmatch(r"[A-Za-z_]\w*", name) else "`" + name.replace("`", "``") + "`"


def rows_said(n: int) -> str:
    """How many rows a statement gave, as the console says it.

    >>> rows_said(1), rows_said(3)
    ('(1 row)', '(3 rows)')
    """
    return f"({n} row)" if n == 1 else f"({n} rows)"


@dataclass
class Session:
    """What one shell session holds between statements: the store, parameters, the last result."""

    store: GraphStore
    out: Console
    write: bool = False
    limit: str = str(DEFAULT_ROWS)
    timeout_ms: str = str(DEFAULT_TIMEOUT_MS)
    lock_timeout: float | None = None
    on_wait: Callable[[str], None] | None = None
    params: dict = field(default_factory=dict)
    last: QueryResult | None = None

    def statement(self, cypher: str) -> None:
        """Run one Cypher statement and print its result as a table."""
        if self.write:
            with self.store.writing(self.lock_timeout, self.on_wait):
                result = self._run(cypher)
        else:
            result = self._run(cypher)
        self.last = result
        if result.columns:
            emit(result.columns, result.rows, console=self.out)
        self.out.print(rows_said(len(result.rows)) + (f"; only the first {len(result.rows)} are shown (start the "
                                                      "shell with a higher --limit for more)" if result.truncated
                                                      else ""), highlight=False)
        if self.write:
            self.out.print(f"changed: {result.changes()}", highlight=False)

    def _run(self, cypher: str) -> QueryResult:
        try:
            return self.store.query(cypher, self.params, write=self.write, limit=self.limit,
                                    timeout_ms=self.timeout_ms)
        except ReadOnlyViolation as exc:
            said = str(exc).split(" (use ")[0]
            raise ReadOnlyViolation(f"{said} (start the shell with `dealgraph shell --write` to change data)") from None

    def command(self, line: str) -> bool:
        """Run one ``:`` command; False when it ends the session."""
        word = line.split(None, 1)[0]
        if word in (":quit", ":exit"):
            return False
        if word == ":help":
            width = max(len(usage) for usage, _ in META_COMMANDS)
            for usage, what in META_COMMANDS:
                self.out.print(f"{usage:<{width}}  {what}", highlight=False, markup=False)
            self.out.print("Cypher statements end with ';' and may span lines; $NAME uses a parameter.",
                           highlight=False, markup=False)
        elif word == ":param":
            self._set_param(line)
        elif word == ":params":
            self._params(line)
        elif word == ":export":
            self._export(line)
        else:
            raise ShellError(f"unknown shell command {word} (:help lists them)")
        return True

    def _set_param(self, line: str) -> None:
        found = _PARAM.match(line)
        if not found:
            raise ShellError("write :param NAME => EXPRESSION, e.g. :param n => 'NVIDIA'")
        name, expression = found.groups()
        # The engine evaluates the expression, so a parameter means what it would in a query.
        result = self.store.query(f"RETURN {expression} AS value", self.params, limit=1,
                                  timeout_ms=self.timeout_ms)
        if len(result.columns) != 1 or len(result.rows) != 1:
            raise ShellError(f"{expression} is not one value")
        self.params[name] = result.rows[0][0]

    def _params(self, line: str) -> None:
        rest = line.split(None, 1)[1].strip() if len(line.split(None, 1)) > 1 else ""
        if rest == "clear":
            self.params.clear()
        elif rest:
            raise ShellError(f"unknown :params {rest} (:params lists them, :params clear forgets them)")
        for name, value in self.params.items():
            self.out.print(f":param {name} => {cypher_literal(value)}", highlight=False, markup=False,
                           soft_wrap=True)

    def _export(self, line: str) -> None:
        found = _EXPORT.match(line)
        if not found:
            raise ShellError("write :export csv FILE")
        if self.last is None:
            raise ShellError("no result to export yet: run a query first")
        target = Path(found.group(1).strip()).expanduser()
        try:
            with target.open("w", newline="", encoding="utf-8") as stream:
                write_csv(self.last.columns, self.last.rows, stream)
        except OSError as exc:
            raise ShellError(f"cannot write {target}: {exc.strerror}") from None
        self.out.print(f"wrote {rows_said(len(self.last.rows))[1:-1]} to {target}", highlight=False,
                       soft_wrap=True)


class Feeder:
    """Input lines to statements and commands for a session; remembers the exit code.

    ``keep_going``: after an error, read on (a terminal) rather than stop (a
    script, exit code 1). ``on_statement(text)`` is told each complete
    statement (for the history). Text left without its ``;`` when the input
    ends is run as a statement.

    >>> feeder = Feeder(session, print, keep_going=False)    # doctest: +SKIP
    >>> feeder.feed("MATCH (c:Company)"), feeder.pending     # doctest: +SKIP
    (True, True)
    >>> feeder.feed("RETURN count(c);")                      # doctest: +SKIP
    True
    """

    def __init__(self, session: Session, report: Callable[[str], None], keep_going: bool,
                 on_statement: Callable[[str], None] | None = None):
        self.session, self.report, self.keep_going, self.on_statement = session, report, keep_going, on_statement
        self.buffer, self.code = "", 0

    @property
    def pending(self) -> bool:
        """A statement has been started and not ended yet."""
        return bool(self.buffer.strip())

    def feed(self, line: str) -> bool:
        """Take one input line; False when the session ends (:quit, or an error in a script)."""
        try:
            if not self.pending and line.lstrip().startswith(":"):
                return self.session.command(line.strip())
            statements, self.buffer = split_statements(self.buffer + line + "\n")
            for cypher in statements:
                if self.on_statement:
                    self.on_statement(cypher + ";")
                self.session.statement(cypher)
        except (StoreError, ShellError, ValueError) as exc:
            return self._failed(exc)
        return True

    def finish(self) -> int:
        """The input ended: run what is left, and give the exit code."""
        left, self.buffer = split_statements(self.buffer + "\n;")[0], ""
        for cypher in left:   # at most one: the buffer holds no complete statement
            try:
                self.session.statement(cypher)
            except (StoreError, ShellError, ValueError) as exc:
                self._failed(exc)
        return self.code

    def drop(self) -> None:
        """Forget the statement being typed (Ctrl+C)."""
        self.buffer = ""

    def _failed(self, exc: Exception) -> bool:
        self.report(f"error: {exc}")
        self.buffer = ""
        if self.keep_going:
            return True
        self.code = 1
        return False


class Terminal:
    """Lines typed at a terminal, with readline editing and a history file."""

    def __init__(self, history: Path):
        import readline

        self.readline, self.history = readline, history
        self.pending = 0  # lines of the statement being typed, in readline's history
        readline.set_history_length(HISTORY_LENGTH)
        try:
            readline.read_history_file(history)
        except OSError:
            pass

    def read(self, pending: bool) -> str:
        """One line (EOFError at Ctrl+D); the prompt says whether a statement is open."""
        if not pending:
            self.pending = 0
        line = input(CONTINUATION if pending else PROMPT)
        self.pending += 1
        return line

    def remember(self, statement: str) -> None:
        """Keep a statement typed over several lines as one history entry."""
        rl, count = self.readline, self.readline.get_current_history_length()
        if self.pending > 1:
            for _ in range(min(self.pending, count)):
                rl.remove_history_item(rl.get_current_history_length() - 1)
            rl.add_history(" ".join(statement.split()))
        self.pending = 0

    def save(self) -> None:
        try:
            self.history.parent.mkdir(parents=True, exist_ok=True)
            self.readline.write_history_file(self.history)
        except OSError:
            pass  # a read-only home must not cost the session its results


def history_path() -> Path:
    """The shell's history file, in the per-user data folder."""
    return user_data_folder() / HISTORY_FILE


def register(app: typer.Typer, open_store: Callable[[], GraphStore]) -> None:
    @app.command("shell")
    def shell(ctx: typer.Context,
              write: bool = typer.Option(False, "--write", help="allow statements that change data (each takes "
                                                                "the writer lock while it runs)"),
              limit: str = typer.Option(str(DEFAULT_ROWS), "--limit",
                                        help=f"at most this many rows per result (1 to {MAX_ROWS:,})"),
              timeout_ms: str = typer.Option(str(DEFAULT_TIMEOUT_MS), "--timeout-ms",
                                             help=f"time limit of each read statement (at most {MAX_TIMEOUT_MS:,})")):
        """Interactive Cypher on the open store: ';' ends a statement, :help lists the shell's commands."""
        err = Console(stderr=True)
        out = Console()
        report = lambda line: err.print(line, highlight=False, markup=False, soft_wrap=True)  # noqa: E731
        clamp_rows(limit), clamp_timeout(timeout_ms)  # a bad --limit: one line, before the store opens
        with open_store() as store:
            session = Session(store, out, write=write, limit=limit, timeout_ms=timeout_ms,
                              lock_timeout=ctx.find_root().params.get("lock_timeout"), on_wait=report)
            if sys.stdin.isatty():
                code = _interactive(session, store.describe(), report)
            else:
                code = _script(session, report)
        raise typer.Exit(code)


def _script(session: Session, report: Callable[[str], None]) -> int:
    """Statements from a pipe or file: results only, stop at the first error."""
    feeder = Feeder(session, report, keep_going=False)
    for line in sys.stdin:
        if not feeder.feed(line.rstrip("\n")):
            return feeder.code
    return feeder.finish()


def _interactive(session: Session, where: str, report: Callable[[str], None]) -> int:
    """Statements typed at a terminal: prompts, history, errors said and the session goes on."""
    terminal = Terminal(history_path())
    feeder = Feeder(session, report, keep_going=True, on_statement=terminal.remember)
    mode = "reads and writes" if session.write else "read-only"
    report(f"dealgraph shell on {where} ({mode}); end statements with ';', :help for commands, :quit to leave")
    try:
        while True:
            try:
                if not feeder.feed(terminal.read(feeder.pending)):
                    return feeder.code
            except EOFError:
                session.out.print()
                return feeder.finish()
            except KeyboardInterrupt:
                session.out.print()
                report("interrupted; the statement being typed or run was dropped")
                feeder.drop()
    finally:
        terminal.save()

