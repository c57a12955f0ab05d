"""The README's shell examples, run as a reader would run them.

Every fenced block tagged ``console``, ``bash``, ``sh`` or ``shell`` in README.md
is run, in the order of the file, against one temporary store (the
convention is written down in the README's "Contributing" section):

- in a ``console`` block, each line starting with ``$ `` is a command (a line
  ending in ``\\`` goes on with the next); the lines between are output, not run;
- in a ``bash``/``sh``/``shell`` block, every line that is not blank or a comment
  is a command;
- a command must exit 0, or the N its comment states as ``(exit N)``;
- a block right after ``<!-- not run: reason -->`` is skipped (install, serve,
  Neo4j-only examples).

The commands run in a folder that mirrors the checkout (its top-level entries
linked), so ``ingest/samples/`` and ``.venv/bin/dealgraph`` are there while the
files an example writes land in the temporary folder. ``dealgraph`` is on the
PATH as after ``source .venv/bin/activate``; ``DEALGRAPH_DB``, ``HOME`` and the
XDG folders point into the temporary folder and ``NEO4J_*`` is unset, so no
real store, home or server is touched.

>>> [b.commands for b in parse_blocks("```console\\n$ dealgraph db stats\\nArticle 3\\n```\\n")]
[[Command(text='dealgraph db stats', exit_code=0, line=2)]]
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
SHELL_LANGS = {"console", "bash", "sh", "shell"}
NOT_RUN = re.compile(r"^<!--\s*not run:\s*(?P<reason>.+?)\s*-->\s*$")
FENCE = re.compile(r"^```\s*(?P<lang>[\w-]*)\s*$")
EXPECTED_EXIT = re.compile(r"\(exit (?P<code>\d+)\)")
COMMAND_TIMEOUT_S = 90
# Not linked into the mirror of the checkout: the examples must not see them.
NOT_MIRRORED = {".git", "artifacts", ".pytest_cache"}


@dataclass
class Command:
    text: str
    exit_code: int = 0
    line: int = 0


@dataclass
class Block:
    line: int                       # the line of the opening fence (1-based)
    lang: str
    commands: list[Command] = field(default_factory=list)
    skip_reason: str | None = None  # set by a "<!-- not run: reason -->" line just before the fence


def _command(text: str, line: int) -> Command:
    found = EXPECTED_EXIT.search(text)
    return Command(text, int(found["code"]) if found else 0, line)


def _commands(lang: str, body: list[tuple[int, str]]) -> list[Command]:
    """The commands of one block's lines (``body``: (line number, text))."""
    commands, pending, start = [], "", 0
    for number, raw in body:
        text = raw.rstrip()
        if pending:
            pending += "\n" + text
        elif lang == "console":
            if not text.startswith("$ "):
                continue                      # output shown in the README
            pending, start = text[2:], number
        else:
            if not text.strip() or text.lstrip().startswith("#"):
                continue
            pending, start = text, number
        if not pending.endswith("\\"):
            commands.append(_command(pending, start))
            pending = ""
    if pending:
        commands.append(_command(pending, start))
    return commands


def parse_blocks(markdown: str) -> list[Block]:
    """The shell blocks of a Markdown text, each with its commands.

    >>> text = "<!-- not run: starts a server -->\\n```bash\\ndealgraph serve\\n```\\n"
    >>> [(b.lang, b.skip_reason) for b in parse_blocks(text)]
    [('bash', 'starts a server')]
    >>> parse_blocks("```console\\n$ dealgraph db reset  # asks (exit 1)\\n```\\n")[0].commands[0].exit_code
    1
    """
    blocks, lines = [], markdown.splitlines()
    before, i = "", 0
    while i < len(lines):
        opening = FENCE.match(lines[i])
        if not opening:
            if lines[i].strip():
                before = lines[i].strip()
            i += 1
            continue
        end = next((j for j in range(i + 1, len(lines)) if lines[j].startswith("```")), len(lines))
        lang = opening["lang"].lower()
        if lang in SHELL_LANGS:
            skip = NOT_RUN.match(before)
            blocks.append(Block(i + 1, lang, _commands(lang, list(enumerate(lines[i + 1:end], i + 2))),
                                skip["reason"] if skip else None))
        before, i = "", end + 1
    return blocks


def untagged_commands(markdown: str) -> list[int]:
    """Lines of dealgraph commands outside a tagged shell block (an untagged fence or an
    indented block), which the test would silently not run."""
    found, inside, lang = [], False, ""
    command = re.compile(r"^(\s{4,})?(\$ )?(\.venv/bin/)?dealgraph\s")
    for number, text in enumerate(markdown.splitlines(), 1):
        fence = FENCE.match(text)
        if fence and not inside:
            inside, lang = True, fence["lang"].lower()
            continue
        if text.startswith("```") and inside:
            inside = False
            continue
        if command.match(text) and (not inside or lang not in SHELL_LANGS) and (inside or text.startswith("    ")):
            found.append(number)
    return found


BLOCKS = parse_blocks(README.read_text(encoding="utf-8"))
RUN_BLOCKS = [b for b in BLOCKS if b.skip_reason is None]


def _mirror(workdir: Path) -> None:
    """Link the checkout's top-level entries into ``workdir``."""
    workdir.mkdir(parents=True)
    for entry in ROOT.iterdir():
        if entry.name not in NOT_MIRRORED:
            (workdir / entry.name).symlink_to(entry)


def _environment(tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "DEALGRAPH_", "XDG_"))}
    for name, folder in (("HOME", "home"), ("XDG_DATA_HOME", "home/.local/share"),
                         ("XDG_CONFIG_HOME", "home/.config"), ("XDG_CACHE_HOME", "home/.cache"),
                         ("XDG_STATE_HOME", "home/.local/state")):
        (tmp / folder).mkdir(parents=True, exist_ok=True)
        env[name] = str(tmp / folder)
    env["DEALGRAPH_DB"] = str(tmp / "store")
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env["VIRTUAL_ENV"] = str(Path(sys.executable).parent.parent)
    env["COLUMNS"] = "160"
    return env


class ReadmeRun:
    """Runs the README's blocks in order, each once, in one shared folder and store."""

    def __init__(self, tmp: Path):
        self.workdir = tmp / "checkout"
        _mirror(self.workdir)
        self.env = _environment(tmp)
        self.done: set[int] = set()

    def run_command(self, command: Command) -> subprocess.CompletedProcess:
        return subprocess.run(["bash", "-o", "pipefail", "-c", command.text], cwd=self.workdir, env=self.env,
                              stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=COMMAND_TIMEOUT_S)

    def run_block(self, block: Block) -> list[str]:
        """Run ``block`` after any earlier block not yet run (whose state it may need);
        the problems of ``block`` itself, one line each."""
        for earlier in RUN_BLOCKS:
            if earlier.line >= block.line:
                break
            if earlier.line not in self.done:
                self._run(earlier)
        return self._run(block)

    def _run(self, block: Block) -> list[str]:
        self.done.add(block.line)
        problems = []
        for command in block.commands:
            result = self.run_command(command)
            if result.returncode != command.exit_code:
                tail = (result.stderr.strip() or result.stdout.strip()).splitlines()[-5:]
                problems.append(f"README.md:{command.line}: `{command.text}` exited {result.returncode}, "
                                f"expected {command.exit_code}:\n    " + "\n    ".join(tail))
        return problems


@pytest.fixture(scope="module")
def readme_run(tmp_path_factory):
    return ReadmeRun(tmp_path_factory.mktemp("readme"))


@pytest.mark.parametrize("block", RUN_BLOCKS, ids=[f"line{b.line}" for b in RUN_BLOCKS])
def test_readme_block_runs(block, readme_run):
    assert block.commands, f"README.md:{block.line}: a {block.lang} block with no command in it"
    problems = readme_run.run_block(block)
    assert not problems, "\n".join(problems)


def test_every_shell_block_is_run_or_says_why():
    skipped = [b for b in BLOCKS if b.skip_reason is not None]
    assert all(b.skip_reason.strip() for b in skipped)
    assert len(RUN_BLOCKS) >= 3, "the README's examples are not found: check the fences"


def test_no_dealgraph_command_hides_outside_a_shell_block():
    lines = untagged_commands(README.read_text(encoding="utf-8"))
    assert not lines, (f"README.md lines {lines}: put the commands in a ```console or ```bash block "
                       "(or mark it <!-- not run: reason -->)")


def test_convention_parses_continuations_output_and_exit_codes():
    text = ("Intro.\n\n```console\n$ dealgraph ingest a.txt \\\n    --title T\nwritten 1\n"
            "$ dealgraph db restore x.rdb   # refuses (exit 1)\n```\n\n"
            "<!-- not run: needs Neo4j -->\n\n```bash\n# a comment\ndealgraph db copy --to bolt://x\n```\n"
            "```text\ndealgraph loops\n```\n")
    blocks = parse_blocks(text)
    assert [(b.line, b.lang, b.skip_reason) for b in blocks] == [(3, "console", None), (12, "bash", "needs Neo4j")]
    assert blocks[0].commands == [Command("dealgraph ingest a.txt \\\n    --title T", 0, 4),
                                  Command("dealgraph db restore x.rdb   # refuses (exit 1)", 1, 7)]
    assert blocks[1].commands == [Command("dealgraph db copy --to bolt://x", 0, 14)]
    assert untagged_commands(text) == [17]
